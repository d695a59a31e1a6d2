import crypto from "node:crypto";
import http from "node:http";
import * as jose from "jose";
import Provider from "oidc-provider";

// A real OpenID Connect provider (oidc-provider, the certified one) on loopback, for the tests of
// staff single sign-on. Its own sign-in page takes any login: the login is the person's email
// address ("unverified+" in front gives one the provider has not checked). A test can ask that the
// next ID token be wrong in one way (audience, issuer, nonce, expiry): the provider's token is then
// signed again, with its own key, with that one claim changed, as a faulty or hostile provider might.

export type TokenFault = "audience" | "issuer" | "nonce" | "expired";

export async function startTestProvider(options: { port: number; clientId: string; clientSecret: string; appUrl: string }) {
  const issuer = `http://127.0.0.1:${options.port}`;
  const { privateKey } = await jose.generateKeyPair("RS256", { extractable: true });
  const jwk = { ...(await jose.exportJWK(privateKey)), kid: "test-key", alg: "RS256", use: "sig" };
  const subjectOf = (email: string) => crypto.createHash("sha256").update(email).digest("hex").slice(0, 24);
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [`${options.appUrl}/sign-in/council/callback`],
        post_logout_redirect_uris: [`${options.appUrl}/signed-out`],
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    jwks: { keys: [jwk as jose.JWK & { kid: string }] } as never,
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    async findAccount(_ctx, id) {
      const email = id.replace(/^unverified\+/, "");
      return {
        accountId: id,
        claims: async () => ({
          sub: subjectOf(id),
          email,
          email_verified: !id.startsWith("unverified+"),
          name: email.split("@")[0]!.replace(/[._]/g, " "),
        }),
      };
    },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    pkce: { required: () => true },
    cookies: { keys: [crypto.randomBytes(16).toString("hex")] },
  });
  // The provider's own warnings about development settings are for its users, not these tests.
  provider.on("server_error", (_ctx, error) => console.error("Test provider:", error));

  let nextFault: TokenFault | undefined;
  const handle = provider.callback();
  const server = http.createServer((req, res) => {
    if (req.method === "POST" && req.url === "/_test/fault") {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString()));
      req.on("end", () => {
        nextFault = body as TokenFault;
        res.end("ok");
      });
      return;
    }
    if (req.url === "/_test/health") return res.end("ok");
    const fault = req.method === "POST" && req.url?.startsWith("/token") ? nextFault : undefined;
    if (fault) {
      nextFault = undefined;
      // The token response, with its ID token changed and signed again before it goes.
      const end = res.end.bind(res) as (body?: unknown) => http.ServerResponse;
      res.end = ((body?: unknown) => {
        void (async () => {
          const answer = JSON.parse(String(body)) as { id_token?: string };
          if (answer.id_token) answer.id_token = await changeIdToken(answer.id_token, fault);
          const text = JSON.stringify(answer);
          if (!res.headersSent) res.setHeader("Content-Length", Buffer.byteLength(text));
          end(text);
        })();
        return res;
      }) as typeof res.end;
    }
    handle(req, res);
  });

  async function changeIdToken(token: string, fault: TokenFault): Promise<string> {
    const claims = jose.decodeJwt(token);
    const now = Math.floor(Date.now() / 1000);
    if (fault === "audience") claims.aud = "some-other-service";
    if (fault === "issuer") claims.iss = "http://127.0.0.1:1/not-the-council";
    if (fault === "nonce") claims.nonce = "a-nonce-from-another-sign-in";
    if (fault === "expired") Object.assign(claims, { iat: now - 7200, exp: now - 3600 });
    return new jose.SignJWT(claims).setProtectedHeader({ alg: "RS256", kid: "test-key" }).sign(privateKey);
  }

  await new Promise<void>((resolve) => server.listen(options.port, "127.0.0.1", resolve));
  return {
    issuer,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

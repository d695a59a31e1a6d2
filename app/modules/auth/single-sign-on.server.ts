import crypto from "node:crypto";
import { createCookie } from "@remix-run/node";
import * as oidc from "openid-client";
import { config, isLoopback, secureCookies } from "~/config.server";
import { log } from "~/modules/operations/log.server";
import { accountForSingleSignOn } from "./accounts.server";

// Staff sign in through the council's identity provider (OpenID Connect), by openid-client:
// the authorisation code flow with PKCE, state and nonce; openid-client checks the ID token's
// signature, issuer, audience, expiry and nonce. See docs/decisions/0018-staff-sign-in.md.

export const singleSignOnOn = () => Boolean(config.oidc.issuer && config.oidc.clientId);
export const CALLBACK_PATH = "/sign-in/council/callback";
const callbackUrl = () => `${config.appUrl}${CALLBACK_PATH}`;

let discovered: Promise<oidc.Configuration> | undefined;
/** The provider's metadata, read once (and again after a failure, so a provider that was down is tried afresh). */
function provider(): Promise<oidc.Configuration> {
  const issuer = new URL(config.oidc.issuer);
  // Plain http only for a provider on this machine (the tests' own).
  const insecure = issuer.protocol === "http:" && isLoopback(issuer.hostname);
  discovered ??= oidc
    .discovery(issuer, config.oidc.clientId, undefined, oidc.ClientSecretPost(config.oidc.clientSecret), {
      execute: insecure ? [oidc.allowInsecureRequests] : [],
      timeout: 10,
    })
    .catch((error: unknown) => {
      discovered = undefined;
      throw error;
    });
  return discovered;
}

// What the browser holds between leaving for the provider and coming back: signed, for ten minutes,
// sent only to the callback.
const pending = createCookie("coproduce_sso", {
  path: CALLBACK_PATH,
  httpOnly: true,
  sameSite: "lax",
  maxAge: 600,
  secure: secureCookies(),
  secrets: [crypto.randomBytes(32).toString("base64")],
});
type Pending = { state: string; nonce: string; verifier: string; to: string };

/** The provider's sign-in address for this person, and the cookie that remembers what to check on return. */
export async function startSingleSignOn(to: string): Promise<{ url: string; cookie: string }> {
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const url = oidc.buildAuthorizationUrl(await provider(), {
    redirect_uri: callbackUrl(),
    scope: "openid email profile",
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state,
    nonce,
  });
  return { url: url.href, cookie: await pending.serialize({ state, nonce, verifier, to } satisfies Pending) };
}

export type SingleSignOnProblem =
  "not started here" | "refused by provider" | "untrusted answer" | "unverified email" | "uninvited" | "deactivated" | "unavailable";
export type SingleSignOnResult = { ok: true; userId: string; to: string } | { ok: false; problem: SingleSignOnProblem; email?: string };

/**
 * Finishes a sign-in the provider sent back: the code is exchanged (with the PKCE verifier), and
 * the state, the ID token and its nonce checked; then the account is found by the person's
 * verified email address (see accountForSingleSignOn).
 */
export async function finishSingleSignOn(request: Request): Promise<SingleSignOnResult> {
  const started = (await pending.parse(request.headers.get("Cookie"))) as Pending | null;
  const search = new URL(request.url).search;
  if (!started?.state) return { ok: false, problem: "not started here" };
  if (new URLSearchParams(search).has("error")) return { ok: false, problem: "refused by provider" };
  let claims: Record<string, unknown>;
  try {
    const configuration = await provider();
    const tokens = await oidc.authorizationCodeGrant(configuration, new URL(`${callbackUrl()}${search}`), {
      pkceCodeVerifier: started.verifier,
      expectedState: started.state,
      expectedNonce: started.nonce,
      idTokenExpected: true,
    });
    const idToken = tokens.claims()!;
    // Providers that keep the email address out of the ID token give it at their userinfo address
    // (checked there to be about the same person).
    const userInfo = idToken.email ? {} : await oidc.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
    claims = { ...userInfo, ...idToken };
  } catch (error) {
    const code = (error as { code?: string }).code ?? (error as Error).name;
    log.warn({ code }, "single sign-on refused");
    // openid-client wraps what oauth4webapi found: the state's mismatch is told in the cause.
    const said = `${(error as Error).message} ${((error as Error).cause as Error | undefined)?.message ?? ""}`;
    if (code === "OAUTH_INVALID_RESPONSE" && /"state"/.test(said)) return { ok: false, problem: "not started here" };
    return { ok: false, problem: code === "ECONNREFUSED" || code === "TimeoutError" || code === "TypeError" ? "unavailable" : "untrusted answer" };
  }
  const email = typeof claims.email === "string" ? claims.email : "";
  // Entra ID says an address is the organisation's own with xms_edov; others with email_verified.
  if (!email || (claims.email_verified !== true && claims.xms_edov !== true)) return { ok: false, problem: "unverified email" };
  const name = typeof claims.name === "string" ? claims.name : "";
  const match = accountForSingleSignOn({ subject: `${String(claims.iss)} ${String(claims.sub)}`, email, name }, config.oidc.allowedDomains);
  if (match.status === "matched") return { ok: true, userId: match.userId, to: started.to };
  // Linked to another provider id: someone else's account, whatever the address says.
  return match.status === "uninvited"
    ? { ok: false, problem: "uninvited", email }
    : { ok: false, problem: match.status === "deactivated" ? "deactivated" : "untrusted answer" };
}

/** The cookie that forgets the sign-in in progress. */
export const forgetPending = () => pending.serialize("", { maxAge: 0 });

/** Where to send someone signing out of a single sign-on session: the provider's own sign-out, if it has one. */
export async function providerSignOutUrl(): Promise<string | null> {
  try {
    const configuration = await provider();
    if (!configuration.serverMetadata().end_session_endpoint) return null;
    return oidc.buildEndSessionUrl(configuration, { client_id: config.oidc.clientId, post_logout_redirect_uri: `${config.appUrl}/signed-out` }).href;
  } catch {
    return null;
  }
}

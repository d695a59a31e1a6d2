import { startTestProvider } from "./provider";

// The council's identity provider for the end-to-end tests (tests/playwright.config.ts starts it beside the app).
const env = process.env;
const provider = await startTestProvider({
  port: Number(env.TEST_OIDC_PORT),
  clientId: env.TEST_OIDC_CLIENT_ID!,
  clientSecret: env.TEST_OIDC_CLIENT_SECRET!,
  appUrl: env.TEST_OIDC_APP_URL!,
});
console.log(`Test OpenID Connect provider at ${provider.issuer}`);

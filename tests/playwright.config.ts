import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT || 3217);
const baseURL = `http://localhost:${port}`;

// Texts go through a local server that speaks GOV.UK Notify's API (tests/notify/fake-notify.ts).
const notifyPort = port + 1;
const notify = {
  serviceId: "0f8e2b5c-7d1a-4c3e-9b6f-2a4d8e1c5b7a",
  secret: "6c1d9e4f-2b8a-4f7c-a3e5-9d0b1c2e4f6a",
  templateId: "a4b7c1d2-e3f4-4a5b-8c6d-7e8f9a0b1c2d",
  callbackToken: "e2e-notify-receipts-token",
};
const FAKE_NOTIFY_URL = `http://127.0.0.1:${notifyPort}`;
// Staff single sign-on goes through a real OpenID Connect provider on loopback (tests/oidc/provider.ts).
const OIDC = { port: port + 2, clientId: "coproduce-e2e", clientSecret: "e2e-client-secret-0123456789abcdef" };

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      // Debian's chromium: Playwright cannot download its own browser here.
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, testIgnore: /(area-wide|key-messages|hostile|two-factor-required)\// },
    // Journeys that switch on an area-wide setting run alone, after the rest, so no other journey sees it.
    { name: "area-wide settings", use: { ...devices["Desktop Chrome"] }, testMatch: /area-wide\/.*\.spec\.ts/, dependencies: ["chromium"] },
    // Key messages read every item with no theme and put 40 suggestions in the triage queue at once,
    // so their journeys run alone too.
    { name: "key messages", use: { ...devices["Desktop Chrome"] }, testMatch: /key-messages\/.*\.spec\.ts/, dependencies: ["area-wide settings"] },
    // Hostile input writes odd data into every form, so it goes last of all.
    { name: "hostile input", use: { ...devices["Desktop Chrome"] }, testMatch: /hostile\/.*\.spec\.ts/, dependencies: ["key messages"] },
    // Requiring two-factor sign-in of all staff would stop every journey that signs staff in with a
    // password alone: that journey runs after all of them.
    {
      name: "two-factor required",
      use: { ...devices["Desktop Chrome"] },
      testMatch: /two-factor-required\/.*\.spec\.ts/,
      dependencies: ["hostile input"],
    },
  ],
  webServer: [
    {
      command: "node --import tsx tests/notify/serve.ts",
      cwd: "..",
      url: `${FAKE_NOTIFY_URL}/_fake/health`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: {
        FAKE_NOTIFY_PORT: String(notifyPort),
        FAKE_NOTIFY_SERVICE_ID: notify.serviceId,
        FAKE_NOTIFY_SECRET: notify.secret,
        FAKE_NOTIFY_TEMPLATE_ID: notify.templateId,
        FAKE_NOTIFY_CALLBACK_URL: `${baseURL}/notify/receipts`,
        FAKE_NOTIFY_CALLBACK_TOKEN: notify.callbackToken,
      },
    },
    {
      command: "node --import tsx tests/oidc/serve.ts",
      cwd: "..",
      url: `http://127.0.0.1:${OIDC.port}/_test/health`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: {
        TEST_OIDC_PORT: String(OIDC.port),
        TEST_OIDC_CLIENT_ID: OIDC.clientId,
        TEST_OIDC_CLIENT_SECRET: OIDC.clientSecret,
        TEST_OIDC_APP_URL: baseURL,
      },
    },
    {
      command: "bash tests/e2e/start-server.sh",
      cwd: "..",
      url: `${baseURL}/`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        PORT: String(port),
        HOST: "127.0.0.1",
        APP_URL: baseURL,
        NODE_ENV: "test",
        DATABASE_PATH: ".cache/e2e/coproduce.db",
        SEED_PASSWORD: "correct horse battery staple",
        // Every browser in the tests shares one IP address.
        RATE_LIMIT_FACTOR: "50",
        // Prometheus's scrape address answers only with this token (the permission matrix checks it is asked for).
        METRICS_TOKEN: "e2e-metrics-token",
        OUTBOX_POLL_MS: "100",
        NOTIFY_API_KEY: `coproduce_e2e-${notify.serviceId}-${notify.secret}`,
        NOTIFY_SMS_TEMPLATE_ID: notify.templateId,
        NOTIFY_BASE_URL: FAKE_NOTIFY_URL,
        NOTIFY_CALLBACK_TOKEN: notify.callbackToken,
        OIDC_ISSUER: `http://127.0.0.1:${OIDC.port}`,
        OIDC_CLIENT_ID: OIDC.clientId,
        OIDC_CLIENT_SECRET: OIDC.clientSecret,
        OIDC_NAME: "your North Somerset Council account",
        OIDC_ALLOWED_DOMAINS: "council.example",
      },
    },
  ],
});

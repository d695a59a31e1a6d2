import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT || 3217);
const baseURL = `http://localhost:${port}`;

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
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, testIgnore: /(area-wide|key-messages|hostile)\// },
    // Journeys that switch on an area-wide setting run alone, after the rest, so no other journey sees it.
    { name: "area-wide settings", use: { ...devices["Desktop Chrome"] }, testMatch: /area-wide\/.*\.spec\.ts/, dependencies: ["chromium"] },
    // Key messages read every item with no theme and put 40 suggestions in the triage queue at once,
    // so their journeys run alone too.
    { name: "key messages", use: { ...devices["Desktop Chrome"] }, testMatch: /key-messages\/.*\.spec\.ts/, dependencies: ["area-wide settings"] },
    // Hostile input writes odd data into every form, so it goes last of all.
    { name: "hostile input", use: { ...devices["Desktop Chrome"] }, testMatch: /hostile\/.*\.spec\.ts/, dependencies: ["key messages"] },
  ],
  webServer: {
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
      OUTBOX_POLL_MS: "100",
    },
  },
});

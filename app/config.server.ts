// Settings from the environment, read once. Everything has a working default so
// the app runs on a fresh machine with nothing set.
const env = process.env;

const host = env.HOST || "127.0.0.1";
const port = Number(env.PORT || 3000);

export const config = {
  production: env.NODE_ENV === "production",
  host,
  port,
  // The address people use to reach the app; links in emails start with it.
  appUrl: (env.APP_URL || `http://${host === "0.0.0.0" ? "localhost" : host}:${port}`).replace(/\/$/, ""),
  databasePath: env.DATABASE_PATH || "data/coproduce.db",
  smtpUrl: env.SMTP_URL || "",
  mailFrom: env.MAIL_FROM || "Coproduce <no-reply@coproduce.localhost>",
  // Multiplies every rate limit; the end-to-end tests raise it because all their
  // browsers share one IP address.
  rateLimitFactor: Math.max(1, Number(env.RATE_LIMIT_FACTOR || 1)),
  outboxPollMs: Number(env.OUTBOX_POLL_MS || 2000),
  trustProxy: env.TRUST_PROXY === "true",
};

/** Cookies are Secure in production unless the app is served over plain http on this machine. */
export function secureCookies(): boolean {
  if (!config.production) return false;
  const url = new URL(config.appUrl);
  const loopback = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  return url.protocol === "https:" || !loopback;
}

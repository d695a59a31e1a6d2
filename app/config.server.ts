// Settings from the environment, read once. Everything has a working default so
// the app runs on a fresh machine with nothing set.
const env = process.env;

const host = env.HOST || "127.0.0.1";
const wholeNumber = (value: string | undefined, fallback: number) => (value && /^\d+$/.test(value) ? Number(value) : fallback);
const port = Number(env.PORT || 3000);
const production = env.NODE_ENV === "production";

/** An address only this machine can reach. */
export function isLoopback(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "").replace(/^::ffff:/, "");
  return bare === "localhost" || bare === "::1" || /^127\.\d+\.\d+\.\d+$/.test(bare);
}

export const config = {
  production,
  host,
  // The demo's development tools (the mailbox of every email sent, with its sign-in and reset
  // links, and error details on error pages) only while the server listens on this machine alone.
  developmentTools: !production && isLoopback(host),
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
  // GOV.UK Notify, for text messages and letters. Without a key, texts wait in the development mailbox
  // like emails, and letters wait for officers to print them.
  notify: {
    apiKey: env.NOTIFY_API_KEY || "",
    // A text message template whose whole content is ((body)): the app writes each message.
    smsTemplateId: env.NOTIFY_SMS_TEMPLATE_ID || "",
    // A letter template whose content is ((body)): with it, letters go through Notify instead of being printed.
    letterTemplateId: env.NOTIFY_LETTER_TEMPLATE_ID || "",
    // Notify's own address unless set (the tests point it at a local server that speaks its API).
    baseUrl: env.NOTIFY_BASE_URL || "https://api.notifications.service.gov.uk",
    // The bearer token Notify sends with delivery receipts to /notify/receipts.
    callbackToken: env.NOTIFY_CALLBACK_TOKEN || "",
  },
  trustProxy: env.TRUST_PROXY === "true",
  // The council's own sign-in for staff (OpenID Connect: Microsoft Entra ID, Google Workspace, ...).
  // Off unless the issuer and client are set; see docs/deployment.md.
  oidc: {
    issuer: env.OIDC_ISSUER || "",
    clientId: env.OIDC_CLIENT_ID || "",
    clientSecret: env.OIDC_CLIENT_SECRET || "",
    // What the sign-in page calls it: "your North Somerset Council account".
    name: env.OIDC_NAME || "your council account",
    // Email domains whose people may sign in without an invitation (they start as members; an admin gives roles).
    allowedDomains: (env.OIDC_ALLOWED_DOMAINS || "")
      .split(",")
      .map((d) => d.trim().toLowerCase())
      .filter(Boolean),
  },
  // How much the JSON log says: debug, info, warn or error.
  logLevel: env.LOG_LEVEL || "info",
  // Backups (db/backup.ts): where they go (beside the database unless set), the key that encrypts
  // them, and how many hourly and daily ones rotation keeps.
  backup: {
    dir: env.BACKUP_DIR || "",
    key: env.BACKUP_KEY || "",
    keepHourly: wholeNumber(env.BACKUP_KEEP_HOURLY, 24),
    keepDaily: wholeNumber(env.BACKUP_KEEP_DAILY, 31),
  },
  // /metrics answers only a request with this bearer token; without one it is not there at all.
  metricsToken: env.METRICS_TOKEN || "",
  // /readyz says "not ready" while a message has waited longer than this to be sent.
  readyOutboxMaxAgeSeconds: Number(env.READY_OUTBOX_MAX_AGE_SECONDS || 3600),
};

/** Cookies are Secure in production unless the app is served over plain http on this machine. */
export function secureCookies(): boolean {
  if (!config.production) return false;
  const url = new URL(config.appUrl);
  return url.protocol === "https:" || !isLoopback(url.hostname);
}

/**
 * Whether this request may use the development tools: they are on, and the request came straight
 * from this machine (not through a proxy, which could be passing on anyone's request).
 */
export function mayUseDevelopmentTools(request: Request, clientIp: string): boolean {
  return config.developmentTools && isLoopback(clientIp) && !request.headers.has("x-forwarded-for") && !request.headers.has("forwarded");
}

// The production server: security rules, static files, then Remix.
// Run with `npm start` (or `npm run serve` after a build).
import type { AsyncLocalStorage } from "node:async_hooks";
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import express from "express";
import compression from "compression";
import { createRequestHandler } from "@remix-run/express";
import { createRequestHandler as createFetchHandler, type ServerBuild } from "@remix-run/node";
import { config } from "./config.server";
import { BODY_LIMIT_BYTES, isCrossOriginWrite, plainPage, securityHeaders } from "./modules/security/http.server";
import {
  createPageCache,
  isPersonalised,
  NONCE_PLACEHOLDER,
  pageCacheKey,
  publicPageOf,
  routeMatcher,
  sendCachedPage,
} from "./modules/cache/page-cache.server";
import { languageAsked, languageCookie, languageFor, languageRemembered } from "./modules/i18n/negotiate.server";
import { interfaceLanguage, type LanguageCode } from "./modules/i18n/languages";
import { requestIdFrom } from "./modules/operations/request-id";

type AppBuild = ServerBuild & {
  entry: {
    module: {
      startBackgroundWork?: () => { stop(): Promise<void> };
      contentVersion?: () => number;
      requestStore?: AsyncLocalStorage<{ lang?: LanguageCode; requestId?: string }>;
      offeredLanguages?: () => LanguageCode[];
      isDatabaseReadOnly?: () => boolean;
      // The build's logger and metrics: one of each per process, however often the build is loaded.
      operations: (typeof import("./entry.server"))["operations"];
    };
  };
};

const buildFile = path.resolve("build/index.js");

async function loadBuild(): Promise<AppBuild> {
  // In development the build changes under us: import it afresh when it does.
  const version = config.production ? "" : `?t=${fs.statSync(buildFile).mtimeMs}`;
  return (await import(pathToFileURL(buildFile).href + version)) as AppBuild;
}

let build = await loadBuild();
const app = express();
app.disable("x-powered-by");
if (config.trustProxy) app.set("trust proxy", true);

app.use((req, res, next) => {
  const nonce = crypto.randomBytes(16).toString("base64");
  res.locals.cspNonce = nonce;
  res.set(securityHeaders({ nonce }, config.production));
  next();
});

/**
 * The language of the page, chosen once per request; a language asked for in the address (the
 * switcher's links) is remembered in a cookie, so every later page is in it too.
 */
function chooseLanguage(req: http.IncomingMessage, res: http.ServerResponse): LanguageCode {
  const url = req.url ?? "/";
  const offered = build.entry.module.offeredLanguages?.();
  const asked = languageAsked(url);
  if (asked && offered?.includes(asked) && asked !== languageRemembered(req.headers.cookie))
    res.appendHeader("Set-Cookie", languageCookie(asked, config.production));
  return languageFor({ url, cookie: req.headers.cookie, acceptLanguage: req.headers["accept-language"] }, offered);
}

app.use((req, res, next) => {
  if (req.method === "GET" || req.method === "HEAD") return next();
  const length = Number(req.get("content-length") ?? "0");
  if (length > BODY_LIMIT_BYTES) {
    res
      .status(413)
      .type("html")
      .send(plainPage("What you sent is too large", "The most you can send at once is 1 MB. Please make it shorter and try again."));
    req.resume();
    return;
  }
  if (req.get("transfer-encoding") && !req.get("content-length")) {
    res.status(411).type("html").send(plainPage("Please try again", "Your browser sent the form in a way we cannot accept. Please try again."));
    return;
  }
  if (
    isCrossOriginWrite(
      req.method,
      { origin: req.get("origin"), secFetchSite: req.get("sec-fetch-site"), host: req.get("host"), protocol: req.protocol },
      config.appUrl,
    )
  ) {
    res
      .status(403)
      .type("html")
      .send(plainPage("This form was sent from another website", "For your safety we did not accept it. Go to the page on this site and try again."));
    return;
  }
  if (build.entry.module.isDatabaseReadOnly?.()) {
    res
      .status(503)
      .set("Retry-After", "300")
      .type("html")
      .send(
        plainPage(
          "Sorry, we cannot save anything just now",
          "Nothing you sent has been saved. Please try again later. You can still read every page.",
        ),
      );
    req.resume();
    return;
  }
  next();
});

app.use(compression());
// Remix's fingerprinted files never change; everything else in public/ may.
app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
// Only addresses of what is in public/ look on the disk: a page does not pay for a file not found.
const publicFiles = express.static("public", { maxAge: "1h" });
const publicNames = new Set(fs.readdirSync("public"));
app.use((req, res, next) => (publicNames.has(req.path.split("/", 2)[1]!) ? publicFiles(req, res, next) : next()));

// Development mode puts error details (stack traces) into error pages: only for the demo on this machine alone.
const mode = config.developmentTools ? "development" : "production";
const makeHandlers = (current: AppBuild) => ({
  express: createRequestHandler({
    build: current,
    mode,
    getLoadContext: (req, res) => ({
      cspNonce: res.locals.cspNonce as string,
      clientIp: req.ip ?? "unknown",
      lang: res.locals.lang as LanguageCode,
      requestId: res.locals.requestId as string,
    }),
  }),
  // For rendering a public page into the cache outside of a response.
  fetch: createFetchHandler(current, mode),
  // The route a path leads to; its handle says whether it is a shared public page.
  match: routeMatcher(current.routes),
});
let handlers = makeHandlers(build);

if (!config.production) {
  app.use(async (_req, _res, next) => {
    const fresh = await loadBuild();
    if (fresh !== build) [build, handlers] = [fresh, makeHandlers(fresh)];
    next();
  });
}

// Public pages for visitors who are not signed in come from memory until their
// content changes, with an ETag so browsers can ask "has it changed?" and get a 304.
// A page already in the cache is sent before Express sees the request (see the server below);
// here a page not yet cached is rendered, kept and sent.
const pageCache = createPageCache(config.production);

// Each language has its own copy of a page. Says the route's pattern too, for the request's log line.
function cacheable(method: string | undefined, url: string, cookie: string | undefined, lang: LanguageCode) {
  if (method !== "GET" && method !== "HEAD") return undefined;
  const version = build.entry.module.contentVersion?.();
  if (version === undefined || isPersonalised(cookie) || /[?&]_data=/.test(url)) return undefined;
  const matched = handlers.match(url.split("?", 1)[0]!);
  const publicPage = publicPageOf(matched?.route);
  return publicPage ? { key: `${lang} ${pageCacheKey(url, publicPage)}`, version, route: matched!.pattern } : undefined;
}

app.get("*", async (req, res, next) => {
  const lang = res.locals.lang as LanguageCode;
  const cache = cacheable(req.method, req.originalUrl, req.headers.cookie, lang);
  if (!cache) return next();
  try {
    const request = new Request(new URL(req.originalUrl, config.appUrl), { headers: { Accept: req.get("accept") ?? "text/html" } });
    const requestId = res.locals.requestId as string;
    const context = { cspNonce: NONCE_PLACEHOLDER, clientIp: req.ip ?? "unknown", lang, requestId };
    const store = build.entry.module.requestStore;
    const response = await (store ? store.run({ lang, requestId }, () => handlers.fetch(request, context)) : handlers.fetch(request, context));
    const page = { status: response.status, contentType: response.headers.get("content-type") ?? "text/html", body: await response.text() };
    if (response.status !== 200)
      return res
        .status(page.status)
        .type(page.contentType)
        .send(page.body.replaceAll(NONCE_PLACEHOLDER, res.locals.cspNonce as string));
    res.set("X-Page-Cache", "miss");
    build.entry.module.operations.countPageCache("miss");
    sendCachedPage(req, res, pageCache.set(cache.key, cache.version, { ...page, lang: interfaceLanguage(lang) }));
  } catch (error) {
    next(error);
  }
});

// Each request gets its own store, where the audit trail finds who is acting.
app.all("*", (req, res, next) => {
  const store = build.entry.module.requestStore;
  const context = { lang: res.locals.lang as LanguageCode, requestId: res.locals.requestId as string };
  return store ? store.run(context, () => handlers.express(req, res, next)) : handlers.express(req, res, next);
});

// Methods counted by name; any other is "other", so a client cannot make up metric labels.
const COUNTED_METHODS = new Set(["GET", "HEAD", "POST"]);

/**
 * Each request, once answered, is counted by its route's pattern and logged: rendered pages and
 * errors at "info" and above, pages from the cache and files at "debug" (there are many, and they
 * say nothing new). The address itself is never logged: it can hold a token.
 */
function answered(req: http.IncomingMessage, res: http.ServerResponse, requestId: string, started: number, cachedRoute?: string) {
  const path = (req.url ?? "/").split("?", 1)[0]!;
  const cached = cachedRoute !== undefined;
  const route =
    cachedRoute ?? (path.startsWith("/build/") || publicNames.has(path.split("/", 2)[1]!) ? "static" : (handlers.match(path)?.pattern ?? "none"));
  const method = COUNTED_METHODS.has(req.method ?? "") ? req.method! : "other";
  const seconds = (performance.now() - started) / 1000;
  const { log, observeRequest } = build.entry.module.operations;
  observeRequest(route, method, res.statusCode, seconds);
  const level = res.statusCode >= 500 ? "error" : cached || route === "static" ? "debug" : "info";
  if (log.isLevelEnabled(level))
    log[level]({ requestId, method, route, status: res.statusCode, ms: Math.round(seconds * 10_000) / 10, cached }, "request");
}

const background = build.entry.module.startBackgroundWork?.();
// Cached pages go straight out, without Express's per-request work.
const server = http.createServer((req, res) => {
  const started = performance.now();
  const requestId = requestIdFrom(req.headers["x-request-id"], config.trustProxy);
  res.setHeader("X-Request-Id", requestId);
  const lang = chooseLanguage(req, res);
  const cache = cacheable(req.method, req.url ?? "/", req.headers.cookie, lang);
  const entry = cache && pageCache.get(cache.key, cache.version);
  if (entry) {
    build.entry.module.operations.countPageCache("hit");
    sendCachedPage(req, res, entry);
    // Sent in one piece just now: counted at once, without waiting for the "finish" event.
    return answered(req, res, requestId, started, cache.route);
  }
  res.once("finish", () => answered(req, res, requestId, started));
  // Express keeps res.locals on the response it is given.
  (res as typeof res & { locals?: Record<string, unknown> }).locals = { lang, requestId };
  app(req, res);
});

// The restore command (db/restore.ts) will not replace a database while this file names a live process.
const pidFile = config.databasePath === ":memory:" ? undefined : `${path.resolve(config.databasePath)}.pid`;
server.listen(config.port, config.host, () => {
  if (pidFile) fs.writeFileSync(pidFile, String(process.pid));
  const { log } = build.entry.module.operations;
  log.info({ url: config.appUrl }, "Coproduce is running");
  if (!config.production && !config.developmentTools) {
    log.warn(
      `Listening on ${config.host}, which other machines can reach: the development mailbox and error details are switched off. ` +
        (config.smtpUrl ? "" : "Emails cannot be read until SMTP_URL is set. ") +
        "For a real installation set NODE_ENV=production (see the README).",
    );
  }
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close();
    void background?.stop().finally(() => {
      if (pidFile) fs.rmSync(pidFile, { force: true });
      process.exit(0);
    });
  });
}

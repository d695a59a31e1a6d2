import crypto from "node:crypto";
import type { ServerResponse } from "node:http";
import zlib from "node:zlib";
import { securityHeaders } from "~/modules/security/http.server";

// Whole public pages, rendered once and sent as the same bytes to every anonymous visitor until
// the content version moves. A cached page carries no nonce: its inline scripts are allowed by
// their hashes in its own Content-Security-Policy, so the page is gzipped once, not per response.

/** Rendered into cached pages as the nonce attribute, then removed: it is never in any policy. */
export const NONCE_PLACEHOLDER = `nonce${crypto.randomBytes(12).toString("hex")}`;

export type CachedPage = { version: number; status: number; body: Buffer; gzip: Buffer; etag: string; headers: Record<string, string> };

/** The hash sources of a page's inline scripts, as a Content-Security-Policy lists them. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, content] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\ssrc=/.test(attributes!) || !content) continue;
    hashes.add(`sha256-${crypto.createHash("sha256").update(content).digest("base64")}`);
  }
  return [...hashes];
}

export function createPageCache(production: boolean, maxEntries = 500) {
  const entries = new Map<string, CachedPage>();
  return {
    get(key: string, version: number): CachedPage | undefined {
      const entry = entries.get(key);
      return entry && entry.version === version ? entry : undefined;
    },
    set(key: string, version: number, page: { status: number; contentType: string; body: string }): CachedPage {
      if (entries.size >= maxEntries) entries.clear();
      const html = page.body.replaceAll(` nonce="${NONCE_PLACEHOLDER}"`, "");
      const body = Buffer.from(html);
      const hash = crypto.createHash("sha1").update(body).digest("base64url").slice(0, 16);
      const etag = `W/"${version}-${hash}"`;
      const headers = {
        ...securityHeaders({ hashes: inlineScriptHashes(html) }, production),
        "Content-Type": page.contentType,
        ETag: etag,
        "Cache-Control": "no-cache",
        Vary: "Accept-Encoding",
        "X-Page-Cache": "hit",
      };
      const entry = { version, status: page.status, body, gzip: zlib.gzipSync(body), etag, headers };
      entries.set(key, entry);
      return entry;
    },
  };
}

/** The response for a cached page: 304 when the browser has it, gzipped when it can take it. */
export function sendCachedPage(
  request: { method?: string; headers: Record<string, string | string[] | undefined> },
  res: ServerResponse,
  entry: CachedPage,
) {
  for (const [name, value] of Object.entries(entry.headers)) {
    // A page just rendered is marked as a miss by the caller; keep that.
    if (name === "X-Page-Cache" && res.hasHeader(name)) continue;
    res.setHeader(name, value);
  }
  const ifNoneMatch = request.headers["if-none-match"];
  if (typeof ifNoneMatch === "string" && ifNoneMatch.split(",").some((tag) => tag.trim() === entry.etag)) {
    res.statusCode = 304;
    res.end();
    return;
  }
  const acceptsGzip = /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
  const body = acceptsGzip ? entry.gzip : entry.body;
  if (acceptsGzip) res.setHeader("Content-Encoding", "gzip");
  res.setHeader("Content-Length", body.length);
  res.statusCode = entry.status;
  res.end(request.method === "HEAD" ? undefined : body);
}

/**
 * True when the request carries a session cookie (signed-in people see their
 * name and roles in the page) or asks for easy read: those pages are never shared.
 */
export function isPersonalised(cookieHeader: string | undefined): boolean {
  return Boolean(cookieHeader && /(?:^|;\s*)(coproduce_session|coproduce_easy_read)=[^;]+/.test(cookieHeader));
}

/**
 * Pages that look the same to every visitor who is not signed in and has not
 * chosen easy read. None of them reads any other cookie. A suggestion's own page
 * is not here: it shows whether this browser has said "me too".
 */
export function isSharedPublicPage(path: string): boolean {
  return (
    changesWithClock(path) ||
    path === "/" ||
    path === "/you-said-we-did" ||
    path === "/you-said-we-did/report" ||
    path === "/you-said-we-did/outcomes.xml" ||
    path === "/strategy" ||
    path === "/charter" ||
    path === "/charter/evidence" ||
    /^\/strategy\/actions\/\d{1,9}$/.test(path) ||
    path === "/reviews" ||
    /^\/surveys\/\d{1,9}\/(results|summary)$/.test(path) ||
    /^\/reviews\/\d{1,9}(\/changes)?$/.test(path) ||
    path === "/accessibility" ||
    path === "/privacy"
  );
}

/**
 * Pages that also change with the clock alone (an event starts, a survey closes), which no
 * write marks stale: they are cached for the current minute only.
 */
export function changesWithClock(path: string): boolean {
  return path === "/events" || /^\/events\/\d{1,9}$/.test(path) || path === "/surveys";
}

/** The cache key: the address, and for pages that change with the clock, the minute. */
export function pageCacheKey(url: string, path: string, now = Date.now()): string {
  return changesWithClock(path) ? `${url}#${Math.floor(now / 60_000)}` : url;
}

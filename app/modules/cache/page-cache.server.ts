import crypto from "node:crypto";
import type { ServerResponse } from "node:http";
import zlib from "node:zlib";
import { securityHeaders } from "~/modules/security/http.server";
import { matchRoutes, type AgnosticRouteObject } from "@remix-run/router";
import type { PageHandle } from "~/utils/page-handle";

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
    set(key: string, version: number, page: { status: number; contentType: string; body: string; lang: string }): CachedPage {
      if (entries.size >= maxEntries) entries.clear();
      const html = page.body.replaceAll(` nonce="${NONCE_PLACEHOLDER}"`, "");
      const body = Buffer.from(html);
      const hash = crypto.createHash("sha1").update(body).digest("base64url").slice(0, 16);
      const etag = `W/"${version}-${hash}"`;
      const headers = {
        ...securityHeaders({ hashes: inlineScriptHashes(html) }, production),
        "Content-Type": page.contentType,
        "Content-Language": page.lang,
        ETag: etag,
        "Cache-Control": "no-cache",
        // The same address is a page in each language, chosen by the cookie or the browser's preference.
        Vary: "Accept-Encoding, Accept-Language, Cookie",
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
 * name and roles in the page), asks for easy read, or has a one-time message after a
 * save waiting (app/utils/flash.server.ts): those pages are never shared.
 */
export function isPersonalised(cookieHeader: string | undefined): boolean {
  return Boolean(cookieHeader && /(?:^|;\s*)(coproduce_session|coproduce_easy_read|coproduce_flash)=[^;]+/.test(cookieHeader));
}

type ManifestRoute = { id: string; parentId?: string; path?: string; index?: boolean; module: { handle?: unknown } };

/**
 * The route a path leads to, matched as Remix matches it, before Remix sees the request: its
 * manifest entry and its pattern ("/events/:id/register"), which logs and metrics use in place of
 * the address (addresses can hold tokens).
 */
export function routeMatcher(routes: Record<string, ManifestRoute | undefined>) {
  const tree = (parentId: string | undefined): AgnosticRouteObject[] =>
    Object.values(routes)
      .filter((r): r is ManifestRoute => Boolean(r) && r!.parentId === parentId)
      .map((r) => (r.index ? { id: r.id, path: r.path, index: true } : { id: r.id, path: r.path, children: tree(r.id) }));
  const top = tree(undefined);
  const patterns = new Map<string, string>();
  const patternOf = (id: string): string => {
    const route = routes[id];
    const parent = route?.parentId ? patternOf(route.parentId) : "";
    return route?.path ? `${parent.replace(/\/$/, "")}/${route.path}` : parent || "/";
  };
  return (path: string): { route: ManifestRoute; pattern: string } | undefined => {
    const leaf = matchRoutes(top, path)?.at(-1)?.route.id;
    const route = leaf ? routes[leaf] : undefined;
    if (!route) return undefined;
    let pattern = patterns.get(route.id);
    if (pattern === undefined) patterns.set(route.id, (pattern = patternOf(route.id)));
    return { route, pattern };
  };
}

/**
 * Which shared public page a route is, if any, as it declares in its `handle` (PageHandle), so a
 * cached page is sent without running any of the app.
 */
export function publicPageOf(route: ManifestRoute | undefined): PageHandle["publicPage"] {
  return (route?.module.handle as PageHandle | undefined)?.publicPage;
}

/** The cache key: the address, and for pages that change with the clock, the minute. */
export function pageCacheKey(url: string, publicPage: NonNullable<PageHandle["publicPage"]>, now = Date.now()): string {
  return publicPage === "shared each minute" ? `${url}#${Math.floor(now / 60_000)}` : url;
}

import { describe, expect, it } from "vitest";
import crypto from "node:crypto";
import zlib from "node:zlib";
import {
  createPageCache,
  inlineScriptHashes,
  isPersonalised,
  NONCE_PLACEHOLDER,
  pageCacheKey,
  publicPageOf,
  routeMatcher,
} from "./page-cache.server";

// Routes as Remix's build lists them (flat files under a root layout), each with its handle.
const route = (id: string, path: string | undefined, publicPage?: string, index = false) => ({
  id,
  parentId: "root",
  path,
  index,
  module: { handle: publicPage ? { publicPage } : undefined },
});
const matchRoute = routeMatcher({
  root: { id: "root", path: "", module: {} },
  "routes/_index": route("routes/_index", undefined, "shared", true),
  "routes/strategy.actions.$id": route("routes/strategy.actions.$id", "strategy/actions/:id", "shared"),
  "routes/events._index": route("routes/events._index", "events", "shared each minute", true),
  "routes/events.$id._index": route("routes/events.$id._index", "events/:id", "shared each minute", true),
  "routes/events.$id.register": route("routes/events.$id.register", "events/:id/register"),
  "routes/events.calendar[.]ics": route("routes/events.calendar[.]ics", "events/calendar.ics"),
  "routes/account._index": route("routes/account._index", "account", undefined, true),
  "routes/$": route("routes/$", "*"),
});
const publicPage = (path: string) => publicPageOf(matchRoute(path)?.route);

describe("the page cache", () => {
  it("shares pages only with people who are not signed in", () => {
    expect(isPersonalised(undefined)).toBe(false);
    expect(isPersonalised("coproduce_supporter=abc")).toBe(false);
    expect(isPersonalised("coproduce_supporter=abc; coproduce_session=xyz")).toBe(true);
    expect(isPersonalised("coproduce_session=")).toBe(false); // a cleared cookie
    expect(isPersonalised("coproduce_easy_read=on")).toBe(true);
  });

  it("shares the pages whose routes declare themselves shared, matched as Remix matches them", () => {
    expect(publicPage("/")).toBe("shared");
    expect(publicPage("/strategy/actions/3")).toBe("shared");
    expect(publicPage("/events")).toBe("shared each minute");
    expect(publicPage("/events/1")).toBe("shared each minute");
    // A fixed path wins over a dynamic one, as in Remix: the calendar feed is not an event's page.
    for (const path of ["/events/calendar.ics", "/events/1/register", "/account", "/no-such-page", "/manage"])
      expect(publicPage(path), path).toBeUndefined();
  });

  it("names each request by its route's pattern, never by its address", () => {
    expect(matchRoute("/")?.pattern).toBe("/");
    expect(matchRoute("/events/42/register")?.pattern).toBe("/events/:id/register");
    expect(matchRoute("/events/calendar.ics")?.pattern).toBe("/events/calendar.ics");
    expect(matchRoute("/no/such/page")?.pattern).toBe("/*");
  });

  it("keeps pages that change with the clock for the current minute only", () => {
    const minute = Date.UTC(2026, 10, 23, 10, 0);
    expect(pageCacheKey("/events", "shared each minute", minute)).toBe(pageCacheKey("/events", "shared each minute", minute + 59_000));
    expect(pageCacheKey("/events", "shared each minute", minute)).not.toBe(pageCacheKey("/events", "shared each minute", minute + 60_000));
    expect(pageCacheKey("/strategy", "shared", minute)).toBe("/strategy");
  });

  it("forgets a page when the content version moves, and allows its inline scripts by hash, not a nonce", () => {
    const cache = createPageCache(true);
    const entry = cache.set("/strategy", 1, {
      lang: "en",
      status: 200,
      contentType: "text/html",
      body: `<p>Hi</p><script nonce="${NONCE_PLACEHOLDER}">window.x = 1;</script><script type="module" src="/build/a.js"></script>`,
    });
    expect(cache.get("/strategy", 1)).toBe(entry);
    expect(cache.get("/strategy", 2)).toBeUndefined();
    expect(entry.body.toString()).toBe('<p>Hi</p><script>window.x = 1;</script><script type="module" src="/build/a.js"></script>');
    const hash = `sha256-${crypto.createHash("sha256").update("window.x = 1;").digest("base64")}`;
    expect(inlineScriptHashes(entry.body.toString())).toEqual([hash]);
    expect(entry.headers["Content-Security-Policy"]).toContain(`script-src 'self' '${hash}'`);
    expect(entry.headers["Content-Security-Policy"]).not.toContain("nonce");
    expect(zlib.gunzipSync(entry.gzip).equals(entry.body)).toBe(true);
  });
});

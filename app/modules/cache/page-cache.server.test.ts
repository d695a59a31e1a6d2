import { describe, expect, it } from "vitest";
import crypto from "node:crypto";
import zlib from "node:zlib";
import { createPageCache, inlineScriptHashes, isPersonalised, isSharedPublicPage, pageCacheKey, NONCE_PLACEHOLDER } from "./page-cache.server";

describe("the page cache", () => {
  it("shares pages only with people who are not signed in", () => {
    expect(isPersonalised(undefined)).toBe(false);
    expect(isPersonalised("coproduce_supporter=abc")).toBe(false);
    expect(isPersonalised("coproduce_supporter=abc; coproduce_session=xyz")).toBe(true);
    expect(isPersonalised("coproduce_session=")).toBe(false); // a cleared cookie
    expect(isPersonalised("coproduce_easy_read=on")).toBe(true);
  });

  it("covers the shared public pages and not personal ones", () => {
    for (const path of ["/", "/you-said-we-did", "/strategy", "/strategy/actions/3", "/charter"]) expect(isSharedPublicPage(path)).toBe(true);
    for (const path of ["/you-said-we-did/3", "/track/x", "/account", "/manage", "/events/1/register", "/strategy/actions/x"])
      expect(isSharedPublicPage(path)).toBe(false);
  });

  it("keeps pages that change with the clock for the current minute only", () => {
    expect(isSharedPublicPage("/events/1")).toBe(true);
    const minute = Date.UTC(2026, 10, 23, 10, 0);
    expect(pageCacheKey("/events", "/events", minute)).toBe(pageCacheKey("/events", "/events", minute + 59_000));
    expect(pageCacheKey("/events", "/events", minute)).not.toBe(pageCacheKey("/events", "/events", minute + 60_000));
    expect(pageCacheKey("/strategy", "/strategy", minute)).toBe("/strategy");
  });

  it("forgets a page when the content version moves, and allows its inline scripts by hash, not a nonce", () => {
    const cache = createPageCache(true);
    const entry = cache.set("/strategy", 1, {
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

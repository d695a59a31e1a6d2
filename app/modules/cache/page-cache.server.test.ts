import { describe, expect, it } from "vitest";
import { createPageCache, isPersonalised, isSharedPublicPage, pageCacheKey, NONCE_PLACEHOLDER, withNonce } from "./page-cache.server";

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
    for (const path of ["/you-said-we-did/3", "/track/x", "/account", "/manage", "/events/1/register", "/strategy/actions/x"]) expect(isSharedPublicPage(path)).toBe(false);
  });

  it("keeps pages that change with the clock for the current minute only", () => {
    expect(isSharedPublicPage("/events/1")).toBe(true);
    const minute = Date.UTC(2026, 10, 23, 10, 0);
    expect(pageCacheKey("/events", "/events", minute)).toBe(pageCacheKey("/events", "/events", minute + 59_000));
    expect(pageCacheKey("/events", "/events", minute)).not.toBe(pageCacheKey("/events", "/events", minute + 60_000));
    expect(pageCacheKey("/strategy", "/strategy", minute)).toBe("/strategy");
  });

  it("forgets a page when the content version moves, and puts each response's nonce in", () => {
    const cache = createPageCache();
    const entry = cache.set("/strategy", 1, { status: 200, contentType: "text/html", body: `<script nonce="${NONCE_PLACEHOLDER}"></script>` });
    expect(cache.get("/strategy", 1)).toBe(entry);
    expect(cache.get("/strategy", 2)).toBeUndefined();
    expect(withNonce(entry.body, "abc")).toBe('<script nonce="abc"></script>');
  });
});

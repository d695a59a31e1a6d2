import { describe, expect, it } from "vitest";
import { createPageCache, isPersonalised, isSharedPublicPage, NONCE_PLACEHOLDER, withNonce } from "./page-cache.server";

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
    for (const path of ["/you-said-we-did/3", "/track/x", "/account", "/manage", "/events/1", "/strategy/actions/x"]) expect(isSharedPublicPage(path)).toBe(false);
  });

  it("forgets a page when the content version moves, and puts each response's nonce in", () => {
    const cache = createPageCache();
    const entry = cache.set("/strategy", 1, { status: 200, contentType: "text/html", body: `<script nonce="${NONCE_PLACEHOLDER}"></script>` });
    expect(cache.get("/strategy", 1)).toBe(entry);
    expect(cache.get("/strategy", 2)).toBeUndefined();
    expect(withNonce(entry.body, "abc")).toBe('<script nonce="abc"></script>');
  });
});

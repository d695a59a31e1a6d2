import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isCrossOriginWrite, safeRedirect, securityHeaders } from "./http.server";

const appUrl = "https://coproduce.example.org";

describe("isCrossOriginWrite", () => {
  it("refuses a form posted from another website", () => {
    expect(isCrossOriginWrite("POST", { origin: "https://evil.example", host: "coproduce.example.org", protocol: "https" }, appUrl)).toBe(true);
    expect(isCrossOriginWrite("POST", { origin: "null", protocol: "https" }, appUrl)).toBe(true);
    expect(isCrossOriginWrite("POST", { secFetchSite: "cross-site", protocol: "https" }, appUrl)).toBe(true);
  });

  it("accepts the app's own forms and reads", () => {
    expect(isCrossOriginWrite("POST", { origin: appUrl, protocol: "https" }, appUrl)).toBe(false);
    expect(isCrossOriginWrite("POST", { origin: "http://localhost:3000", host: "localhost:3000", protocol: "http" }, appUrl)).toBe(false);
    expect(isCrossOriginWrite("GET", { origin: "https://evil.example", protocol: "https" }, appUrl)).toBe(false);
    expect(isCrossOriginWrite("POST", { secFetchSite: "same-origin", protocol: "https" }, appUrl)).toBe(false);
  });
});

describe("security headers", () => {
  it("allows only scripts with this request's nonce and forbids framing", () => {
    const csp = contentSecurityPolicy({ nonce: "abc123" }, true);
    expect(csp).toContain("script-src 'self' 'nonce-abc123'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    const headers = securityHeaders({ nonce: "abc123" }, true);
    expect(headers["X-Frame-Options"]).toBe("DENY");
    expect(headers["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
    expect(securityHeaders({ nonce: "abc123" }, false)["Strict-Transport-Security"]).toBeUndefined();
  });
});

describe("safeRedirect", () => {
  it("keeps paths on this site, with their query and fragment", () => {
    expect(safeRedirect("/account")).toBe("/account");
    expect(safeRedirect("/manage/suggestions?status=received#list", "/")).toBe("/manage/suggestions?status=received#list");
    expect(safeRedirect("/events/3/register")).toBe("/events/3/register");
  });

  it("refuses every way of leaving the site, and control characters and white space", () => {
    for (const target of [
      "//evil.example",
      "/\\evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r/evil.example",
      "/ /evil.example",
      "/%09/evil.example".replace("%09", "\t"),
      "https://evil.example/",
      "javascript:alert(1)",
      "evil.example",
      "",
      "/" + "a".repeat(3000),
    ]) {
      expect(safeRedirect(target, "/fallback"), JSON.stringify(target)).toBe("/fallback");
    }
    expect(safeRedirect(null)).toBe("/account");
  });
});

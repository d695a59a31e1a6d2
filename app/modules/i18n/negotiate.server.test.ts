import { describe, expect, it } from "vitest";
import { languageFor, languagesOffered } from "./negotiate.server";

describe("the language a request is answered in", () => {
  it("takes the browser's preference when nothing was chosen", () => {
    expect(languageFor({ url: "/", acceptLanguage: "ur-PK,ur;q=0.9,en;q=0.5" })).toBe("ur");
    expect(languageFor({ url: "/", acceptLanguage: "cy-GB, en;q=0.8" })).toBe("cy");
    expect(languageFor({ url: "/", acceptLanguage: "pl, de;q=0.5" })).toBe("en");
    expect(languageFor({ url: "/" })).toBe("en");
  });

  it("prefers a remembered choice to the browser, and one asked for in the address to both", () => {
    expect(languageFor({ url: "/board", cookie: "a=1; lang=cy", acceptLanguage: "ur" })).toBe("cy");
    expect(languageFor({ url: "/board?lang=ur", cookie: "lang=cy" })).toBe("ur");
  });

  it("ignores languages it does not have", () => {
    expect(languageFor({ url: "/?lang=xx", cookie: "lang=zz", acceptLanguage: "en" })).toBe("en");
    expect(languageFor({ url: "/?lang=<script>", cookie: "lang=../../" })).toBe("en");
  });

  it("offers a content-only language only where the area translates into it", () => {
    const offered = languagesOffered(["cy", "pl", "ar"]);
    expect(offered).toEqual(["en", "cy", "ur", "pl", "ar"]);
    expect(languageFor({ url: "/", acceptLanguage: "pl, en;q=0.5" }, offered)).toBe("pl");
    expect(languageFor({ url: "/?lang=ar" }, offered)).toBe("ar");
    // Chosen once, no longer offered: the browser's preference, then English.
    expect(languageFor({ url: "/?lang=bn", cookie: "lang=pa", acceptLanguage: "cy" }, offered)).toBe("cy");
    expect(languageFor({ url: "/", cookie: "lang=pl" })).toBe("en");
  });
});

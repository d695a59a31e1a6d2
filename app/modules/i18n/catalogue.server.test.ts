import { describe, expect, it } from "vitest";
import { catalogue, translatorFor } from "./catalogue.server";
import { checkCatalogues } from "./check.server";

describe("the message catalogues", () => {
  const report = checkCatalogues();

  it("are complete in English and Welsh, and in Urdu for everything a family uses", () => {
    expect(report.missing).toEqual({ en: [], cy: [], ur: [] });
  });

  it("hold every key the code asks for, and no key the code never uses", () => {
    expect(report.undefinedInCode).toEqual([]);
    expect(report.unused).toEqual([]);
  });

  it("hold translations that parse and keep every value the English message shows", () => {
    expect(report.broken).toEqual([]);
  });

  it("fill a gap in Urdu with English, so a staff page never shows a key", () => {
    expect(catalogue("ur")["triage.cannotMove"]).toBe(catalogue("en")["triage.cannotMove"]);
  });
});

describe("counting in each language's own plural forms", () => {
  const said = (lang: "en" | "cy" | "ur", count: number) => translatorFor(lang).t("board.meToo", { count });

  it("uses Welsh's six forms: zero, one, two, few, many and other", () => {
    expect(said("cy", 0)).toBe("dywedodd 0 o bobl “fi hefyd”");
    expect(said("cy", 1)).toBe("dywedodd 1 person “fi hefyd”");
    expect(said("cy", 2)).toBe("dywedodd 2 berson “fi hefyd”");
    expect(said("cy", 3)).toBe("dywedodd 3 pherson “fi hefyd”");
    expect(said("cy", 6)).toBe("dywedodd 6 pherson “fi hefyd”");
    expect(said("cy", 4)).toBe("dywedodd 4 o bobl “fi hefyd”");
    expect(said("cy", 1250)).toBe("dywedodd 1,250 o bobl “fi hefyd”");
  });

  it("uses one and other in English and Urdu", () => {
    expect(said("en", 1)).toBe("1 person said “me too”");
    expect(said("en", 0)).toBe("0 people said “me too”");
    expect(said("en", 2)).toBe("2 people said “me too”");
    expect(said("ur", 1)).toBe("1 شخص نے “میں بھی” کہا");
    expect(said("ur", 6)).toBe("6 لوگوں نے “میں بھی” کہا");
  });

  it("says nobody, in words, when nobody has said me too yet", () => {
    expect(translatorFor("cy").t("suggestionPage.supporters", { count: 0 })).toBe("Does neb wedi dweud “fi hefyd” eto.");
    expect(translatorFor("en").t("suggestionPage.supporters", { count: 0 })).toBe("Nobody has said “me too” yet.");
  });
});

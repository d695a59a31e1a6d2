import { describe, expect, it } from "vitest";
import { describeReadability, readability } from "./readability";
import { translatorFor } from "~/modules/i18n/catalogue.server";

describe("reading age", () => {
  it("is low for short sentences of short words and high for long official ones", () => {
    const easy = readability("We changed how you book short breaks.\nYou can book two weeks before each holiday.")!;
    const hard = readability(
      "The local authority has commissioned an additional provider to deliver a comprehensive programme of specialist short-break provision from the commencement of the financial year.",
    )!;
    expect(easy.sentences).toBe(2);
    expect(easy.age).toBeLessThanOrEqual(9);
    expect(hard.age).toBeGreaterThan(16);
  });

  it("says so when there is nothing to measure, and copes with any script", () => {
    expect(readability("  ")).toBeNull();
    expect(describeReadability("", translatorFor("en").t)).toMatch(/write something/);
    expect(readability("Bore da. Diolch yn fawr.")!.words).toBe(5);
    expect(readability("مرحبا بكم")!.words).toBe(2);
  });
});

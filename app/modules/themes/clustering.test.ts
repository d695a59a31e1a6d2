import { describe, expect, it } from "vitest";
import { groupsOf, splitInTwo } from "./clustering";
import { mostAlike, surfaceWords, terms } from "./words";

const SAID = [
  "The wait for speech and language therapy is far too long",
  "We waited eighteen months for speech therapy",
  "Speech and language therapy waiting lists are too long for my son",
  "My daughter is still waiting for speech therapy after a year",
  "School transport is late every morning",
  "The transport to school changes drivers all the time, which upsets him",
  "Transport to school was cancelled without telling us",
  "Please run more coffee mornings in the holidays",
];

describe("words", () => {
  it("keeps the words that carry meaning, as stems, and leaves out common ones", () => {
    expect(terms("The waiting lists are far too long for therapies")).toEqual(["wait", "list", "far", "long", "therapi"]);
  });

  it("falls back to plain words for other languages", () => {
    expect(terms("Mae'r rhestrau aros yn rhy hir", "cy")).toEqual(["mae'r", "rhestrau", "aros", "rhy", "hir"]);
  });

  it("names a stem by the word people wrote most", () => {
    expect(surfaceWords(["therapy therapy therapies"]).get("therapi")).toBe("therapy");
  });

  it("finds the most alike texts, best first, and none when nothing is alike", () => {
    const found = mostAlike(
      "long waits for speech therapy",
      SAID.map((text) => ({ text })),
    );
    expect(found.length).toBeGreaterThan(1);
    expect(found.every((f) => /speech/i.test(f.candidate.text))).toBe(true);
    expect(
      mostAlike(
        "parking at the town hall",
        SAID.map((text) => ({ text })),
      ),
    ).toEqual([]);
  });
});

describe("groupsOf", () => {
  it("puts alike texts together, biggest group first, with telling words, and leaves the odd one out", () => {
    const groups = groupsOf(SAID.map((t) => terms(t)));
    expect(groups.map((g) => [...g.members].sort())).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6],
    ]);
    expect(groups[0]!.words.slice(0, 2).sort()).toEqual(["speech", "therapi"]);
    expect(groups[1]!.words.slice(0, 2).sort()).toEqual(["school", "transport"]);
  });

  it("proposes nothing from nothing", () => {
    expect(groupsOf([])).toEqual([]);
    expect(groupsOf([[], []])).toEqual([]);
  });
});

describe("splitInTwo", () => {
  it("splits a mixed group along what its texts say", () => {
    const [a, b] = splitInTwo(SAID.slice(0, 7).map((t) => terms(t)));
    const sides = [[...a.members].sort(), [...b.members].sort()].sort((x, y) => x.length - y.length);
    expect([a, b].find((side) => side.members.includes(4))!.words[0]).toMatch(/^(transport|school)$/);
    expect(sides).toEqual([
      [4, 5, 6],
      [0, 1, 2, 3],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { mostUsedByArea } from "./action-picker";

describe("the action picker's order", () => {
  it("keeps the strategy's areas in order and puts the most used actions first in each", () => {
    const action = (code: string, area: string, uses: number) => ({ id: Number(code.replace(".", "")), code, title: `Action ${code}`, area, uses });
    const actions = [
      action("1.1", "Area 1", 0),
      action("1.2", "Area 1", 5),
      action("2.1", "Area 2", 1),
      action("2.2", "Area 2", 1),
      action("2.3", "Area 2", 9),
    ];
    expect(mostUsedByArea(actions).map((a) => a.code)).toEqual(["1.2", "1.1", "2.3", "2.1", "2.2"]);
  });
});

import { describe, expect, it } from "vitest";
import { formatEventTime } from "~/modules/events/labels";
import { formatDateTime } from "./dates";

// Times are written the same on the server and in the browser: a page that differs is thrown away
// and drawn again as it loads, losing what someone had started typing.

describe("times of day", () => {
  it("say half past noon as 12:30pm, not 0:30pm", () => {
    expect(formatDateTime(new Date("2026-12-13T12:30:00Z"))).toBe("13 December 2026 at 12:30pm");
    expect(formatEventTime(new Date("2026-12-13T10:00:00Z"), new Date("2026-12-13T12:30:00Z"))).toBe("Sunday, 13 December 2026, 10am to 12:30pm");
    expect(formatEventTime(new Date("2026-06-13T11:00:00Z"), new Date("2026-06-13T12:00:00Z"))).toBe("Saturday, 13 June 2026, 12pm to 1pm");
  });
});

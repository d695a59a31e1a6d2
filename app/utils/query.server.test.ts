import { describe, expect, it } from "vitest";
import { periodParams } from "./query.server";

describe("a report's period", () => {
  const now = new Date("2026-07-15T10:00:00Z");

  it("defaults to the last days up to today, and runs from midnight to midnight in London", () => {
    const period = periodParams(new URLSearchParams(), 30, now);
    expect(period).toMatchObject({ from: "2026-06-15", to: "2026-07-15" });
    expect(period.start.toISOString()).toBe("2026-06-14T23:00:00.000Z"); // British Summer Time
    expect(period.end.toISOString()).toBe("2026-07-15T23:00:00.000Z");
  });

  it("swaps dates given the wrong way round and ignores ones that are not dates", () => {
    expect(periodParams(new URLSearchParams("from=2026-12-31&to=2026-01-01"), 30, now)).toMatchObject({ from: "2026-01-01", to: "2026-12-31" });
    expect(periodParams(new URLSearchParams("from=2026-02-30&to=<script>"), 30, now)).toMatchObject({ from: "2026-06-15", to: "2026-07-15" });
  });
});

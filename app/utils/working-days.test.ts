import { describe, expect, it } from "vitest";
import { londonDate, londonDateTime, londonWallClock } from "./dates";
import { bankHolidays, isWorkingDay, median, workingDaysBetween } from "./working-days";

describe("bank holidays in England and Wales", () => {
  it("match the published list for 2025 and 2026", () => {
    expect([...bankHolidays(2025)].sort()).toEqual([
      "2025-01-01",
      "2025-04-18",
      "2025-04-21",
      "2025-05-05",
      "2025-05-26",
      "2025-08-25",
      "2025-12-25",
      "2025-12-26",
    ]);
    expect([...bankHolidays(2026)].sort()).toEqual([
      "2026-01-01",
      "2026-04-03",
      "2026-04-06",
      "2026-05-04",
      "2026-05-25",
      "2026-08-31",
      "2026-12-25",
      "2026-12-28",
    ]);
  });

  it("include the one-off days and moved days", () => {
    expect(bankHolidays(2022).has("2022-06-03")).toBe(true);
    expect(bankHolidays(2022).has("2022-06-02")).toBe(true);
    expect(bankHolidays(2022).has("2022-05-30")).toBe(false);
    expect(bankHolidays(2023).has("2023-05-08")).toBe(true);
    expect(bankHolidays(2027).has("2027-12-27")).toBe(true); // Christmas on a Saturday
  });
});

describe("workingDaysBetween", () => {
  it("skips weekends", () => {
    expect(workingDaysBetween(new Date("2026-11-20T10:00:00Z"), new Date("2026-11-23T10:00:00Z"))).toBe(1); // Fri → Mon
    expect(workingDaysBetween(new Date("2026-11-16T10:00:00Z"), new Date("2026-11-23T09:00:00Z"))).toBe(5);
  });

  it("skips bank holidays over Christmas", () => {
    // Wed 23 Dec 2026 to Tue 29 Dec: 24th (Thu) and 29th (Tue) are working days; 25th and 28th are holidays.
    expect(workingDaysBetween(new Date("2026-12-23T12:00:00Z"), new Date("2026-12-29T12:00:00Z"))).toBe(2);
  });

  it("uses the London calendar day, not UTC", () => {
    // 23:30 UTC on Sunday 28 June is already Monday in London (BST).
    expect(workingDaysBetween(new Date("2026-06-26T12:00:00Z"), new Date("2026-06-28T23:30:00Z"))).toBe(1);
  });

  it("is zero on the same day", () => {
    expect(workingDaysBetween(new Date("2026-11-23T08:00:00Z"), new Date("2026-11-23T17:00:00Z"))).toBe(0);
  });
});

describe("median", () => {
  it("handles odd, even and empty lists", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([1, 2, 3, 10])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe("workingDaysBetween agrees with counting day by day", () => {
  it("over two years of random spans", () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 300; i++) {
      const from = new Date(Date.UTC(2025, 0, 1) + Math.floor(rand() * 700) * 86_400_000 + Math.floor(rand() * 86_400_000));
      const to = new Date(from.getTime() + Math.floor(rand() * 400) * 86_400_000 + Math.floor(rand() * 86_400_000));
      let slow = 0;
      for (let d = new Date(`${londonDate(from)}T12:00:00Z`); londonDate(d) < londonDate(to);) {
        d = new Date(d.getTime() + 86_400_000);
        if (isWorkingDay(londonDate(d))) slow++;
      }
      expect(workingDaysBetween(from, to), `${from.toISOString()} → ${to.toISOString()}`).toBe(slow);
    }
  });
});

describe("London wall-clock times", () => {
  it("converts in winter and summer and reads back", () => {
    expect(londonDateTime("2026-12-08", "10:30").toISOString()).toBe("2026-12-08T10:30:00.000Z");
    expect(londonDateTime("2026-06-08", "10:30").toISOString()).toBe("2026-06-08T09:30:00.000Z");
    expect(londonWallClock(new Date("2026-06-08T09:30:00Z"))).toBe("2026-06-08 10:30");
  });
});

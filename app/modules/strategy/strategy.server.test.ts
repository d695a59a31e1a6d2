import { describe, expect, it, beforeEach } from "vitest";
import { actionUpdates, strategyActions } from "~db/schema";
import { getDb } from "~/db.server";
import { createStrategy, exportActionsCsv, getAction, getStrategy, importActionsCsv } from "./strategy.server";

// Files from before actions had a participation level; they still import.
const HEADER = "area,code,title,how,measures,lead,due_date,status";
const HEADER_WITH_LEVEL = `${HEADER},participation_level`;
const good = [
  HEADER,
  'Area 2 – Meeting needs,2.3,"We will deliver a coordinated short-breaks offer","Meet providers, agree booking",Number of short breaks,Short Breaks Commissioner,2027-03-31,On Track',
  "Area 1 – Identifying needs,1.2,We will reduce the wait for an autism diagnosis,,,DCO,,at risk",
  "Area 2 – Meeting needs,2.10,We will do a tenth thing,,,,2027-01-01,not started",
].join("\n");

let strategyId: number;
beforeEach(() => {
  getDb().delete(strategyActions).run();
  strategyId = createStrategy({ name: "Test strategy", period: "2025 to 2027", summary: "" });
});

describe("importing actions from CSV", () => {
  it("imports a good file into areas, in code order, with statuses in any case", () => {
    expect(importActionsCsv(strategyId, good, null)).toEqual({ ok: true, created: 3, updated: 0 });
    const strategy = getStrategy(strategyId)!;
    expect(strategy.areas.map((a) => a.name)).toEqual(["Area 2 – Meeting needs", "Area 1 – Identifying needs"]);
    expect(strategy.areas[0]!.actions.map((a) => a.code)).toEqual(["2.3", "2.10"]);
    expect(strategy.areas[0]!.actions[0]).toMatchObject({ status: "on_track", lead: "Short Breaks Commissioner", dueDate: "2027-03-31" });
  });

  it("imports nothing from a file with bad rows and lists every problem with its row number", () => {
    const bad = [
      HEADER,
      "Area 1,1.1,Fine row,,,,2027-01-01,complete",
      "Area 1,,Missing code,,,,2027-02-30,nearly done",
      "Area 1,1.3,,,,,,on track",
      "Area 1,1.1,Duplicate code,,,,,on track",
      "Area 1,1.4,Too few columns",
    ].join("\n");
    const result = importActionsCsv(strategyId, bad, null);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.row)).toEqual([3, 4, 5, 6]);
    expect(result.problems[0]!.message).toContain("code is empty");
    expect(result.problems[0]!.message).toContain("due_date “2027-02-30” must be a real date");
    expect(result.problems[0]!.message).toContain("status “nearly done” must be one of");
    expect(result.problems[1]!.message).toContain("title is empty");
    expect(result.problems[2]!.message).toContain("code 1.1 is also on row 2");
    expect(result.problems[3]!.message).toContain("Has 3 columns; it needs 8");
    expect(getDb().select().from(strategyActions).all()).toHaveLength(0);
  });

  it("updates actions by code on a second import, recording a changed status in the history", () => {
    importActionsCsv(strategyId, good, null);
    const again = good.replace("On Track", "complete").replace("reduce the wait", "shorten the wait");
    expect(importActionsCsv(strategyId, again, null)).toEqual({ ok: true, created: 0, updated: 3 });
    const rows = getDb().select().from(strategyActions).all();
    expect(rows).toHaveLength(3);
    const shortBreaks = rows.find((r) => r.code === "2.3")!;
    expect(shortBreaks.status).toBe("complete");
    expect(getAction(shortBreaks.id)!.history.map((h) => h.status)).toEqual(["complete", "on_track"]);
    expect(rows.find((r) => r.code === "1.2")!.title).toContain("shorten the wait");
    expect(getDb().select().from(actionUpdates).all()).toHaveLength(4);
  });

  it("reads a file saved with a byte-order mark and Windows line endings", () => {
    const withBom = "\uFEFF" + good.replace(/\n/g, "\r\n");
    expect(importActionsCsv(strategyId, withBom, null)).toEqual({ ok: true, created: 3, updated: 0 });
  });

  it("refuses a file that is not CSV, or has the wrong header", () => {
    const notCsv = importActionsCsv(strategyId, '%PDF-1.4\n"unterminated, quote\n\u0000binary', null);
    expect(notCsv.ok).toBe(false);
    expect(!notCsv.ok && notCsv.problems[0]!.message).toMatch(/could not be read as CSV|first row must be exactly/);
    const wrongHeader = importActionsCsv(strategyId, "name,code\nx,1", null);
    expect(!wrongHeader.ok && wrongHeader.problems[0]).toEqual({ row: 1, message: `The first row must be exactly: ${HEADER_WITH_LEVEL}` });
    expect(importActionsCsv(strategyId, "", null).ok).toBe(false);
    expect(getDb().select().from(strategyActions).all()).toHaveLength(0);
  });

  it("exports the same format, which imports back unchanged", () => {
    expect(importActionsCsv(strategyId, good.replace("Meet providers, agree booking", "=1+1"), null).ok).toBe(true);
    const csv = exportActionsCsv(strategyId);
    expect(csv.split("\n")[0]).toBe(HEADER_WITH_LEVEL);
    expect(csv).toContain("'=1+1"); // never a live formula in a spreadsheet
    const other = createStrategy({ name: "Copy", period: "x", summary: "" });
    expect(importActionsCsv(other, csv, null)).toEqual({ ok: true, created: 3, updated: 0 });
    expect(exportActionsCsv(other)).toBe(csv);
  });

  it("reads each action's participation level, and refuses one it does not know", () => {
    const withLevels = [HEADER_WITH_LEVEL, "Area 2,2.3,Short breaks,,,,,on track,Co-produce", "Area 2,2.4,Transport,,,,,on track,"].join("\n");
    expect(importActionsCsv(strategyId, withLevels, null)).toEqual({ ok: true, created: 2, updated: 0 });
    const levels = getDb().select({ code: strategyActions.code, level: strategyActions.participationLevel }).from(strategyActions).all();
    expect(levels).toEqual([
      { code: "2.3", level: "co_produce" },
      { code: "2.4", level: null },
    ]);
    expect(exportActionsCsv(strategyId)).toContain("on track,co-produce");
    const bad = importActionsCsv(strategyId, [HEADER_WITH_LEVEL, "Area 2,2.5,X,,,,,on track,constructor"].join("\n"), null);
    expect(!bad.ok && bad.problems[0]!.message).toMatch(/participation_level “constructor” must be empty or one of/);
  });
});

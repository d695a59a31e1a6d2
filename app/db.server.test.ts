import { describe, expect, it } from "vitest";
import type Database from "better-sqlite3";
import { eq, sql } from "drizzle-orm";
import { areaSettings } from "~db/schema";
import { getDb } from "./db.server";
import { getAreaSettings, updateAreaSettings } from "./modules/settings/area.server";

// drizzle keeps the better-sqlite3 connection it was given as $client.
const sqlite = () => (getDb() as unknown as { $client: Database.Database }).$client;

describe("statements reused from one query to the next", () => {
  it("are the same statement for the same SQL, in the state a new one has", () => {
    const first = sqlite().prepare("select 1 as one, 2 as two");
    expect(first.raw().get()).toEqual([1, 2]);
    const again = sqlite().prepare("select 1 as one, 2 as two");
    expect(again).toBe(first);
    expect(again.get()).toEqual({ one: 1, two: 2 });
    expect(sqlite().prepare("select 1 as one, 2 as two").pluck().get()).toBe(1);
    expect(sqlite().prepare("select 1 as one, 2 as two").get()).toEqual({ one: 1, two: 2 });
  });

  it("are fresh while the same query is still being read", () => {
    const outer = sqlite().prepare("select value from json_each('[1,2,3]')");
    const seen: number[][] = [];
    for (const row of outer.iterate() as Iterable<{ value: number }>) {
      const inner = sqlite().prepare("select value from json_each('[1,2,3]')");
      expect(inner).not.toBe(outer);
      seen.push((inner.all() as { value: number }[]).map((r) => r.value).concat(row.value));
    }
    expect(seen).toEqual([
      [1, 2, 3, 1],
      [1, 2, 3, 2],
      [1, 2, 3, 3],
    ]);
  });

  it("give drizzle's results as before, whichever way it runs them", () => {
    updateAreaSettings({ areaName: "Backwell" });
    const byId = () => getDb().select({ areaName: areaSettings.areaName }).from(areaSettings).where(eq(areaSettings.id, 1));
    expect(byId().get()).toEqual({ areaName: "Backwell" });
    expect(byId().all()).toEqual([{ areaName: "Backwell" }]);
    expect(getDb().all(sql`select area_name from area_settings where id = 1`)).toEqual([{ area_name: "Backwell" }]);
    expect(byId().values()).toEqual([["Backwell"]]);
  });
});

describe("the area's settings, kept until something changes", () => {
  it("are read again after a change", () => {
    updateAreaSettings({ areaName: "Clevedon" });
    expect(getAreaSettings().areaName).toBe("Clevedon");
    getDb().update(areaSettings).set({ areaName: "Portishead" }).where(eq(areaSettings.id, 1)).run();
    expect(getAreaSettings().areaName).toBe("Portishead");
  });

  it("never keep what a transaction saw before it was rolled back", () => {
    updateAreaSettings({ areaName: "Nailsea" });
    expect(() =>
      getDb().transaction((tx) => {
        tx.update(areaSettings).set({ areaName: "Not saved" }).where(eq(areaSettings.id, 1)).run();
        expect(getAreaSettings().areaName).toBe("Not saved");
        throw new Error("rolled back");
      }),
    ).toThrow("rolled back");
    expect(getAreaSettings().areaName).toBe("Nailsea");
  });
});

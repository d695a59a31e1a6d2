import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { seed } from "~db/seed";
import { getDb } from "~/db.server";
import { boardFigures } from "~/modules/feedback/board.server";
import { getTableConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import * as schema from "~db/schema";
import { contentVersion, memoByVersion, TABLES_NO_PUBLIC_PAGE_READS } from "./content-version.server";

// Public pages and the figures on them are reused until the content version moves. The database moves
// it on every write, so no module has to remember to: these tests prove that for every table.

const schemaTables = (Object.values(schema) as unknown[])
  .filter((t): t is SQLiteTable => t instanceof SQLiteTable)
  .map((t) => getTableConfig(t).name);

beforeAll(async () => {
  await seed();
}, 60_000);

describe("the content version", () => {
  it("moves on a write to every table a public page may read, and watches inserts, updates and deletes in each", () => {
    const tables = schemaTables.filter((t) => !(TABLES_NO_PUBLIC_PAGE_READS as readonly string[]).includes(t));
    expect(tables).toContain("suggestions");
    for (const table of tables) {
      const rows = getDb().get<{ n: number }>(sql.raw(`select count(*) as n from "${table}"`))!.n;
      if (rows === 0) continue; // checked below by its triggers
      const before = contentVersion();
      getDb().run(sql.raw(`update "${table}" set rowid = rowid where rowid = (select min(rowid) from "${table}")`));
      expect(contentVersion(), table).toBeGreaterThan(before);
    }
    const triggers = new Set(
      getDb()
        .all<{ name: string }>(sql`select name from sqlite_temp_master where type = 'trigger'`)
        .map((t) => t.name),
    );
    for (const table of tables) for (const change of ["INSERT", "UPDATE", "DELETE"]) expect(triggers, table).toContain(`content_${table}_${change}`);
  });

  it("does not move for tables no public page reads, so signing in keeps the cached pages", () => {
    const before = contentVersion();
    for (const table of TABLES_NO_PUBLIC_PAGE_READS) getDb().run(sql.raw(`update "${table}" set rowid = rowid`));
    expect(contentVersion()).toBe(before);
  });

  it("is moved by a write inside a transaction, and a figure computed before it is computed again", () => {
    const figure = memoByVersion(() => getDb().get<{ n: number }>(sql`select count(*) as n from topics`)!.n);
    const topics = figure();
    getDb().transaction((tx) => {
      tx.run(sql`insert into topics (name) values ('Transport to school')`);
    });
    expect(figure()).toBe(topics + 1);
    const board = boardFigures();
    getDb().run(sql`update suggestions set published_at = null where published_at is not null`);
    expect(boardFigures()).not.toEqual(board);
  });
});

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { describe, expect, it } from "vitest";

// An installation made before a migration upgrades on start with its data kept: migrate a database
// to an earlier point, write rows as the code of that time did, then apply every migration.

const MIGRATIONS = path.resolve("db/migrations");

/** A copy of the migrations folder that stops after the named one. */
function migrationsUpTo(tag: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coproduce-migrations-"));
  fs.cpSync(MIGRATIONS, dir, { recursive: true });
  const journalFile = path.join(dir, "meta/_journal.json");
  const journal = JSON.parse(fs.readFileSync(journalFile, "utf8")) as { entries: { tag: string }[] };
  const last = journal.entries.findIndex((e) => e.tag === tag);
  expect(last, `no migration ${tag}`).toBeGreaterThanOrEqual(0);
  fs.writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, last + 1) }));
  return dir;
}

function open(file: string) {
  const sqlite = new Database(file);
  sqlite.function("audit_actor", { deterministic: false }, () => null);
  return { sqlite, db: drizzle(sqlite) };
}

describe("migrations", () => {
  it("turn each suggestion's source, event, survey and review comment into its origin, with nothing lost", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "coproduce-upgrade-")), "old.db");
    const before = open(file);
    migrate(before.db, { migrationsFolder: migrationsUpTo("0021_me_too_confirmed_by_email") });
    const s = before.sqlite;
    const now = Date.now();
    const suggestion = s.prepare(
      `insert into suggestions (body, contributor_kind, consent_wording, source, event_id, survey_id, tracking_token_hash, created_at, updated_at)
       values (?, 'parent_carer', 'ok', ?, ?, ?, ?, ${now}, ${now})`,
    );
    suggestion.run("From the form", "form", null, null, "t1");
    suggestion.run("Heard at event 7", "event", 7, null, "t2");
    suggestion.run("An answer to survey 3", "survey", null, 3, "t3");
    const fromReview = Number(suggestion.run("A comment on document 5", "review", null, null, "t4").lastInsertRowid);
    s.prepare(`insert into users (id, email, name) values ('u1', 'a@example.org', 'A')`).run();
    s.prepare(`insert into review_documents (id, title, created_by, created_at) values (5, 'Strategy draft', 'u1', ${now})`).run();
    s.prepare(`insert into review_versions (id, document_id, body, number, created_at) values (4, 5, '{}', 1, ${now})`).run();
    s.prepare(
      `insert into review_rounds (id, document_id, version_id, deadline, deadline_at, questions, created_by, created_at)
       values (9, 5, 4, '2026-12-01', ${now}, '[]', 'u1', ${now})`,
    ).run();
    s.prepare(
      `insert into review_comments (round_id, user_id, passage, passage_text, body, suggestion_id, created_at) values (9, 'u1', 0, 'p', 'c', ?, ${now})`,
    ).run(fromReview);
    before.sqlite.close();

    const after = open(file);
    migrate(after.db, { migrationsFolder: MIGRATIONS });
    const rows = after.sqlite.prepare("select s.body, s.origin_kind as kind, s.origin_id as id from suggestions s order by s.id").all();
    after.sqlite.close();
    expect(rows).toEqual([
      { body: "From the form", kind: "tellUs", id: null },
      { body: "Heard at event 7", kind: "events", id: 7 },
      { body: "An answer to survey 3", kind: "surveys", id: 3 },
      { body: "A comment on document 5", kind: "reviews", id: 5 },
    ]);
  });

  it("move each suggestion's timeline to the table named for it, entries and their order kept", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "coproduce-upgrade-")), "old.db");
    const before = open(file);
    migrate(before.db, { migrationsFolder: migrationsUpTo("0024_co_production_groups") });
    const now = Date.now();
    const id = before.sqlite
      .prepare(
        `insert into suggestions (body, contributor_kind, consent_wording, tracking_token_hash, created_at, updated_at)
         values ('Timeline kept', 'parent_carer', 'w', 'h', ${now}, ${now})`,
      )
      .run().lastInsertRowid;
    const entry = before.sqlite.prepare(
      "insert into suggestion_events (suggestion_id, kind, status, public_note, is_public, created_at) values (?, 'status', ?, ?, 1, ?)",
    );
    entry.run(id, "received", "We received this suggestion.", now);
    entry.run(id, "planned", "It is in the plan.", now + 1);
    before.sqlite.close();

    const after = open(file);
    migrate(after.db, { migrationsFolder: MIGRATIONS });
    const rows = after.sqlite.prepare("select status, public_note as note from suggestion_timeline where suggestion_id = ? order by id").all(id);
    const old = after.sqlite.prepare("select count(*) as n from sqlite_master where name like 'suggestion_events%'").get();
    after.sqlite.close();
    expect(rows).toEqual([
      { status: "received", note: "We received this suggestion." },
      { status: "planned", note: "It is in the plan." },
    ]);
    expect(old).toEqual({ n: 0 });
  });
});

import type Database from "better-sqlite3";

// A counter that changes whenever anything shown on a public page changes
// (suggestions, the strategy, the area's settings). Figures computed from
// thousands of rows, and whole public pages, are reused until it moves.
//
// It is moved by the database itself: every table except those below has
// triggers (made when the connection opens, so a new table is covered without
// anyone remembering) that call content_changed() for each row written. A write
// that is rolled back moves it too, which only costs a page being rendered again.
let version = 0;

/** Tables no public page ever reads: writing them must not throw away the cached pages. */
export const TABLES_NO_PUBLIC_PAGE_READS = [
  "sessions",
  "auth_tokens",
  "outbox",
  "audit_log",
  "consents",
  "view_links",
  "forum_updates",
  "letters",
] as const;

/** Moved by the triggers; benchmarks call it to time a page as if something had just changed. */
export function bumpContentVersion() {
  version++;
}

export function contentVersion() {
  return version;
}

export function memoByVersion<T>(compute: () => T): () => T {
  let cached: { version: number; value: T } | undefined;
  return () => {
    if (!cached || cached.version !== version) cached = { version, value: compute() };
    return cached.value;
  };
}

/** Called once per connection, after migrations: watches every table a public page may read. */
export function watchPublicTables(sqlite: Database.Database) {
  sqlite.function("content_changed", { deterministic: false }, () => {
    bumpContentVersion();
    return null;
  });
  for (const table of watchedTables(sqlite)) {
    for (const change of ["INSERT", "UPDATE", "DELETE"]) {
      sqlite.exec(
        `CREATE TEMP TRIGGER IF NOT EXISTS "content_${table}_${change}" AFTER ${change} ON main."${table}" BEGIN SELECT content_changed(); END`,
      );
    }
  }
}

/** Ordinary tables (not full-text indexes and their shadow tables, SQLite's own or the migrations' record), less those no public page reads. */
function watchedTables(sqlite: Database.Database): string[] {
  const skip = new Set<string>(TABLES_NO_PUBLIC_PAGE_READS);
  const tables = sqlite.pragma("main.table_list") as { name: string; type: string }[];
  return tables
    .filter((t) => t.type === "table" && !t.name.startsWith("sqlite_") && !t.name.startsWith("__") && !skip.has(t.name))
    .map((t) => t.name);
}

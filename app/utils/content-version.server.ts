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

// The connection watched. Inside one of its transactions nothing is kept: what is read there may be
// rolled back after the version has already moved for it.
let watched: Database.Database | undefined;

export function memoByVersion<T>(compute: () => T): () => T {
  let cached: { version: number; value: T } | undefined;
  return () => {
    if (watched?.inTransaction) return compute();
    if (!cached || cached.version !== version) cached = { version, value: compute() };
    return cached.value;
  };
}

/** The same, for a value that depends on its argument (a page of results, a page in a language); at most `max` are kept. */
export function memoByVersionFor<T>(compute: (key: string) => T, max = 500): (key: string) => T {
  const cached = new Map<string, T>();
  let cachedAt = version;
  return (key) => {
    if (watched?.inTransaction) return compute(key);
    if (cachedAt !== version || cached.size >= max) {
      cached.clear();
      cachedAt = version;
    }
    let value = cached.get(key);
    if (value === undefined) cached.set(key, (value = compute(key)));
    return value;
  };
}

/** Called once per connection, after migrations: watches every table a public page may read. */
export function watchPublicTables(sqlite: Database.Database) {
  // Another database (tests open several) is other content.
  watched = sqlite;
  bumpContentVersion();
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

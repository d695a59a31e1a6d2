import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "~db/schema";
import { config } from "~/config.server";
import { currentActorJson } from "~/modules/privacy/actor.server";
import { watchPublicTables } from "~/utils/content-version.server";

export type Db = BetterSQLite3Database<typeof schema>;
/** A transaction handle; modules accept either so callers can compose writes. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

let instance: { db: Db; sqlite: Database.Database } | undefined;

// The only place the database file is opened. Migrations are applied on first
// use, so the app, the seed, the CLI and tests all see the current schema.
export function getDb(): Db {
  if (!instance) instance = open(config.databasePath);
  return instance.db;
}

function open(file: string) {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  // A database file that cannot be written (a full or read-only disk, a restore in progress) is
  // opened read-only: pages that only read keep working and writes are turned away (app/server.ts).
  const readOnly = !writable(file);
  const sqlite = readOnly ? new Database(file, { readonly: true, fileMustExist: true }) : new Database(file);
  if (!readOnly) {
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = NORMAL");
    // Deleted content is overwritten, so erased personal data does not linger in free pages.
    sqlite.pragma("secure_delete = ON");
  }
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // Read by the audit triggers: who is acting in this request, if anyone.
  sqlite.function("audit_actor", { deterministic: false }, () => currentActorJson());
  const db = drizzle(sqlite, { schema });
  if (!readOnly) migrate(db, { migrationsFolder: path.resolve("db/migrations") });
  watchPublicTables(sqlite);
  reuseStatements(sqlite);
  return { db, sqlite };
}

/**
 * Drizzle asks SQLite to prepare every query afresh, and preparing costs more than running the
 * small queries most pages make. The same SQL gets the same statement back, in the state a new
 * one has (one being iterated is left alone). SQLite prepares a statement again by itself when
 * the schema changes under it.
 */
function reuseStatements(sqlite: Database.Database, max = 500) {
  const prepare = sqlite.prepare.bind(sqlite);
  const statements = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    const statement = statements.get(source);
    if (statement && !statement.busy) {
      if (statement.reader) statement.pluck(false).expand(false).raw(false);
      return statement;
    }
    const fresh = prepare(source);
    if (statements.size >= max) statements.clear();
    statements.set(source, fresh);
    return fresh;
  }) as typeof sqlite.prepare;
}

// A file with no write permission bits counts as read-only even for root, who could write it anyway:
// that is how an operator says "hands off" during a restore.
function writable(file: string): boolean {
  if (file === ":memory:" || !fs.existsSync(file)) return true;
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return (fs.statSync(file).mode & 0o222) !== 0;
  } catch {
    return false;
  }
}

/** True when nothing can be saved: the database was opened read-only, or its file has become read-only since. */
export function isDatabaseReadOnly(): boolean {
  getDb();
  return instance!.sqlite.readonly || !writable(config.databasePath);
}

/** A query on a path every request takes, built and prepared once for the open database. */
export function preparedFor<T>(build: (db: Db) => T): () => T {
  let cached: { db: Db; query: T } | undefined;
  return () => {
    const db = getDb();
    if (cached?.db !== db) cached = { db, query: build(db) };
    return cached.query;
  };
}

export function closeDb() {
  instance?.sqlite.close();
  instance = undefined;
}

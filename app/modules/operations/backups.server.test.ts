import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backupsToKeep, checkDatabaseFile, listBackups, restoreBackup, rotateBackups, takeBackup, type Backup } from "./backups.server";

let dir: string;
// The audit triggers call audit_actor(), which the app defines on every connection it opens.
const open = (file: string) => {
  const db = new Database(file);
  db.function("audit_actor", () => null);
  return db;
};
let database: string;
const topics = (file: string) => {
  const db = new Database(file, { readonly: true });
  const names = (db.prepare("select name from topics order by name").all() as { name: string }[]).map((r) => r.name);
  db.close();
  return names;
};
const addTopic = (name: string) => {
  const db = open(database);
  db.prepare("insert into topics (name) values (?)").run(name);
  db.close();
};

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "coproduce-backups-"));
  database = path.join(dir, "coproduce.db");
  const sqlite = open(database);
  sqlite.pragma("journal_mode = WAL");
  migrate(drizzle(sqlite), { migrationsFolder: path.resolve("db/migrations") });
  sqlite.close();
  addTopic("Transport");
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("backups", () => {
  it("takes a checked copy while the database is open for writing, and restores it over later changes", async () => {
    const live = open(database);
    live.prepare("insert into topics (name) values (?)").run("Short breaks");
    const { file, check } = await takeBackup({ source: database, folder: path.join(dir, "backups"), now: new Date("2026-11-29T10:00:00Z") });
    live.close();
    expect(path.basename(file)).toBe("coproduce-20261129T100000Z.db");
    expect(check).toMatchObject({ ok: true });
    addTopic("After the backup");

    const { keptAs } = await restoreBackup({ backup: file, target: database, now: new Date("2026-11-30T09:00:00Z") });
    expect(topics(database)).toEqual(["Short breaks", "Transport"]);
    // What it replaced is kept, so the restore can be undone.
    expect(topics(keptAs!)).toContain("After the backup");
  });

  it("encrypts with BACKUP_KEY, and refuses the wrong key without touching the database", async () => {
    const key = crypto.randomBytes(32);
    const { file } = await takeBackup({ source: database, folder: dir, key });
    expect(file.endsWith(".db.enc")).toBe(true);
    expect(fs.readFileSync(file).includes(Buffer.from("Transport"))).toBe(false);
    addTopic("Later");
    await expect(restoreBackup({ backup: file, target: database, key: crypto.randomBytes(32) })).rejects.toThrow(/not the key/);
    await expect(restoreBackup({ backup: file, target: database })).rejects.toThrow(/encrypted: set BACKUP_KEY/);
    expect(topics(database)).toEqual(["Later", "Transport"]);
    await restoreBackup({ backup: file, target: database, key });
    expect(topics(database)).toEqual(["Transport"]);
  });

  it("will not restore a damaged file or one that is not ours, and leaves the database as it was", async () => {
    const { file } = await takeBackup({ source: database, folder: dir });
    const damaged = path.join(dir, "damaged.db");
    const bytes = fs.readFileSync(file);
    bytes.fill(0x41, 4096, 8192);
    fs.writeFileSync(damaged, bytes);
    const other = path.join(dir, "other.db");
    new Database(other).exec("create table notes (text)");
    for (const backup of [damaged, other]) {
      await expect(restoreBackup({ backup, target: database })).rejects.toThrow(/failed its check/);
      expect(checkDatabaseFile(backup).ok).toBe(false);
    }
    expect(topics(database)).toEqual(["Transport"]);
  });

  it("will not restore under a running server", async () => {
    const { file } = await takeBackup({ source: database, folder: dir });
    fs.writeFileSync(`${database}.pid`, String(process.pid));
    await expect(restoreBackup({ backup: file, target: database })).rejects.toThrow(/still running .* Stop it first/);
    // A server that has stopped without tidying up does not block a restore.
    fs.writeFileSync(`${database}.pid`, "999999999");
    await expect(restoreBackup({ backup: file, target: database })).resolves.toMatchObject({ check: { ok: true } });
  });
});

describe("rotation", () => {
  const now = new Date("2026-11-30T12:30:00Z");
  const at = (hoursAgo: number): Backup => {
    const takenAt = new Date(now.getTime() - hoursAgo * 3_600_000);
    return { file: takenAt.toISOString(), takenAt, encrypted: false };
  };

  it("keeps the newest of each hour for a day and of each day for a month", () => {
    // Every half hour for 40 days.
    const backups = Array.from({ length: 40 * 48 }, (_, i) => at(i / 2));
    const kept = backupsToKeep(backups, now);
    const hours = backups.filter((b) => kept.has(b.file) && now.getTime() - b.takenAt.getTime() < 86_400_000);
    expect(hours).toHaveLength(24);
    const oldest = backups.filter((b) => kept.has(b.file)).at(-1)!;
    expect(now.getTime() - oldest.takenAt.getTime()).toBeLessThan(31 * 86_400_000);
    expect(kept.size).toBeLessThan(24 + 32 + 1);
  });

  it("always keeps the newest, and deletes only backups", () => {
    fs.writeFileSync(path.join(dir, "coproduce-20250101T000000Z.db"), "");
    fs.writeFileSync(path.join(dir, "coproduce-20240101T000000Z.db"), "");
    fs.writeFileSync(path.join(dir, "notes.txt"), "");
    expect(rotateBackups(dir, now).map((f) => path.basename(f))).toEqual(["coproduce-20240101T000000Z.db"]);
    expect(listBackups(dir).map((b) => path.basename(b.file))).toEqual(["coproduce-20250101T000000Z.db"]);
    expect(fs.existsSync(path.join(dir, "notes.txt"))).toBe(true);
  });
});

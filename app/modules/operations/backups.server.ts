import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import Database from "better-sqlite3";
import { config } from "~/config.server";

// Online backups of the area's database, kept in rotation, checked when taken and again before a
// restore; optionally encrypted with BACKUP_KEY. The commands are db/backup.ts and db/restore.ts.

const NAME = /^coproduce-(\d{8}T\d{6}Z)\.db(\.enc)?$/;
const MAGIC = Buffer.from("COPRODUCE-BACKUP-1\n");

export function backupFolder(): string {
  return path.resolve(config.backup.dir || path.join(path.dirname(path.resolve(config.databasePath)), "backups"));
}

/** BACKUP_KEY, 32 random bytes written in base64 (`openssl rand -base64 32`), or none. */
export function backupKey(value = config.backup.key): Buffer | undefined {
  if (!value) return undefined;
  const key = Buffer.from(value, "base64");
  if (key.length !== 32) throw new Error("BACKUP_KEY must be 32 bytes in base64: make one with `openssl rand -base64 32`.");
  return key;
}

const stampOf = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
const dateOf = (stamp: string) =>
  new Date(`${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}Z`);

export type Backup = { file: string; takenAt: Date; encrypted: boolean };

/** Every backup in the folder, newest first. */
export function listBackups(folder: string): Backup[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .flatMap((name) => {
      const match = NAME.exec(name);
      return match ? [{ file: path.join(folder, name), takenAt: dateOf(match[1]!), encrypted: Boolean(match[2]) }] : [];
    })
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
}

export const newestBackup = (folder: string): Backup | undefined => listBackups(folder)[0];

export type BackupCheck = { ok: true; migrations: number; suggestions: number } | { ok: false; problem: string };

/** Whether a plain database file is whole and is Coproduce's: SQLite's integrity check, and our tables. */
export function checkDatabaseFile(file: string): BackupCheck {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = db.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") return { ok: false, problem: `SQLite's integrity check failed: ${String(integrity)}` };
    const migrations = (db.prepare("select count(*) as n from __drizzle_migrations").get() as { n: number }).n;
    const suggestions = (db.prepare("select count(*) as n from suggestions").get() as { n: number }).n;
    return { ok: true, migrations, suggestions };
  } catch (error) {
    return { ok: false, problem: `It is not a Coproduce database: ${(error as Error).message}` };
  } finally {
    db?.close();
  }
}

async function encryptFile(from: string, to: string, key: Buffer) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);
  fs.writeFileSync(to, Buffer.concat([MAGIC, iv]), { mode: 0o600 });
  await pipeline(fs.createReadStream(from), cipher, fs.createWriteStream(to, { flags: "a" }));
  fs.appendFileSync(to, cipher.getAuthTag());
}

/** Decrypts an encrypted backup; a wrong key or a changed file fails GCM's check and writes nothing usable. */
async function decryptFile(from: string, to: string, key: Buffer) {
  const size = fs.statSync(from).size;
  const head = Buffer.alloc(MAGIC.length + 12);
  const tag = Buffer.alloc(16);
  const fd = fs.openSync(from, "r");
  try {
    fs.readSync(fd, head, 0, head.length, 0);
    fs.readSync(fd, tag, 0, 16, size - 16);
  } finally {
    fs.closeSync(fd);
  }
  if (!head.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error("It is not an encrypted Coproduce backup.");
  const decipher = crypto.createDecipheriv("aes-256-gcm", key, head.subarray(MAGIC.length)).setAuthTag(tag);
  try {
    await pipeline(fs.createReadStream(from, { start: head.length, end: size - 17 }), decipher, fs.createWriteStream(to, { mode: 0o600 }));
  } catch {
    fs.rmSync(to, { force: true });
    throw new Error("It could not be decrypted: BACKUP_KEY is not the key it was made with, or the file has been changed.");
  }
}

/**
 * Copies the live database with SQLite's online backup API (consistent while the app writes),
 * checks the copy, encrypts it if there is a key, and only then gives it its final name.
 */
export async function takeBackup(options: { source?: string; folder?: string; key?: Buffer; now?: Date } = {}) {
  const source = options.source ?? config.databasePath;
  const folder = options.folder ?? backupFolder();
  const key = options.key ?? backupKey();
  if (!fs.existsSync(source)) throw new Error(`There is no database at ${source}. Set DATABASE_PATH to the one to back up.`);
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  const name = `coproduce-${stampOf(options.now ?? new Date())}.db${key ? ".enc" : ""}`;
  const file = path.join(folder, name);
  if (fs.existsSync(file)) throw new Error(`${file} already exists; no backup is overwritten.`);
  const partial = path.join(folder, `.${name}.partial`);
  const started = Date.now();
  try {
    const live = new Database(source, { fileMustExist: true });
    live.pragma("busy_timeout = 5000");
    try {
      await live.backup(partial);
    } finally {
      live.close();
    }
    fs.chmodSync(partial, 0o600);
    // The copy is a file on its own: out of write-ahead mode, so it needs no -wal or -shm beside it.
    const copy = new Database(partial);
    copy.pragma("journal_mode = DELETE");
    copy.close();
    const check = checkDatabaseFile(partial);
    if (!check.ok) throw new Error(`The copy failed its check, so it was not kept. ${check.problem}`);
    if (key) {
      await encryptFile(partial, `${partial}.enc`, key);
      fs.renameSync(`${partial}.enc`, file);
    } else fs.renameSync(partial, file);
    return { file, check, ms: Date.now() - started, bytes: fs.statSync(file).size };
  } finally {
    for (const leftover of [partial, `${partial}-wal`, `${partial}-shm`, `${partial}.enc`]) fs.rmSync(leftover, { force: true });
  }
}

/**
 * Which backups rotation keeps: the newest of each of the last `hourly` hours and of each of the
 * last `daily` days. The newest backup is always kept.
 */
export function backupsToKeep(backups: Backup[], now: Date, keep = { hourly: 24, daily: 31 }): Set<string> {
  const kept = new Set<string>();
  const newestIn = (slot: (d: Date) => string, count: number, span: number) => {
    const seen = new Set<string>();
    for (const backup of backups) {
      if (now.getTime() - backup.takenAt.getTime() >= count * span) continue;
      const key = slot(backup.takenAt);
      if (!seen.has(key)) kept.add(backup.file);
      seen.add(key);
    }
  };
  newestIn((d) => d.toISOString().slice(0, 13), keep.hourly, 3_600_000);
  newestIn((d) => d.toISOString().slice(0, 10), keep.daily, 86_400_000);
  if (backups[0]) kept.add(backups[0].file);
  return kept;
}

/** Deletes the backups rotation does not keep; says which. */
export function rotateBackups(
  folder: string,
  now = new Date(),
  keep = { hourly: config.backup.keepHourly, daily: config.backup.keepDaily },
): string[] {
  const backups = listBackups(folder);
  const kept = backupsToKeep(backups, now, keep);
  const removed = backups.filter((b) => !kept.has(b.file)).map((b) => b.file);
  for (const file of removed) fs.rmSync(file);
  return removed;
}

/** A backup made readable: the file itself, or a decrypted copy beside the target that the caller removes. */
async function plainCopy(backup: string, key: Buffer | undefined, beside: string): Promise<string> {
  const copy = `${beside}.restoring`;
  fs.rmSync(copy, { force: true });
  if (!backup.endsWith(".enc")) {
    fs.copyFileSync(backup, copy);
    return copy;
  }
  if (!key) throw new Error("This backup is encrypted: set BACKUP_KEY to the key it was made with.");
  await decryptFile(backup, copy, key);
  return copy;
}

/** The process serving this database, if one is running (app/server.ts writes its id beside the database). */
export function runningServer(database: string): number | undefined {
  const pidFile = `${database}.pid`;
  if (!fs.existsSync(pidFile)) return undefined;
  const pid = Number(fs.readFileSync(pidFile, "utf8").trim());
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

/**
 * Replaces the database with a backup, once the backup has passed its checks and the app is
 * stopped. The database it replaces is kept beside it (…before-restore-<time>), so a restore can
 * itself be undone.
 */
export async function restoreBackup(options: { backup: string; target?: string; key?: Buffer; now?: Date }) {
  const target = path.resolve(options.target ?? config.databasePath);
  if (!fs.existsSync(options.backup)) throw new Error(`There is no backup at ${options.backup}.`);
  const pid = runningServer(target);
  if (pid) throw new Error(`Coproduce is still running on this database (process ${pid}). Stop it first, then restore.`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const copy = await plainCopy(options.backup, options.key ?? backupKey(), target);
  try {
    const check = checkDatabaseFile(copy);
    if (!check.ok) throw new Error(`The backup failed its check, so nothing was replaced. ${check.problem}`);
    const keptAs = fs.existsSync(target) ? `${target}.before-restore-${stampOf(options.now ?? new Date())}` : undefined;
    if (keptAs) {
      // The log beside a database belongs to it: it goes with it, or SQLite would apply it to the backup.
      for (const suffix of ["", "-wal", "-shm"]) if (fs.existsSync(target + suffix)) fs.renameSync(target + suffix, keptAs + suffix);
    }
    fs.renameSync(copy, target);
    return { check, keptAs };
  } finally {
    fs.rmSync(copy, { force: true });
  }
}

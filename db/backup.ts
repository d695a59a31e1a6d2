// npm run backup [-- <file>]: an online copy of the database, taken with SQLite's backup API, so it
// is consistent even while the app is writing. The copy is checked before it is called good.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { config } from "~/config.server";

const source = config.databasePath;
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const destination = path.resolve(process.argv[2] ?? path.join(path.dirname(source), "backups", `coproduce-${stamp}.db`));

if (!fs.existsSync(source)) {
  console.error(`There is no database at ${source}. Set DATABASE_PATH to the one to back up.`);
  process.exit(1);
}
if (fs.existsSync(destination)) {
  console.error(`${destination} already exists: choose another file, so no backup is overwritten.`);
  process.exit(1);
}
fs.mkdirSync(path.dirname(destination), { recursive: true });

const started = Date.now();
const live = new Database(source, { fileMustExist: true });
// The app may hold a write lock for a moment; wait rather than fail.
live.pragma("busy_timeout = 5000");
await live.backup(destination);
live.close();

const copy = new Database(destination, { readonly: true });
const check = copy.pragma("integrity_check", { simple: true });
const suggestions = (copy.prepare("select count(*) as n from suggestions").get() as { n: number }).n;
copy.close();
if (check !== "ok") {
  console.error(`The backup at ${destination} failed its integrity check: ${String(check)}`);
  process.exit(1);
}
console.log(
  `Backed up ${source} to ${destination} in ${Date.now() - started} ms (${suggestions} suggestions). Restore by stopping the app and copying it back to DATABASE_PATH.`,
);

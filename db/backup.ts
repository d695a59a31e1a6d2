// npm run backup: an online, checked copy of the database in the backup folder (BACKUP_DIR, or
// backups/ beside the database), encrypted when BACKUP_KEY is set; then the folder is rotated
// (the newest of each hour for a day and of each day for a month, unless BACKUP_KEEP_HOURLY and
// BACKUP_KEEP_DAILY say otherwise). deploy/ runs it every hour with a systemd timer.
import path from "node:path";
import { backupFolder, rotateBackups, takeBackup } from "~/modules/operations/backups.server";

try {
  const { file, check, ms, bytes } = await takeBackup();
  const removed = rotateBackups(backupFolder());
  console.log(
    `Backed up to ${file} in ${ms} ms (${(bytes / 1e6).toFixed(1)} MB, ${check.suggestions} suggestions, integrity checked).` +
      (removed.length ? ` Rotation removed ${removed.map((f) => path.basename(f)).join(", ")}.` : ""),
  );
} catch (error) {
  console.error(`The backup failed: ${(error as Error).message}`);
  process.exit(1);
}

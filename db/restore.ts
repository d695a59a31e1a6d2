// npm run restore -- <backup file>: checks the backup (decrypting it with BACKUP_KEY if it is
// encrypted), and only if it is whole replaces the database at DATABASE_PATH. The app must be
// stopped first (systemctl stop coproduce@<area>); the database replaced is kept beside it.
import { config } from "~/config.server";
import { restoreBackup } from "~/modules/operations/backups.server";

const backup = process.argv[2];
if (!backup) {
  console.error("Say which backup to restore: npm run restore -- <file>. `ls` the backup folder to see them.");
  process.exit(1);
}
try {
  const { check, keptAs } = await restoreBackup({ backup });
  console.log(
    `Restored ${backup} to ${config.databasePath} (${check.suggestions} suggestions, integrity checked).` +
      (keptAs ? ` The database it replaced is kept at ${keptAs}.` : "") +
      " Start the app again; it applies any newer migrations as it starts.",
  );
} catch (error) {
  console.error(`Nothing was restored: ${(error as Error).message}`);
  process.exit(1);
}

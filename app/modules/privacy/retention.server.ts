import { and, inArray, lt, sql } from "drizzle-orm";
import { outbox } from "~db/schema";
import { getDb } from "~/db.server";
import { DAY_MS } from "~/modules/activities/activity";
import { activities } from "~/modules/activities/registry.server";
import { getAreaSettings } from "~/modules/settings/area.server";
import { recordAudit } from "./audit.server";

// Retention: personal details are kept only as long as they are needed. A daily job asks every kind
// of activity to remove what is past its period, removes old emails, and records what was removed in
// the audit trail. What people said, and every count, stays.

export type RetentionResult = Record<string, number>;

/** Removes every personal detail that is past its period, as of `now`. Running it again removes nothing more. */
export function applyRetention(now = new Date()): RetentionResult {
  const db = getDb();
  const periods = getAreaSettings(db);
  const result = db.transaction((tx): RetentionResult => {
    const removed: RetentionResult = Object.assign({}, ...activities().map(([, activity]) => activity.personalData.applyRetention(periods, tx, now)));
    removed.emails = tx
      .delete(outbox)
      .where(and(inArray(outbox.status, ["sent", "failed"]), lt(outbox.createdAt, new Date(now.getTime() - periods.emailDays * DAY_MS))))
      .run().changes;
    recordAudit("retention", "retention:daily", removed, tx);
    return removed;
  });
  db.run(sql`pragma wal_checkpoint(truncate)`);
  return result;
}

import { and, eq, inArray, isNotNull, lt, ne, or, sql } from "drizzle-orm";
import { charterSignatures, events, outbox, registrations, supporters, surveyResponses, surveys } from "~db/schema";
import { getDb } from "~/db.server";
import { getAreaSettings } from "~/modules/settings/area.server";
import { recordAudit } from "./audit.server";

// Retention: personal details are kept only as long as they are needed. A daily
// job removes what is due and records what it removed in the audit trail. What
// people said, and every count, stays.

const DAY = 86_400_000;

const monthsBefore = (now: Date, months: number) => {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
};

export type RetentionResult = {
  registrations: number;
  surveyResponses: number;
  unconfirmedSignatures: number;
  unconfirmedMeToos: number;
  emails: number;
};

/** Removes every personal detail that is past its period, as of `now`. Running it again removes nothing more. */
export function applyRetention(now = new Date()): RetentionResult {
  const db = getDb();
  const periods = getAreaSettings(db);
  const result = db.transaction((tx): RetentionResult => {
    const pastEvents = tx
      .select({ id: events.id })
      .from(events)
      .where(lt(events.endsAt, monthsBefore(now, periods.registrantMonths)))
      .all()
      .map((e) => e.id);
    const regs = pastEvents.length
      ? tx
          .update(registrations)
          .set({ name: "Removed", email: null, phone: "", accessNotes: "", dietaryNeeds: "", userId: null, wantsUpdates: false })
          .where(
            and(
              inArray(registrations.eventId, pastEvents),
              or(ne(registrations.name, "Removed"), isNotNull(registrations.email), isNotNull(registrations.userId)),
            ),
          )
          .run().changes
      : 0;
    const closed = tx
      .select({ id: surveys.id })
      .from(surveys)
      .where(lt(surveys.closesAt, monthsBefore(now, periods.surveyIdentityMonths)))
      .all()
      .map((s) => s.id);
    const responses = closed.length
      ? tx
          .update(surveyResponses)
          .set({ userId: null, contactName: null, contactEmail: null })
          .where(
            and(
              inArray(surveyResponses.surveyId, closed),
              or(isNotNull(surveyResponses.userId), isNotNull(surveyResponses.contactName), isNotNull(surveyResponses.contactEmail)),
            ),
          )
          .run().changes
      : 0;
    const signatures = tx
      .delete(charterSignatures)
      .where(
        and(
          eq(charterSignatures.status, "unconfirmed"),
          lt(charterSignatures.createdAt, new Date(now.getTime() - periods.unconfirmedSignatureDays * DAY)),
        ),
      )
      .run().changes;
    // A "me too" never confirmed by its email address is kept no longer than a signature never confirmed.
    const meToos = tx
      .delete(supporters)
      .where(
        and(isNotNull(supporters.pendingConfirmHash), lt(supporters.createdAt, new Date(now.getTime() - periods.unconfirmedSignatureDays * DAY))),
      )
      .run().changes;
    const emails = tx
      .delete(outbox)
      .where(and(inArray(outbox.status, ["sent", "failed"]), lt(outbox.createdAt, new Date(now.getTime() - periods.emailDays * DAY))))
      .run().changes;
    const removed = { registrations: regs, surveyResponses: responses, unconfirmedSignatures: signatures, unconfirmedMeToos: meToos, emails };
    recordAudit("retention", "retention:daily", removed, tx);
    return removed;
  });
  db.run(sql`pragma wal_checkpoint(truncate)`);
  return result;
}

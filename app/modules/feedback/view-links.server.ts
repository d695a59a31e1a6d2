import { and, eq } from "drizzle-orm";
import { suggestions, supporters, viewLinks } from "~db/schema";
import { getDb, type DbOrTx } from "~/db.server";
import * as feedbackEmails from "~emails/feedback";
import { enqueueEmail, enqueueText } from "~/modules/notifications/outbox.server";
import { ukMobile } from "~/modules/contact/contact.server";
import { newViewLinkText } from "~emails/texts";
import { emailContext } from "~/modules/settings/area.server";
import { reference } from "./reference";
import { contributorView, hash, link, viewLink } from "./suggestions.server";

// Every message about a suggestion links to the person's own view of it: a fresh token per message,
// stored only as a hash, that opens what this person may see whatever the suggestion's publication
// state. It expires; an expired link offers to send a new one to the address it was sent to.

type Found = { link: typeof viewLinks.$inferSelect; supporter: typeof supporters.$inferSelect };

function findLink(value: string, db: DbOrTx): Found | undefined {
  if (!value || value.length > 100) return undefined;
  return db
    .select({ link: viewLinks, supporter: supporters })
    .from(viewLinks)
    .innerJoin(supporters, eq(supporters.id, viewLinks.supporterId))
    .where(eq(viewLinks.tokenHash, hash(value)))
    .get();
}

/**
 * What a person sees from a link in a message: the suggestion they follow, its status, outcome and
 * timeline; their own words only if they wrote it (a supporter never sees the contributor's).
 */
export function openViewLink(value: string, now = new Date(), db: DbOrTx = getDb()) {
  const found = findLink(value, db);
  if (!found) return undefined;
  if (found.link.expiresAt <= now) return { expired: true as const, reference: reference(found.supporter.suggestionId) };
  const row = db.select().from(suggestions).where(eq(suggestions.id, found.supporter.suggestionId)).get();
  if (!row) return undefined;
  const view = contributorView(row);
  const key = found.supporter.supporterKey;
  // "merged-contributor:12": they wrote 12, which was joined with this one; their words are 12's.
  const mergedFrom = /^merged-contributor:(\d+)$/.exec(key)?.[1];
  const wrote =
    key === `contributor:${row.id}`
      ? row
      : mergedFrom
        ? db
            .select()
            .from(suggestions)
            .where(eq(suggestions.id, Number(mergedFrom)))
            .get()
        : undefined;
  return {
    expired: false as const,
    suggestion: { ...view, body: wrote?.body ?? "", createdAt: wrote?.createdAt ?? view.createdAt },
    role: wrote ? ("contributor" as const) : ("supporter" as const),
    mergedFrom: mergedFrom ? reference(Number(mergedFrom)) : null,
  };
}

/**
 * Sends a fresh link in place of an expired one, to the address or mobile number the old one was
 * sent to, if that is what was given. Says nothing either way, so the page never tells who follows what.
 */
export function sendNewViewLink(expired: string, given: string, now = new Date(), db: DbOrTx = getDb()): void {
  const found = findLink(expired, db);
  if (!found) return;
  const { supporter } = found;
  const toEmail = supporter.email && supporter.email.toLowerCase() === given.trim().toLowerCase() ? supporter.email : null;
  const toPhone = supporter.phone && ukMobile(given) === supporter.phone ? supporter.phone : null;
  if (!toEmail && !toPhone) return;
  db.transaction((tx) => {
    const ctx = emailContext(tx, supporter.language);
    const news = { reference: reference(supporter.suggestionId) };
    const key = `view-link:${supporter.id}:${now.getTime()}`;
    if (toPhone) {
      const text = newViewLinkText(ctx, {
        ...news,
        link: viewLink(tx, supporter.id, now, { short: true }),
        stopLink: link(`/s/${supporter.stopToken}`),
      });
      enqueueText(tx, toPhone, text, key);
    } else if (toEmail) {
      const message = feedbackEmails.newViewLink(ctx, {
        ...news,
        link: viewLink(tx, supporter.id, now),
        stopLink: link(`/stop-updates/${supporter.stopToken}`),
      });
      enqueueEmail(tx, toEmail, message, key);
    }
  });
}

/** Who follows a suggestion under this key: for the links in a message to them. */
export function followerOf(tx: DbOrTx, suggestionId: number, supporterKey: string) {
  return tx
    .select({ id: supporters.id, stopToken: supporters.stopToken })
    .from(supporters)
    .where(and(eq(supporters.suggestionId, suggestionId), eq(supporters.supporterKey, supporterKey)))
    .get();
}

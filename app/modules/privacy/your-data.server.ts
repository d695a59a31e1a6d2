import { translate } from "~/modules/i18n/catalogue.server";
import crypto from "node:crypto";
import { eq, or, sql } from "drizzle-orm";
import { authTokens, consents, outbox, sessions, userRoles, users } from "~db/schema";
import { getDb } from "~/db.server";
import type { DataRecord } from "~/modules/activities/activity";
import { activities } from "~/modules/activities/registry.server";
import { recordAudit } from "./audit.server";

// A person's rights over their data: everything held about them, readable and
// as a file, and erasure that removes who they are while what they said stays,
// anonymised, so published figures still add up.

export function findPersonByEmail(email: string) {
  return getDb()
    .select({ id: users.id, name: users.name, email: users.email, deactivatedAt: users.deactivatedAt })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()))
    .get();
}

/**
 * Everything held about one account holder: their account, then what each kind of activity holds
 * about them (by their account, and by their email address once they have proved they read it:
 * until then, what was given under that address may be someone else's, decision 0011).
 */
export function personData(userId: string) {
  const db = getDb();
  const user = db.select().from(users).where(eq(users.id, userId)).get();
  if (!user) return undefined;
  const subject = { userId, email: user.email, provedEmail: user.emailVerifiedAt ? user.email : null };
  const roles = db
    .select({ role: userRoles.role })
    .from(userRoles)
    .where(eq(userRoles.userId, userId))
    .all()
    .map((r) => r.role);
  const byAccount = eq(consents.userId, userId);
  const sections: Record<string, DataRecord[]> = {
    account: [
      {
        name: user.name,
        email: user.email,
        ageGroup: user.ageGroup,
        roles,
        createdAt: user.createdAt,
        emailConfirmedAt: user.emailVerifiedAt,
        updatesBy: user.updatesChannel,
        ...(user.phone ? { phone: user.phone } : {}),
        ...(user.postalAddress ? { postalAddress: `${user.postalAddress}\n${user.postcode ?? ""}` } : {}),
        ...(user.forumContact ? { forumContact: user.forumContact } : {}),
      },
    ],
    ...Object.assign({}, ...activities().map(([, activity]) => activity.personalData.export(subject, db))),
    consents: db
      .select()
      .from(consents)
      .where(subject.provedEmail ? or(byAccount, eq(consents.email, subject.provedEmail)) : byAccount)
      .all()
      .map((c) => ({ for: c.purpose, record: c.record, wording: c.wording, privacyNoticeVersion: c.noticeVersion, at: c.givenAt })),
  };
  return sections;
}

/** Words for the fields of "your data", from every kind of activity, in the reader's language. */
export function personDataLabels(): Record<string, string> {
  const keys: Record<string, string> = Object.assign({}, ...activities().map(([, activity]) => activity.personalData.labels));
  return Object.fromEntries(Object.entries(keys).map(([field, key]) => [field, translate(key)]));
}

/**
 * Erases a person: their name, email, phone, account and sign-in are gone; what they said stays
 * without them, in every kind of activity, so published figures and counts do not change. Recorded
 * in the audit trail with who did it, never whose it was.
 */
export function erasePerson(userId: string, how: string, now = new Date()): boolean {
  const db = getDb();
  const user = db.select().from(users).where(eq(users.id, userId)).get();
  if (!user) return false;
  const email = user.email;
  const erased = `erased-${crypto.randomBytes(6).toString("hex")}@erased.invalid`;
  db.transaction((tx) => {
    for (const [, activity] of activities()) activity.personalData.erase({ userId, email }, tx, now);
    tx.delete(outbox).where(eq(outbox.toAddress, email)).run();
    tx.delete(consents)
      .where(or(eq(consents.userId, userId), eq(consents.email, email)))
      .run();
    tx.delete(sessions).where(eq(sessions.userId, userId)).run();
    tx.delete(authTokens).where(eq(authTokens.userId, userId)).run();
    tx.delete(userRoles).where(eq(userRoles.userId, userId)).run();
    // The account row stays, emptied, so review ratings and invitations still count.
    tx.update(users)
      .set({ name: "Former member", email: erased, passwordHash: null, emailVerifiedAt: null, deactivatedAt: now })
      .where(eq(users.id, userId))
      .run();
    recordAudit("erase", `users:${userId}`, { how }, tx);
  });
  // Overwrite what was deleted, in the database file and its write-ahead log.
  db.run(sql`pragma wal_checkpoint(truncate)`);
  return true;
}

import { eq, inArray, or, sql } from "drizzle-orm";
import { suggestions, supporters, users, registrations } from "~db/schema";
import { getDb, type DbOrTx } from "~/db.server";
import type { FollowChannel, LanguageCode } from "~db/schema/enums";
import type { Contact } from "~/modules/contact/contact.server";

// How a member is contacted, in one place. "Updates on my suggestions" drives
// every update email about suggestions they made or supported; the one-click
// stop link in those emails changes it too.

export type ContactPreferences = { suggestionUpdates: boolean; eventReminders: boolean; surveyInvitations: boolean };

export function contactPreferences(userId: string): ContactPreferences | undefined {
  return getDb()
    .select({ suggestionUpdates: users.suggestionUpdates, eventReminders: users.eventReminders, surveyInvitations: users.surveyInvitations })
    .from(users)
    .where(eq(users.id, userId))
    .get();
}

/** The supporter rows (their own suggestions and their "me too"s) that belong to a member. */
function memberSupporterRows(tx: DbOrTx, userId: string, email: string) {
  const own = tx
    .select({ id: suggestions.id })
    .from(suggestions)
    .where(eq(suggestions.contributorUserId, userId))
    .all()
    .map((s) => `contributor:${s.id}`);
  return or(eq(supporters.supporterKey, `user:${userId}`), eq(supporters.email, email), own.length ? inArray(supporters.supporterKey, own) : sql`0`);
}

/** Saves what a member wants to hear about and, when given, the language every message to them is in. */
export function setContactPreferences(userId: string, prefs: ContactPreferences, language?: LanguageCode) {
  getDb().transaction((tx) => {
    const user = tx.select({ email: users.email }).from(users).where(eq(users.id, userId)).get();
    if (!user) return;
    tx.update(users)
      .set({ ...prefs, ...(language ? { language } : {}) })
      .where(eq(users.id, userId))
      .run();
    tx.update(supporters)
      .set({ updates: prefs.suggestionUpdates, ...(language ? { language } : {}) })
      .where(memberSupporterRows(tx, userId, user.email))
      .run();
    if (language) tx.update(registrations).set({ language }).where(eq(registrations.userId, userId)).run();
  });
}

/** How a member hears of their suggestions and "me too"s: the way they chose, with its details (email is the account's). */
export function memberContact(userId: string, db: DbOrTx = getDb()): Contact | undefined {
  const u = db.select().from(users).where(eq(users.id, userId)).get();
  if (!u) return undefined;
  const { updatesChannel: channel, phone, postalAddress, postcode, easyRead, forumContact } = u;
  return { channel, email: u.email, phone, postalAddress, postcode, easyRead, forumContact };
}

/** Saves how a member hears back, and moves every suggestion and "me too" they follow to it. */
export function setMemberContact(userId: string, contact: Contact & { channel: FollowChannel }) {
  getDb().transaction((tx) => {
    const user = tx.select({ email: users.email }).from(users).where(eq(users.id, userId)).get();
    if (!user) return;
    const { channel, phone, postalAddress, postcode, easyRead, forumContact } = contact;
    const details = { phone, postalAddress, postcode, easyRead, forumContact };
    tx.update(users)
      .set({ updatesChannel: channel, ...details })
      .where(eq(users.id, userId))
      .run();
    // Their account's email stays on each, for news a text cannot carry.
    tx.update(supporters)
      .set({ channel, ...details })
      .where(memberSupporterRows(tx, userId, user.email))
      .run();
  });
}

/** The member a supporter row belongs to, if any: from a stop link, their preference changes. */
export function memberOfSupporter(tx: DbOrTx, row: { supporterKey: string; suggestionId: number; email: string | null }): string | null {
  if (row.supporterKey.startsWith("user:")) return row.supporterKey.slice(5);
  if (row.supporterKey.startsWith("contributor:")) {
    const s = tx.select({ userId: suggestions.contributorUserId }).from(suggestions).where(eq(suggestions.id, row.suggestionId)).get();
    if (s?.userId) return s.userId;
  }
  return row.email ? (tx.select({ id: users.id }).from(users).where(eq(users.email, row.email)).get()?.id ?? null) : null;
}

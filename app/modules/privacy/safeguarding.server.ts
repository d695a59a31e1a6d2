import { desc, eq, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { safeguardingFlags, users, type FlagSource } from "~db/schema";
import { getDb, type DbOrTx } from "~/db.server";
import { config } from "~/config.server";
import * as privacyEmails from "~emails/privacy";
import { enqueueEmail } from "~/modules/notifications/outbox.server";
import { emailContext, getAreaSettings } from "~/modules/settings/area.server";

// The safeguarding check: free text from every source is compared with the
// area's list of concerning words and phrases. A match holds the text back
// and tells the designated safeguarding contact by a link, never the words.
// Officers can flag anything by hand too: the list is not the only defence.

export const DEFAULT_CONCERN_PHRASES = [
  "hurt myself",
  "harm myself",
  "self harm",
  "self-harm",
  "kill myself",
  "suicide",
  "suicidal",
  "want to die",
  "cutting myself",
  "abuse",
  "abused",
  "abusing",
  "hits me",
  "hit me",
  "beats me",
  "touched me",
  "not safe at home",
  "unsafe at home",
  "scared to go home",
  "afraid to go home",
  "not safe at school",
  "unsafe at school",
  "scared at school",
  "no food at home",
  "neglect",
];

/** The area's list, one phrase per line; the defaults when it has none. */
export function concernPhrases(db: DbOrTx = getDb()): string[] {
  const own = getAreaSettings(db)
    .concernPhrases.split("\n")
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
  return own.length ? own : DEFAULT_CONCERN_PHRASES;
}

const simplify = (text: string) =>
  ` ${text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\p{L}\p{N}'-]+/gu, " ")
    .trim()} `;

/** The first listed phrase found as whole words in the text, or null. */
export function findConcern(text: string, phrases: string[]): string | null {
  const haystack = simplify(text);
  return phrases.find((phrase) => haystack.includes(simplify(phrase))) ?? null;
}

export type FlagInput = {
  source: FlagSource;
  sourceKey: string;
  label: string;
  link: string;
  matched: string;
  flaggedBy: { id: string; name: string } | null;
};

/**
 * Records a concern (once per record) and emails the safeguarding contact a
 * link to it. Call inside the transaction that holds the text back.
 */
export function raiseFlag(tx: DbOrTx, input: FlagInput, now = new Date()): boolean {
  const inserted = tx
    .insert(safeguardingFlags)
    .values({
      source: input.source,
      sourceKey: input.sourceKey,
      label: input.label,
      link: input.link,
      matched: input.matched,
      flaggedBy: input.flaggedBy?.id ?? null,
      flaggedAt: now,
    })
    .onConflictDoNothing()
    .returning({ id: safeguardingFlags.id })
    .get();
  if (!inserted) return false;
  const { safeguardingEmail } = getAreaSettings(tx);
  if (safeguardingEmail) {
    const message = privacyEmails.safeguardingAlert(emailContext(tx), {
      label: input.label,
      flaggedBy: input.flaggedBy?.name ?? null,
      link: `${config.appUrl}${input.link}`,
      recordLink: `${config.appUrl}/manage/safeguarding#flag-${inserted.id}`,
    });
    enqueueEmail(tx, safeguardingEmail, message, `safeguarding:${input.sourceKey}`);
  }
  return true;
}

/** Every flag, those waiting for action first. */
export function listFlags() {
  const flagger = alias(users, "flagger");
  const resolver = alias(users, "resolver");
  return getDb()
    .select({ flag: safeguardingFlags, flaggedBy: flagger.name, resolvedBy: resolver.name })
    .from(safeguardingFlags)
    .leftJoin(flagger, eq(flagger.id, safeguardingFlags.flaggedBy))
    .leftJoin(resolver, eq(resolver.id, safeguardingFlags.resolvedBy))
    .orderBy(sql`${safeguardingFlags.resolvedAt} is not null`, desc(safeguardingFlags.flaggedAt))
    .all()
    .map(({ flag, flaggedBy, resolvedBy }) => ({
      id: flag.id,
      label: flag.label,
      link: flag.link,
      matched: flag.matched,
      flaggedBy,
      flaggedAt: flag.flaggedAt,
      actionTaken: flag.actionTaken,
      resolvedBy: flag.resolvedBy ? (resolvedBy ?? "A former officer") : null,
      resolvedAt: flag.resolvedAt,
    }));
}

export function openFlagCount(): number {
  return (
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(safeguardingFlags)
      .where(isNull(safeguardingFlags.resolvedAt))
      .get()?.n ?? 0
  );
}

/** The contact records what they did; the flag is then closed. */
export function recordAction(id: number, actionTaken: string, userId: string, now = new Date()): boolean {
  return (
    getDb().update(safeguardingFlags).set({ actionTaken, resolvedBy: userId, resolvedAt: now }).where(eq(safeguardingFlags.id, id)).run().changes ===
    1
  );
}

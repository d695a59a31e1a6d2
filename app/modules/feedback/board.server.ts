import crypto from "node:crypto";
import type { LanguageCode } from "~db/schema/enums";
import { and, count, desc, eq, inArray, isNotNull, ne, sql, type SQL } from "drizzle-orm";
import { strategyActions, suggestionActions, suggestionTimeline, suggestions, supporters, topics, type SuggestionStatus } from "~db/schema";
import { getDb, type DbOrTx } from "~/db.server";
import { toCsv } from "~/utils/csv.server";
import { median, workingDaysBetween } from "~/utils/working-days";
import { countedSupporter, linkedActions, publicTimeline } from "./suggestions.server";
import { newStopToken } from "./changes.server";
import { reference } from "./reference";
import { jointAgreement } from "./sign-off.server";
import { memoByVersion, memoByVersionFor } from "~/utils/content-version.server";
import { config } from "~/config.server";
import * as feedbackEmails from "~emails/feedback";
import { hitRateLimits } from "~/modules/auth/rate-limit.server";
import { memberContact } from "~/modules/privacy/preferences.server";
import { enqueueEmail, enqueueText } from "~/modules/notifications/outbox.server";
import { meTooConfirmText } from "~emails/texts";
import { indexOf, nearest } from "~/modules/themes/words";
import { emailContext } from "~/modules/settings/area.server";

// The public "You said, we did" board. Only published suggestions, only their
// public fields: never a contributor's name, email or own words.

export const BOARD_PAGE_SIZE = 20;

// Written exactly as the partial index suggestions_public_idx is (literal values, plain names), so SQLite uses it.
const isPublished = sql`published_at is not null and safeguarding = 0 and status != 'merged'`;

export type BoardFilters = { topicId?: number; status?: SuggestionStatus; actionId?: number; q?: string; page?: number };

/** Turns what someone typed into a safe full-text query: words only, each must appear. */
export function searchQuery(q: string): string | null {
  const words = (q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 10);
  return words.length ? words.map((w) => `"${w}"*`).join(" ") : null;
}

// Pages already built since the board last changed, by filters.
const cachedBoardPage = memoByVersionFor((key) => {
  // JSON keeps an absent filter as null.
  const [topicId, status, actionId, q, page] = (JSON.parse(key) as (number | string | null)[]).map((value) => value ?? undefined);
  return buildBoardPage({ topicId, status, actionId, q, page } as BoardFilters);
});

/** A page of the board, reused until anything on the board changes. */
export function boardPage(filters: BoardFilters) {
  return cachedBoardPage(JSON.stringify([filters.topicId, filters.status, filters.actionId, filters.q?.toLowerCase(), filters.page]));
}

function buildBoardPage(filters: BoardFilters, db: DbOrTx = getDb()) {
  const conditions: (SQL | undefined)[] = [isPublished];
  if (filters.topicId) conditions.push(eq(suggestions.topicId, filters.topicId));
  if (filters.status) conditions.push(eq(suggestions.status, filters.status));
  if (filters.actionId) {
    conditions.push(sql`${suggestions.id} in (select suggestion_id from suggestion_actions where action_id = ${filters.actionId})`);
  }
  const match = filters.q ? searchQuery(filters.q) : null;
  if (match) conditions.push(sql`${suggestions.id} in (select rowid from suggestions_public_fts where suggestions_public_fts match ${match})`);
  const where = and(...conditions);
  // SQLite's planner would scan the whole table to count; the partial index holds every row that can match.
  const total = db.get<{ n: number }>(sql`select count(*) as n from ${suggestions} indexed by suggestions_public_idx where ${where}`)?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / BOARD_PAGE_SIZE));
  const page = Math.min(Math.max(1, filters.page ?? 1), pages);
  const rows = db
    .select({
      id: suggestions.id,
      publicWording: suggestions.publicWording,
      status: suggestions.status,
      outcome: suggestions.outcome,
      outcomeEasyRead: suggestions.outcomeEasyRead,
      publishedAt: suggestions.publishedAt,
      topic: topics.name,
    })
    .from(suggestions)
    .leftJoin(topics, eq(topics.id, suggestions.topicId))
    .where(where)
    .orderBy(desc(suggestions.publishedAt), desc(suggestions.id))
    .limit(BOARD_PAGE_SIZE)
    .offset((page - 1) * BOARD_PAGE_SIZE)
    .all();
  const ids = rows.map((r) => r.id);
  const actions = ids.length
    ? db
        .select({ suggestionId: suggestionActions.suggestionId, id: strategyActions.id, code: strategyActions.code })
        .from(suggestionActions)
        .innerJoin(strategyActions, eq(strategyActions.id, suggestionActions.actionId))
        .where(inArray(suggestionActions.suggestionId, ids))
        .all()
    : [];
  const latest = ids.length
    ? db.all<{ suggestionId: number; publicNote: string; createdAt: number }>(sql`
        select suggestion_id as suggestionId, public_note as publicNote, created_at as createdAt from suggestion_timeline e
        where e.id in (select max(id) from suggestion_timeline where is_public = 1 and public_note != '' and suggestion_id in (${sql.join(
          ids.map((id) => sql`${id}`),
          sql`, `,
        )}) group by suggestion_id)`)
    : [];
  const supportCounts = ids.length
    ? db
        .select({ suggestionId: supporters.suggestionId, n: count() })
        .from(supporters)
        .where(and(inArray(supporters.suggestionId, ids), countedSupporter))
        .groupBy(supporters.suggestionId)
        .all()
    : [];
  return {
    total,
    page,
    pages,
    suggestions: rows.map((row) => ({
      ...row,
      reference: reference(row.id),
      actions: actions.filter((a) => a.suggestionId === row.id).map(({ id, code }) => ({ id, code })),
      latestUpdate: latest.find((l) => l.suggestionId === row.id) ?? null,
      supporters: supportCounts.find((c) => c.suggestionId === row.id)?.n ?? 0,
    })),
  };
}

/** Headline figures for the top of the board, recomputed only when something changes. */
export const boardFigures = memoByVersion(() => {
  const db = getDb();
  const heard = db.select({ n: count() }).from(suggestions).where(ne(suggestions.status, "merged")).get()?.n ?? 0;
  const published = db.select({ n: count() }).from(suggestions).where(isPublished).get()?.n ?? 0;
  const withOutcome =
    db
      .select({ n: count() })
      .from(suggestions)
      .where(and(isPublished, inArray(suggestions.status, ["done", "not_possible"])))
      .get()?.n ?? 0;
  const responded = db
    .select({ createdAt: suggestions.createdAt, firstResponseAt: suggestions.firstResponseAt })
    .from(suggestions)
    .where(isNotNull(suggestions.firstResponseAt))
    .all();
  const days = median(responded.map((r) => workingDaysBetween(r.createdAt, r.firstResponseAt!)));
  return {
    heard,
    published,
    withOutcome,
    outcomeShare: published ? Math.round((withOutcome / published) * 100) : 0,
    medianDaysToFirstResponse: days,
  };
});

export function publicSuggestion(id: number, db: DbOrTx = getDb()) {
  const row = db
    .select({
      id: suggestions.id,
      publicWording: suggestions.publicWording,
      status: suggestions.status,
      outcome: suggestions.outcome,
      outcomeEasyRead: suggestions.outcomeEasyRead,
      publishedAt: suggestions.publishedAt,
      outcomeAt: suggestions.outcomeAt,
      topic: topics.name,
      mergedIntoId: suggestions.mergedIntoId,
      safeguarding: suggestions.safeguarding,
    })
    .from(suggestions)
    .leftJoin(topics, eq(topics.id, suggestions.topicId))
    .where(eq(suggestions.id, id))
    .get();
  if (!row || row.safeguarding) return undefined;
  if (row.status === "merged") return { mergedInto: row.mergedIntoId } as const;
  if (!row.publishedAt) return undefined;
  const supporterCount =
    db
      .select({ n: count() })
      .from(supporters)
      .where(and(eq(supporters.suggestionId, id), countedSupporter))
      .get()?.n ?? 0;
  const { safeguarding: _s, mergedIntoId: _m, ...visible } = row;
  return {
    suggestion: {
      ...visible,
      reference: reference(id),
      supporters: supporterCount,
      actions: linkedActions(id, db),
      timeline: publicTimeline(id, db),
      agreed: jointAgreement(id, row.outcome) ?? null,
    },
  } as const;
}

export type SupportResult = { status: "added" | "already" | "check-email" } | { status: "not-found" };

const hashOf = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

/** A signed-in member's "me too": their account has proved its email, so it counts at once. */
export function supportAsMember(input: { suggestionId: number; userId: string; email: string; language?: LanguageCode }): SupportResult {
  const db = getDb();
  const target = db
    .select({ id: suggestions.id })
    .from(suggestions)
    .where(and(eq(suggestions.id, input.suggestionId), isPublished))
    .get();
  if (!target) return { status: "not-found" };
  // They hear the way they chose in their account.
  const way = memberContact(input.userId, db);
  const result = db
    .insert(supporters)
    .values({
      suggestionId: input.suggestionId,
      supporterKey: `user:${input.userId}`,
      email: input.email,
      channel: way?.channel ?? "email",
      phone: way?.phone ?? null,
      postalAddress: way?.postalAddress ?? null,
      postcode: way?.postcode ?? null,
      easyRead: way?.easyRead ?? false,
      forumContact: way?.forumContact ?? null,
      language: input.language ?? "en",
      stopToken: newStopToken(),
      createdAt: new Date(),
    })
    .onConflictDoNothing()
    .run();
  return { status: result.changes ? "added" : "already" };
}

/** How a visitor proves it is them, and hears updates if they ask: an email address, or a UK mobile number (international form). */
export type CheckedBy = { channel: "email"; email: string } | { channel: "sms"; phone: string };

/**
 * A visitor's "me too", by email or text message: it counts, and brings updates, only once they
 * follow the link sent to that address or number, so nobody can put another person down for
 * messages or count one person many times. The answer is the same whether or not the address or
 * number has said "me too" before.
 */
export function supportByContact(
  input: { suggestionId: number; by: CheckedBy; updates: boolean; language?: LanguageCode },
  now = new Date(),
): SupportResult {
  const language = input.language ?? "en";
  const db = getDb();
  const target = db
    .select({ id: suggestions.id, publicWording: suggestions.publicWording })
    .from(suggestions)
    .where(and(eq(suggestions.id, input.suggestionId), isPublished))
    .get();
  if (!target) return { status: "not-found" };
  const { by } = input;
  const address = by.channel === "email" ? by.email : by.phone;
  const supporterKey = `${by.channel === "email" ? "email" : "phone"}:${address}`;
  // A few links an hour to one address or number, whatever the suggestion: enough for a person, too few to flood anyone.
  if (!hitRateLimits([{ key: `me-too:${supporterKey}`, limit: { max: 5, windowMs: 60 * 60_000 } }]).ok) return { status: "check-email" };
  db.transaction((tx) => {
    const existing = tx
      .select()
      .from(supporters)
      .where(and(eq(supporters.suggestionId, input.suggestionId), eq(supporters.supporterKey, supporterKey)))
      .get();
    if (existing && !existing.pendingConfirmHash) return;
    const token = crypto.randomBytes(24).toString("base64url");
    if (existing) {
      tx.update(supporters)
        .set({ pendingConfirmHash: hashOf(token), updates: input.updates, language })
        .where(eq(supporters.id, existing.id))
        .run();
    } else {
      tx.insert(supporters)
        .values({
          suggestionId: input.suggestionId,
          supporterKey,
          email: by.channel === "email" ? by.email : null,
          channel: by.channel,
          phone: by.channel === "sms" ? by.phone : null,
          updates: input.updates,
          language,
          stopToken: newStopToken(),
          pendingConfirmHash: hashOf(token),
          createdAt: now,
        })
        .run();
    }
    const ctx = emailContext(tx, language);
    const news = { reference: reference(target.id), link: `${config.appUrl}/me-too/${token}`, updates: input.updates };
    const key = `me-too:${input.suggestionId}:${hashOf(token).slice(0, 16)}`;
    if (by.channel === "sms") enqueueText(tx, by.phone, meTooConfirmText(ctx, news), key);
    else enqueueEmail(tx, by.email, feedbackEmails.confirmMeToo(ctx, { ...news, publicWording: target.publicWording ?? "" }), key);
  });
  return { status: "check-email" };
}

/** The suggestion an emailed "me too" link is for, without using it. */
export function pendingSupport(token: string): { suggestionId: number } | undefined {
  if (!/^[A-Za-z0-9_-]{20,60}$/.test(token)) return undefined;
  return getDb()
    .select({ suggestionId: supporters.suggestionId })
    .from(supporters)
    .where(eq(supporters.pendingConfirmHash, hashOf(token)))
    .get();
}

/** Counts a visitor's "me too" once they follow the emailed link. */
export function confirmSupport(token: string): { suggestionId: number } | undefined {
  if (!/^[A-Za-z0-9_-]{20,60}$/.test(token)) return undefined;
  const row = getDb()
    .update(supporters)
    .set({ pendingConfirmHash: null })
    .where(eq(supporters.pendingConfirmHash, hashOf(token)))
    .returning({ suggestionId: supporters.suggestionId })
    .get();
  return row;
}

export function hasSupported(suggestionId: number, userId: string | null) {
  if (!userId) return false;
  return Boolean(
    getDb()
      .select({ id: supporters.id })
      .from(supporters)
      .where(and(eq(supporters.suggestionId, suggestionId), eq(supporters.supporterKey, `user:${userId}`)))
      .get(),
  );
}

/** The newest outcomes, for the Atom feed. */
export function latestOutcomes(limit = 50, db: DbOrTx = getDb()) {
  return db
    .select({
      id: suggestions.id,
      publicWording: suggestions.publicWording,
      status: suggestions.status,
      outcome: suggestions.outcome,
      outcomeAt: suggestions.outcomeAt,
    })
    .from(suggestions)
    .where(and(isPublished, inArray(suggestions.status, ["done", "not_possible"]), isNotNull(suggestions.outcomeAt)))
    .orderBy(desc(suggestions.outcomeAt))
    .limit(limit)
    .all()
    .map((r) => ({ ...r, reference: reference(r.id) }));
}

/** Published suggestions with an outcome or update in a period, grouped by topic, for the printable report. */
export function reportForPeriod(from: Date, to: Date, db: DbOrTx = getDb()) {
  const rows = db
    .select({
      id: suggestions.id,
      publicWording: suggestions.publicWording,
      status: suggestions.status,
      outcome: suggestions.outcome,
      outcomeAt: suggestions.outcomeAt,
      topic: topics.name,
    })
    .from(suggestions)
    .leftJoin(topics, eq(topics.id, suggestions.topicId))
    .where(
      and(
        isPublished,
        sql`${suggestions.id} in (select suggestion_id from ${suggestionTimeline} where is_public = 1 and created_at >= ${from.getTime()} and created_at < ${to.getTime()})`,
      ),
    )
    .orderBy(topics.name, suggestions.id)
    .all();
  const groups = new Map<string, ((typeof rows)[number] & { reference: string; actions: { code: string }[] })[]>();
  for (const row of rows) {
    const key = row.topic ?? "Other";
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push({ ...row, reference: reference(row.id), actions: linkedActions(row.id, db) });
  }
  return [...groups.entries()].map(([topic, suggestions]) => ({ topic, suggestions }));
}

/** The public CSV: public fields only. */
export function publicCsv(db: DbOrTx = getDb()) {
  const rows = db
    .select({
      id: suggestions.id,
      publicWording: suggestions.publicWording,
      status: suggestions.status,
      outcome: suggestions.outcome,
      topic: topics.name,
      publishedAt: suggestions.publishedAt,
    })
    .from(suggestions)
    .leftJoin(topics, eq(topics.id, suggestions.topicId))
    .where(isPublished)
    .orderBy(suggestions.id)
    .all();
  const codes = db
    .select({ suggestionId: suggestionActions.suggestionId, code: strategyActions.code })
    .from(suggestionActions)
    .innerJoin(strategyActions, eq(strategyActions.id, suggestionActions.actionId))
    .all();
  const bySuggestion = new Map<number, string[]>();
  for (const c of codes) bySuggestion.set(c.suggestionId, [...(bySuggestion.get(c.suggestionId) ?? []), c.code]);
  return toCsv(
    ["reference", "topic", "you_said", "status", "actions", "we_did", "published"],
    rows.map((r) => [
      reference(r.id),
      r.topic ?? "",
      r.publicWording,
      r.status.replace("_", " "),
      (bySuggestion.get(r.id) ?? []).join(" "),
      r.outcome,
      r.publishedAt?.toISOString().slice(0, 10) ?? "",
    ]),
  );
}

// Every published suggestion's public wording, ready to compare, rebuilt when public content changes.
const publishedIndex = memoByVersion(() =>
  indexOf(
    getDb()
      .select({ id: suggestions.id, text: suggestions.publicWording, status: suggestions.status })
      .from(suggestions)
      .where(sql`published_at is not null and safeguarding = 0 and status != 'merged'`)
      .all(),
  ),
);

/**
 * "Others have said something like this: add your voice": published suggestions alike to what a
 * person is writing, by the same measure as suggested groupings. Only public wordings are read.
 */
export function similarPublished(text: string, { except, most = 3 }: { except?: number; most?: number } = {}) {
  return nearest(publishedIndex(), text, { most: most + 1, least: 0.25 })
    .filter(({ item }) => item.id !== except)
    .slice(0, most)
    .map(({ item }) => ({ id: item.id, reference: reference(item.id), wording: item.text, status: item.status }));
}

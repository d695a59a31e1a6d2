import { and, asc, count, desc, eq, inArray, isNull, lt, sql, type SQL } from "drizzle-orm";
import { suggestionTimeline, suggestions, supporters, topics, users, userRoles, type ActivityKind, type SuggestionStatus } from "~db/schema";
import { memoByVersion } from "~/utils/content-version.server";
import { getDb, type DbOrTx } from "~/db.server";
import { getAreaSettings } from "~/modules/settings/area.server";
import { workingDaysBetween } from "~/utils/working-days";
import { reference } from "./reference";
import { mostAlike, terms } from "~/modules/themes/words";
import { countedSupporter, linkedActions } from "./suggestions.server";

// What officers see of suggestions: the triage queue, one suggestion's full record, and the ones like it.
// The changes they make are in changes.server.ts.

export type QueueFilters = {
  status?: SuggestionStatus | "open";
  topicId?: number;
  origin?: ActivityKind;
  /** With `origin`: one activity of that kind (an event's points heard). */
  originId?: number;
  assignee?: string | "none";
  overdueOnly?: boolean;
  /** Only suggestions that have been waiting (or took) more than this many working days. */
  olderThanDays?: number;
  /** Only published outcomes that have no easy-read version yet. */
  easyReadMissing?: boolean;
  page?: number;
};

// A published "we did" or "we can't" with no easy-read version beside it.
const lacksEasyRead = sql`(${suggestions.publishedAt} is not null and ${suggestions.safeguarding} = 0
  and ${suggestions.status} in ('done', 'not_possible') and ${suggestions.outcomeEasyRead} = '')`;

/** Read on every visit to the queue, so counted again only after something changed. */
export const countOutcomesWithoutEasyRead = memoByVersion(
  (): number => getDb().select({ n: count() }).from(suggestions).where(lacksEasyRead).get()?.n ?? 0,
);

const QUEUE_PAGE_SIZE = 50;

/** The moment before which a suggestion without a first response is overdue. */
export function overdueCutoff(responseDays: number, now = new Date()): Date {
  // Walk back from now until `responseDays` working days lie between.
  const cutoff = new Date(now);
  let guard = 0;
  while (workingDaysBetween(cutoff, now) < responseDays && guard++ < 4000) cutoff.setTime(cutoff.getTime() - 24 * 3600_000);
  return cutoff;
}

/** Which suggestions the queue's filters choose: the one rule for the list and for "all matching". */
function queueWhere(filters: QueueFilters, responseDays: number, now: Date) {
  const conditions: SQL[] = [];
  if (filters.easyReadMissing) conditions.push(lacksEasyRead);
  else if (filters.status === "open" || !filters.status)
    conditions.push(inArray(suggestions.status, ["received", "under_review", "planned", "in_progress"]));
  else conditions.push(eq(suggestions.status, filters.status));
  if (filters.topicId) conditions.push(eq(suggestions.topicId, filters.topicId));
  if (filters.origin) conditions.push(eq(suggestions.originKind, filters.origin));
  if (filters.origin && filters.originId) conditions.push(eq(suggestions.originId, filters.originId));
  if (filters.assignee === "none") conditions.push(isNull(suggestions.assigneeId));
  else if (filters.assignee) conditions.push(eq(suggestions.assigneeId, filters.assignee));
  const cutoff = overdueCutoff(responseDays, now);
  if (filters.overdueOnly) conditions.push(isNull(suggestions.firstResponseAt), lt(suggestions.createdAt, cutoff));
  if (filters.olderThanDays) conditions.push(lt(suggestions.createdAt, overdueCutoff(filters.olderThanDays, now)));
  return and(...conditions);
}

/** Every suggestion the filters choose, oldest first: for a change to all of them at once. */
export function queueIds(filters: QueueFilters, now = new Date()): number[] {
  const where = queueWhere(filters, getAreaSettings().responseDays, now);
  return getDb()
    .select({ id: suggestions.id })
    .from(suggestions)
    .where(where)
    .orderBy(asc(suggestions.createdAt), asc(suggestions.id))
    .all()
    .map((s) => s.id);
}

export function triageQueue(filters: QueueFilters, now = new Date()) {
  const db = getDb();
  const { responseDays } = getAreaSettings();
  const where = queueWhere(filters, responseDays, now);
  const total = db.select({ n: count() }).from(suggestions).where(where).get()?.n ?? 0;
  const page = Math.max(1, filters.page ?? 1);
  const rows = db
    .select({
      id: suggestions.id,
      // Enough of what they said to recognise it; the whole text is on the suggestion's page.
      excerpt: sql<string>`substr(${suggestions.body}, 1, 161)`,
      status: suggestions.status,
      origin: suggestions.originKind,
      createdAt: suggestions.createdAt,
      firstResponseAt: suggestions.firstResponseAt,
      publishedAt: suggestions.publishedAt,
      safeguarding: suggestions.safeguarding,
      lacksEasyRead: sql<number>`${lacksEasyRead}`,
      awaitingForum: sql<number>`exists (select 1 from outcome_sign_offs o where o.suggestion_id = ${suggestions.id} and o.state = 'awaiting_forum')`,
      topic: topics.name,
      assignee: users.name,
    })
    .from(suggestions)
    .leftJoin(topics, eq(topics.id, suggestions.topicId))
    .leftJoin(users, eq(users.id, suggestions.assigneeId))
    .where(where)
    .orderBy(asc(suggestions.createdAt), asc(suggestions.id))
    .limit(QUEUE_PAGE_SIZE)
    .offset((page - 1) * QUEUE_PAGE_SIZE)
    .all();
  return {
    total,
    page,
    pages: Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE)),
    responseDays,
    suggestions: rows.map((row) => {
      const waited = workingDaysBetween(row.createdAt, row.firstResponseAt ?? now);
      return {
        ...row,
        lacksEasyRead: Boolean(row.lacksEasyRead),
        awaitingForum: Boolean(row.awaitingForum),
        reference: reference(row.id),
        waited,
        overdue: !row.firstResponseAt && waited > responseDays,
      };
    }),
  };
}

export function suggestionExists(id: number): boolean {
  return Boolean(getDb().select({ id: suggestions.id }).from(suggestions).where(eq(suggestions.id, id)).get());
}

/** Officers and admins, who can be given a suggestion to look after. */
export function listAssignees(db: DbOrTx = getDb()) {
  return db
    .selectDistinct({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(inArray(userRoles.role, ["officer", "admin"]), isNull(users.deactivatedAt)))
    .orderBy(asc(users.name))
    .all();
}

export function getSuggestionForOfficer(id: number, now = new Date()) {
  const db = getDb();
  const row = db.select().from(suggestions).where(eq(suggestions.id, id)).get();
  if (!row) return undefined;
  const timeline = db
    .select({
      id: suggestionTimeline.id,
      kind: suggestionTimeline.kind,
      status: suggestionTimeline.status,
      publicNote: suggestionTimeline.publicNote,
      isPublic: suggestionTimeline.isPublic,
      createdAt: suggestionTimeline.createdAt,
      officer: users.name,
    })
    .from(suggestionTimeline)
    .leftJoin(users, eq(users.id, suggestionTimeline.officerId))
    .where(eq(suggestionTimeline.suggestionId, id))
    .orderBy(desc(suggestionTimeline.createdAt), desc(suggestionTimeline.id))
    .all();
  const supporterCount =
    db
      .select({ n: count() })
      .from(supporters)
      .where(and(eq(supporters.suggestionId, id), countedSupporter))
      .get()?.n ?? 0;
  const { responseDays } = getAreaSettings();
  const waited = workingDaysBetween(row.createdAt, row.firstResponseAt ?? now);
  return {
    ...row,
    trackingTokenHash: undefined,
    reference: reference(row.id),
    topic: row.topicId ? (db.select({ name: topics.name }).from(topics).where(eq(topics.id, row.topicId)).get()?.name ?? null) : null,
    waited,
    overdue: !row.firstResponseAt && waited > responseDays,
    timeline,
    actions: linkedActions(id, db),
    supporterCount,
    similar: similarSuggestions(id, row.body, db),
    mergedInto: row.mergedIntoId ? reference(row.mergedIntoId) : null,
  };
}

/**
 * Up to five other open or answered suggestions most alike in wording, so duplicates are merged, not
 * answered twice. The search index finds those sharing a word stem; the same measure as suggested
 * groupings (modules/themes/words) ranks them and drops the ones barely alike.
 */
export function similarSuggestions(id: number, body: string, db: DbOrTx = getDb()) {
  const stems = [...new Set(terms(body))].slice(0, 30);
  if (!stems.length) return [];
  const match = stems.map((w) => `"${w.replace(/"/g, "")}"*`).join(" OR ");
  const candidates = db.all<{ id: number; body: string; status: SuggestionStatus; publicWording: string }>(
    sql`
    select s.id as id, s.body as body, s.status as status, s.public_wording as publicWording
    from suggestions_body_fts f join suggestions s on s.id = f.rowid
    where suggestions_body_fts match ${match} and s.id != ${id} and s.status != 'merged'
    order by bm25(suggestions_body_fts) limit 50`,
  );
  return mostAlike(
    body,
    candidates.map((c) => ({ ...c, text: c.body })),
    { most: 5 },
  ).map(({ candidate: { text: _text, ...r } }) => ({ ...r, body: r.body.slice(0, 200), reference: reference(r.id) }));
}

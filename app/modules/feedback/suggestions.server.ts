import crypto from "node:crypto";
import { and, asc, count, desc, eq, inArray, isNotNull, isNull, lt, sql, type SQL } from "drizzle-orm";
import {
  outcomeSignOffs,
  strategyActions,
  suggestionActions,
  suggestionTimeline,
  suggestions,
  supporters,
  topics,
  users,
  userRoles,
  type ContributorKind,
  type ActivityKind,
  type SuggestionStatus,
  OUTCOME_STATUSES,
  type OutcomeStatus,
} from "~db/schema";
import { getDb, type DbOrTx } from "~/db.server";
import { config } from "~/config.server";
import * as feedbackEmails from "~emails/feedback";
import { enqueueEmail } from "~/modules/notifications/outbox.server";
import { emailContext, getAreaSettings } from "~/modules/settings/area.server";
import { workingDaysBetween } from "~/utils/working-days";
import { reference } from "./reference";
import { NEXT_STATUSES, STATUS_WORDS } from "./statuses";
import { concernPhrases, findConcern, raiseFlag } from "~/modules/privacy/safeguarding.server";
import { recordConsent } from "~/modules/privacy/consent.server";
import { contactPreferences, memberOfSupporter, setContactPreferences } from "~/modules/privacy/preferences.server";

/**
 * The "me too"s that count: one for each account and each confirmed email address (and each person
 * who came to the event a point was heard at); not a contributor's own row, nor an unconfirmed one.
 */
export const countedSupporter = sql`${supporters.supporterKey} not like 'contributor:%' and ${supporters.pendingConfirmHash} is null`;
export const CONSENT_WORDING =
  "We will use what you tell us to improve SEND services. An officer will write a short public version without your name or personal details; your own words stay private. If you give your email, we will only use it to tell you what happens.";

function hash(token: string) {
  return crypto.createHash("sha256").update(token).digest("hex");
}

function token() {
  return crypto.randomBytes(24).toString("base64url");
}

const link = (path: string) => `${config.appUrl}${path}`;

// ---- Topics ----

export function listTopics(includeArchived = false, db: DbOrTx = getDb()) {
  const rows = db.select().from(topics).orderBy(asc(topics.name)).all();
  return includeArchived ? rows : rows.filter((t) => !t.archived);
}

export function addTopic(name: string): { ok: true } | { ok: false; message: string } {
  const db = getDb();
  const existing = db
    .select()
    .from(topics)
    .where(sql`lower(${topics.name}) = lower(${name})`)
    .get();
  if (existing && !existing.archived) return { ok: false, message: "There is already a topic with that name" };
  if (existing) db.update(topics).set({ archived: false }).where(eq(topics.id, existing.id)).run();
  else db.insert(topics).values({ name }).run();
  return { ok: true };
}

export function setTopicArchived(id: number, archived: boolean) {
  getDb().update(topics).set({ archived }).where(eq(topics.id, id)).run();
}

// ---- Making a suggestion ----

export type NewSuggestion = {
  body: string;
  topicId: number | null;
  contributorKind: ContributorKind;
  name: string | null;
  email: string | null;
  userId: string | null;
  /** Where it came from: the kind of activity and which one; the Tell us form unless said. */
  origin?: { kind: ActivityKind; id: number | null };
  sourceUrl?: string | null;
  createdAt?: Date;
};

/** Saves a suggestion and, when the person gave an email, queues their receipt in the same transaction. */
export function makeSuggestion(input: NewSuggestion, db: DbOrTx = getDb()) {
  const trackingToken = token();
  const stopToken = token();
  const now = input.createdAt ?? new Date();
  const result = db.transaction((tx) => {
    const concern = findConcern(input.body, concernPhrases(tx));
    const id = tx
      .insert(suggestions)
      .values({
        body: input.body,
        topicId: input.topicId,
        contributorKind: input.contributorKind,
        contributorName: input.name,
        contributorEmail: input.email,
        contributorUserId: input.userId,
        consentWording: CONSENT_WORDING,
        originKind: input.origin?.kind ?? "tellUs",
        originId: input.origin?.id ?? null,
        sourceUrl: input.sourceUrl ?? null,
        safeguarding: concern !== null,
        trackingTokenHash: hash(trackingToken),
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: suggestions.id })
      .get().id;
    tx.insert(suggestionTimeline)
      .values({ suggestionId: id, kind: "status", status: "received", publicNote: "We received this suggestion.", isPublic: true, createdAt: now })
      .run();
    if (input.email || input.userId || input.name)
      recordConsent(
        tx,
        { userId: input.userId, email: input.email, purpose: "suggestion", record: `suggestions:${id}`, wording: CONSENT_WORDING },
        now,
      );
    if (concern)
      raiseFlag(
        tx,
        {
          source: "suggestion",
          sourceKey: `suggestion:${id}`,
          label: reference(id),
          link: `/manage/suggestions/${id}`,
          matched: concern,
          flaggedBy: null,
        },
        now,
      );
    if (input.email) {
      // The contributor's own stop link is a supporter-style token on the suggestion itself.
      tx.insert(supporters)
        .values({ suggestionId: id, supporterKey: `contributor:${id}`, email: input.email, stopToken, createdAt: now })
        .run();
      const message = feedbackEmails.suggestionReceipt(emailContext(tx), {
        name: input.name,
        reference: reference(id),
        trackLink: link(`/track/${trackingToken}`),
        stopLink: link(`/stop-updates/${stopToken}`),
      });
      enqueueEmail(tx, input.email, message, `suggestion-receipt:${id}`);
    }
    return { id, reference: reference(id), trackingToken };
  });
  return result;
}

// ---- Following a suggestion by its private link ----

export function findByTrackingToken(tokenValue: string) {
  if (!tokenValue || tokenValue.length > 100) return undefined;
  const row = getDb()
    .select()
    .from(suggestions)
    .where(eq(suggestions.trackingTokenHash, hash(tokenValue)))
    .get();
  return row ? contributorView(row) : undefined;
}

/** A member's own suggestion, as its contributor sees it; undefined for anyone else's. */
export function findOwnSuggestion(userId: string, id: number) {
  const row = getDb()
    .select()
    .from(suggestions)
    .where(and(eq(suggestions.id, id), eq(suggestions.contributorUserId, userId)))
    .get();
  return row ? contributorView(row) : undefined;
}

/** Every suggestion a member made while signed in, newest first. */
export function listOwnSuggestions(userId: string) {
  return getDb()
    .select({
      id: suggestions.id,
      excerpt: sql<string>`substr(${suggestions.body}, 1, 161)`,
      status: suggestions.status,
      createdAt: suggestions.createdAt,
    })
    .from(suggestions)
    .where(eq(suggestions.contributorUserId, userId))
    .orderBy(desc(suggestions.id))
    .all()
    .map((s) => ({ ...s, reference: reference(s.id) }));
}

function contributorView(row: typeof suggestions.$inferSelect) {
  const db = getDb();
  return {
    id: row.id,
    reference: reference(row.id),
    body: row.body,
    status: row.status,
    outcome: row.outcome,
    publicWording: row.publishedAt && !row.safeguarding ? row.publicWording : "",
    published: Boolean(row.publishedAt) && !row.safeguarding,
    createdAt: row.createdAt,
    mergedInto: row.mergedIntoId ? { id: row.mergedIntoId, reference: reference(row.mergedIntoId), published: isPublic(row.mergedIntoId, db) } : null,
    timeline: publicTimeline(row.id, db),
    actions: linkedActions(row.id, db),
  };
}

function isPublic(id: number, db: DbOrTx) {
  const row = db.select({ p: suggestions.publishedAt, s: suggestions.safeguarding }).from(suggestions).where(eq(suggestions.id, id)).get();
  return Boolean(row?.p) && !row?.s;
}

export function publicTimeline(id: number, db: DbOrTx = getDb()) {
  return db
    .select({
      id: suggestionTimeline.id,
      status: suggestionTimeline.status,
      kind: suggestionTimeline.kind,
      publicNote: suggestionTimeline.publicNote,
      createdAt: suggestionTimeline.createdAt,
    })
    .from(suggestionTimeline)
    .where(and(eq(suggestionTimeline.suggestionId, id), eq(suggestionTimeline.isPublic, true)))
    .orderBy(desc(suggestionTimeline.createdAt), desc(suggestionTimeline.id))
    .all();
}

export function linkedActions(id: number, db: DbOrTx = getDb()) {
  return db
    .select({ id: strategyActions.id, code: strategyActions.code, title: strategyActions.title, status: strategyActions.status })
    .from(suggestionActions)
    .innerJoin(strategyActions, eq(strategyActions.id, suggestionActions.actionId))
    .where(eq(suggestionActions.suggestionId, id))
    .all();
}

/** The one-click "stop updates" link in every email; `updates: true` undoes it. */
export function setUpdatesByToken(tokenValue: string, updates: boolean): { ok: true; reference: string; member: boolean } | { ok: false } {
  if (!tokenValue || tokenValue.length > 100) return { ok: false };
  const db = getDb();
  const supporter = db.select().from(supporters).where(eq(supporters.stopToken, tokenValue)).get();
  if (!supporter) return { ok: false };
  db.update(supporters).set({ updates }).where(eq(supporters.id, supporter.id)).run();
  // For a member, the link changes their contact preference, so every update email follows it.
  const memberId = memberOfSupporter(db, supporter);
  const prefs = memberId ? contactPreferences(memberId) : undefined;
  if (memberId && prefs) setContactPreferences(memberId, { ...prefs, suggestionUpdates: updates });
  return { ok: true, reference: reference(supporter.suggestionId), member: Boolean(prefs) };
}

// ---- Triage ----

export type QueueFilters = {
  status?: SuggestionStatus | "open";
  topicId?: number;
  origin?: ActivityKind;
  assignee?: string | "none";
  overdueOnly?: boolean;
  /** Only suggestions that have been waiting (or took) more than this many working days. */
  olderThanDays?: number;
  /** Only published outcomes that have no easy-read version yet. */
  easyReadMissing?: boolean;
  page?: number;
};

// A published "we did" or "we can't" with no easy-read version beside it.
const lacksEasyRead = sql`(${suggestions.publishedAt} is not null and ${suggestions.safeguarding} = 0 and ${suggestions.status} in ('done', 'not_possible') and ${suggestions.outcomeEasyRead} = '')`;

export function countOutcomesWithoutEasyRead(): number {
  return getDb().select({ n: count() }).from(suggestions).where(lacksEasyRead).get()?.n ?? 0;
}

const QUEUE_PAGE_SIZE = 50;

/** The moment before which a suggestion without a first response is overdue. */
export function overdueCutoff(responseDays: number, now = new Date()): Date {
  // Walk back from now until `responseDays` working days lie between.
  const cutoff = new Date(now);
  let guard = 0;
  while (workingDaysBetween(cutoff, now) < responseDays && guard++ < 4000) cutoff.setTime(cutoff.getTime() - 24 * 3600_000);
  return cutoff;
}

export function triageQueue(filters: QueueFilters, now = new Date()) {
  const db = getDb();
  const { responseDays } = getAreaSettings();
  const conditions: SQL[] = [];
  if (filters.easyReadMissing) conditions.push(lacksEasyRead);
  else if (filters.status === "open" || !filters.status)
    conditions.push(inArray(suggestions.status, ["received", "under_review", "planned", "in_progress"]));
  else conditions.push(eq(suggestions.status, filters.status));
  if (filters.topicId) conditions.push(eq(suggestions.topicId, filters.topicId));
  if (filters.origin) conditions.push(eq(suggestions.originKind, filters.origin));
  if (filters.assignee === "none") conditions.push(isNull(suggestions.assigneeId));
  else if (filters.assignee) conditions.push(eq(suggestions.assigneeId, filters.assignee));
  const cutoff = overdueCutoff(responseDays, now);
  if (filters.overdueOnly) conditions.push(isNull(suggestions.firstResponseAt), lt(suggestions.createdAt, cutoff));
  if (filters.olderThanDays) conditions.push(lt(suggestions.createdAt, overdueCutoff(filters.olderThanDays, now)));
  const where = and(...conditions);
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

const STOP_WORDS = new Set(
  "a about after all also an and any are as at be because been but by can could do does for from had has have he her his how i if in into is it its just me more my no not of on or our so some than that the their them then there they this to too up us was we were what when which who will with would you your very really please there's i'm it's don't can't".split(
    " ",
  ),
);

/** Up to five other open or answered suggestions most alike in wording, so duplicates are merged, not answered twice. */
export function similarSuggestions(id: number, body: string, db: DbOrTx = getDb()) {
  const words = Array.from(new Set((body.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []).filter((w) => !STOP_WORDS.has(w)))).slice(0, 30);
  if (!words.length) return [];
  const match = words.map((w) => `"${w.replace(/"/g, "")}"`).join(" OR ");
  return db
    .all<{ id: number; body: string; status: SuggestionStatus; publicWording: string }>(
      sql`
    select s.id as id, s.body as body, s.status as status, s.public_wording as publicWording
    from suggestions_body_fts f join suggestions s on s.id = f.rowid
    where suggestions_body_fts match ${match} and s.id != ${id} and s.status != 'merged'
    order by bm25(suggestions_body_fts) limit 5`,
    )
    .map((r) => ({ ...r, body: r.body.slice(0, 200), reference: reference(r.id) }));
}

/** Adds an entry to a suggestion's timeline, the record an inspector or parent reads; entries are never edited. */
function addTimelineEntry(
  tx: DbOrTx,
  suggestionId: number,
  officerId: string | null,
  entry: { kind: string; status?: SuggestionStatus; publicNote?: string; isPublic?: boolean; at?: Date },
) {
  tx.insert(suggestionTimeline)
    .values({
      suggestionId,
      officerId,
      kind: entry.kind,
      status: entry.status ?? null,
      publicNote: entry.publicNote ?? "",
      isPublic: entry.isPublic ?? false,
      createdAt: entry.at ?? new Date(),
    })
    .run();
}

export type Refusal = { ok: false; field: string; message: string };
export type Done = { ok: true };

export function setPublicWording(id: number, wording: string, officerId: string, at = new Date()): Done {
  getDb().transaction((tx) => {
    tx.update(suggestions).set({ publicWording: wording, updatedAt: at }).where(eq(suggestions.id, id)).run();
    addTimelineEntry(tx, id, officerId, { kind: "wording", publicNote: "Public wording updated.", at });
  });
  return { ok: true };
}

export function linkToActions(id: number, actionIds: number[], officerId: string, at = new Date()): Done {
  getDb().transaction((tx) => {
    tx.delete(suggestionActions).where(eq(suggestionActions.suggestionId, id)).run();
    if (actionIds.length)
      tx.insert(suggestionActions)
        .values(actionIds.map((actionId) => ({ suggestionId: id, actionId })))
        .run();
    const codes = actionIds.length
      ? tx
          .select({ code: strategyActions.code })
          .from(strategyActions)
          .where(inArray(strategyActions.id, actionIds))
          .all()
          .map((a) => a.code)
      : [];
    addTimelineEntry(tx, id, officerId, {
      kind: "linked",
      publicNote: codes.length ? `Linked to strategy action ${codes.join(", ")}.` : "No longer linked to a strategy action.",
      isPublic: codes.length > 0,
      at,
    });
  });
  return { ok: true };
}

export function setTopic(id: number, topicId: number | null, officerId: string): Done {
  getDb().transaction((tx) => {
    tx.update(suggestions).set({ topicId, updatedAt: new Date() }).where(eq(suggestions.id, id)).run();
    const name = topicId ? tx.select({ name: topics.name }).from(topics).where(eq(topics.id, topicId)).get()?.name : null;
    addTimelineEntry(tx, id, officerId, { kind: "topic", publicNote: name ? `Topic set to ${name}.` : "Topic cleared." });
  });
  return { ok: true };
}

export function assign(id: number, assigneeId: string | null, officerId: string): Done {
  getDb().transaction((tx) => {
    tx.update(suggestions).set({ assigneeId, updatedAt: new Date() }).where(eq(suggestions.id, id)).run();
    const name = assigneeId ? tx.select({ name: users.name }).from(users).where(eq(users.id, assigneeId)).get()?.name : null;
    addTimelineEntry(tx, id, officerId, { kind: "assigned", publicNote: name ? `Assigned to ${name}.` : "Unassigned." });
  });
  return { ok: true };
}

/**
 * People to tell about a change: the contributor and every supporter who left an email, confirmed
 * it if they said "me too" by email, and has not stopped updates.
 */
function recipients(tx: DbOrTx, suggestionId: number) {
  return tx
    .select({ email: supporters.email, key: supporters.supporterKey, stopToken: supporters.stopToken })
    .from(supporters)
    .where(
      and(
        eq(supporters.suggestionId, suggestionId),
        eq(supporters.updates, true),
        isNotNull(supporters.email),
        isNull(supporters.pendingConfirmHash),
      ),
    )
    .all()
    .map((s) => ({ email: s.email!, yours: /^(merged-)?contributor:/.test(s.key), stopLink: link(`/stop-updates/${s.stopToken}`) }));
}

export function newStopToken() {
  return token();
}

function awaitingForum(suggestionId: number, db: DbOrTx) {
  return Boolean(
    db
      .select({ id: outcomeSignOffs.id })
      .from(outcomeSignOffs)
      .where(and(eq(outcomeSignOffs.suggestionId, suggestionId), eq(outcomeSignOffs.state, "awaiting_forum")))
      .get(),
  );
}

const isOutcomeStatus = (status: SuggestionStatus): status is OutcomeStatus => (OUTCOME_STATUSES as readonly string[]).includes(status);

export type StatusChange = {
  id: number;
  status: SuggestionStatus;
  note: string;
  outcome?: string;
  outcomeEasyRead?: string;
  officerId: string | null;
  at?: Date;
};

// `at` lets the demo seed and tests place a change in the past; people always act "now".
/**
 * Moves a suggestion on. With joint sign-off switched on, a "done" or "not possible" outcome is
 * not applied but proposed: it waits for the parent carer forum to agree it (see sign-off.server).
 */
export function changeStatus(input: StatusChange): (Done & { awaitingForum: boolean }) | Refusal {
  const db = getDb();
  const row = db.select().from(suggestions).where(eq(suggestions.id, input.id)).get();
  if (!row) return { ok: false, field: "status", message: "This suggestion no longer exists" };
  if (input.status === "merged") return { ok: false, field: "status", message: "Use “merge into another suggestion” to merge it" };
  if (!NEXT_STATUSES[row.status].includes(input.status)) {
    return { ok: false, field: "status", message: `A suggestion that is ${STATUS_WORDS[row.status]} cannot move to ${STATUS_WORDS[input.status]}` };
  }
  if (awaitingForum(input.id, db))
    return {
      ok: false,
      field: "status",
      message: "An outcome is waiting for the parent carer forum to agree it. Withdraw it first to change the status",
    };
  if (input.status === "not_possible" && !input.note)
    return { ok: false, field: "note", message: "Say why it is not possible: being honest about what we cannot do is part of our charter" };
  const outcome = input.outcome ?? "";
  if (isOutcomeStatus(input.status) && !outcome) {
    return {
      ok: false,
      field: "outcome",
      message:
        input.status === "done"
          ? "Write what we did (the outcome people will read)"
          : "Write the outcome people will read: what we cannot do, and why",
    };
  }
  if (isOutcomeStatus(input.status) && getAreaSettings(db).jointSignOff) {
    const officer = input.officerId ? db.select({ name: users.name }).from(users).where(eq(users.id, input.officerId)).get() : undefined;
    const now = input.at ?? new Date();
    db.transaction((tx) => {
      tx.insert(outcomeSignOffs)
        .values({
          suggestionId: input.id,
          status: input.status as OutcomeStatus,
          note: input.note,
          outcome,
          outcomeEasyRead: input.outcomeEasyRead ?? "",
          officerId: input.officerId,
          officerName: officer?.name ?? "An officer",
          officerAgreedAt: now,
        })
        .run();
      addTimelineEntry(tx, input.id, input.officerId, {
        kind: "sign_off",
        publicNote: `Outcome (${STATUS_WORDS[input.status]}) proposed: waiting for the parent carer forum to agree it.`,
        at: now,
      });
    });
    return { ok: true, awaitingForum: true };
  }
  applyStatusChange(input);
  return { ok: true, awaitingForum: false };
}

/** Applies a checked status change: the timeline entry and every follower's email, in one transaction. */
export function applyStatusChange(input: StatusChange, tx0?: DbOrTx) {
  const run = (tx: DbOrTx) => {
    const row = tx.select().from(suggestions).where(eq(suggestions.id, input.id)).get();
    if (!row) return;
    const now = input.at ?? new Date();
    const outcome = input.outcome ?? "";
    tx.update(suggestions)
      .set({
        status: input.status,
        updatedAt: now,
        firstResponseAt: row.firstResponseAt ?? now,
        ...(isOutcomeStatus(input.status) ? { outcome, outcomeEasyRead: input.outcomeEasyRead ?? "", outcomeAt: now } : {}),
      })
      .where(eq(suggestions.id, input.id))
      .run();
    addTimelineEntry(tx, input.id, input.officerId, { kind: "status", status: input.status, publicNote: input.note, isPublic: true, at: now });
    const ctx = emailContext(tx);
    const status = STATUS_WORDS[input.status];
    const published = Boolean(row.publishedAt) && !row.safeguarding;
    for (const person of recipients(tx, input.id)) {
      // Supporters only exist for published suggestions; the contributor follows theirs privately either way.
      if (!published && !person.yours) continue;
      const note = [input.note, outcome && `Outcome: ${outcome}`].filter(Boolean).join("\n\n");
      const message = feedbackEmails.suggestionUpdate(ctx, {
        reference: reference(input.id),
        status,
        note,
        link: published ? link(`/you-said-we-did/${input.id}`) : link("/you-said-we-did"),
        stopLink: person.stopLink,
        yours: person.yours,
      });
      enqueueEmail(tx, person.email, message, `suggestion-update:${input.id}:${now.getTime()}:${person.email}`);
    }
  };
  if (tx0) run(tx0);
  else getDb().transaction(run);
}

/** The easy-read version of an outcome already given: short sentences, plain words. Empty removes it. */
export function setEasyReadOutcome(id: number, text: string, officerId: string): Done | Refusal {
  const db = getDb();
  const row = db.select({ outcome: suggestions.outcome }).from(suggestions).where(eq(suggestions.id, id)).get();
  if (!row) return { ok: false, field: "outcomeEasyRead", message: "This suggestion no longer exists" };
  if (!row.outcome) return { ok: false, field: "outcomeEasyRead", message: "Give the outcome first (change the status to done or not possible)" };
  db.transaction((tx) => {
    tx.update(suggestions).set({ outcomeEasyRead: text, updatedAt: new Date() }).where(eq(suggestions.id, id)).run();
    addTimelineEntry(tx, id, officerId, { kind: "wording", publicNote: text ? "Easy-read outcome updated." : "Easy-read outcome removed." });
  });
  return { ok: true };
}

export function publish(id: number, officerId: string, at = new Date()): Done | Refusal {
  const db = getDb();
  const row = db.select().from(suggestions).where(eq(suggestions.id, id)).get();
  if (!row) return { ok: false, field: "publish", message: "This suggestion no longer exists" };
  if (row.safeguarding) return { ok: false, field: "publish", message: "A suggestion marked as a safeguarding concern can never be published" };
  if (!row.publicWording.trim()) return { ok: false, field: "publicWording", message: "Write the public wording before publishing" };
  if (row.status === "merged") return { ok: false, field: "publish", message: "A merged suggestion is published through the one it was merged into" };
  const now = at;
  db.transaction((tx) => {
    tx.update(suggestions)
      .set({ publishedAt: row.publishedAt ?? now, firstResponseAt: row.firstResponseAt ?? now, updatedAt: now })
      .where(eq(suggestions.id, id))
      .run();
    addTimelineEntry(tx, id, officerId, { kind: "published", publicNote: "Published on the “You said, we did” board.", isPublic: true, at: now });
  });
  return { ok: true };
}

export function unpublish(id: number, officerId: string): Done {
  getDb().transaction((tx) => {
    tx.update(suggestions).set({ publishedAt: null, updatedAt: new Date() }).where(eq(suggestions.id, id)).run();
    addTimelineEntry(tx, id, officerId, { kind: "unpublished", publicNote: "Taken off the public board." });
  });
  return { ok: true };
}

/** Marks a safeguarding concern: never published, and the safeguarding contact is told by a link, not the text. */
export function markSafeguarding(id: number, officer: { id: string; name: string }): Done | Refusal {
  const db = getDb();
  db.transaction((tx) => {
    tx.update(suggestions).set({ safeguarding: true, publishedAt: null, updatedAt: new Date() }).where(eq(suggestions.id, id)).run();
    addTimelineEntry(tx, id, officer.id, { kind: "safeguarding", publicNote: "Marked as a safeguarding concern." });
    raiseFlag(tx, {
      source: "suggestion",
      sourceKey: `suggestion:${id}`,
      label: reference(id),
      link: `/manage/suggestions/${id}`,
      matched: "",
      flaggedBy: officer,
    });
  });
  return { ok: true };
}

/** Merges a duplicate into another suggestion: its contributor and supporters move across and are told. */
export function merge(input: { id: number; intoId: number; note: string; officerId: string }): Done | Refusal {
  const db = getDb();
  if (input.id === input.intoId) return { ok: false, field: "into", message: "A suggestion cannot be merged into itself" };
  const from = db.select().from(suggestions).where(eq(suggestions.id, input.id)).get();
  const into = db.select().from(suggestions).where(eq(suggestions.id, input.intoId)).get();
  if (!from) return { ok: false, field: "into", message: "This suggestion no longer exists" };
  if (!into) return { ok: false, field: "into", message: `There is no suggestion ${reference(input.intoId)}` };
  if (into.status === "merged")
    return {
      ok: false,
      field: "into",
      message: `${reference(into.id)} has itself been merged into ${reference(into.mergedIntoId ?? 0)}: merge into that one`,
    };
  if (from.status === "merged") return { ok: false, field: "into", message: "This suggestion has already been merged" };
  if (awaitingForum(input.id, db))
    return { ok: false, field: "into", message: "An outcome for this suggestion is waiting for the parent carer forum. Withdraw it before merging" };
  const now = new Date();
  db.transaction((tx) => {
    const people = recipients(tx, input.id);
    const moving = tx.select().from(supporters).where(eq(supporters.suggestionId, input.id)).all();
    for (const s of moving) {
      if (s.pendingConfirmHash) continue; // never confirmed: it did not count here either
      const key = s.supporterKey.startsWith("contributor:") ? `merged-contributor:${input.id}` : s.supporterKey;
      tx.insert(supporters)
        .values({ suggestionId: input.intoId, supporterKey: key, email: s.email, updates: s.updates, stopToken: token(), createdAt: s.createdAt })
        .onConflictDoNothing()
        .run();
    }
    tx.update(suggestions)
      .set({ status: "merged", mergedIntoId: input.intoId, publishedAt: null, firstResponseAt: from.firstResponseAt ?? now, updatedAt: now })
      .where(eq(suggestions.id, input.id))
      .run();
    addTimelineEntry(tx, input.id, input.officerId, {
      kind: "status",
      status: "merged",
      publicNote: input.note || `Merged into ${reference(input.intoId)}.`,
      isPublic: true,
    });
    addTimelineEntry(tx, input.intoId, input.officerId, {
      kind: "merged_in",
      publicNote: `${reference(input.id)} was merged into this suggestion.`,
      isPublic: true,
    });
    const ctx = emailContext(tx);
    const intoPublic = Boolean(into.publishedAt) && !into.safeguarding;
    for (const person of people) {
      const message = feedbackEmails.suggestionMerged(ctx, {
        reference: reference(input.id),
        into: reference(input.intoId),
        note: input.note,
        link: intoPublic ? link(`/you-said-we-did/${input.intoId}`) : link("/you-said-we-did"),
        stopLink: person.stopLink,
      });
      enqueueEmail(tx, person.email, message, `suggestion-merged:${input.id}:${person.email}`);
    }
  });
  return { ok: true };
}

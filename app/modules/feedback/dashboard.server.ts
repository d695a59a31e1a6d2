import { toldOfOutcomes } from "./told.server";
import { and, count, eq, gte, inArray, isNotNull, isNull, lt, ne, sql } from "drizzle-orm";
import { strategyActions, suggestionActions, suggestions, topics, users, type ActionStatus, type SuggestionStatus } from "~db/schema";
import { getDb } from "~/db.server";
import { toCsv } from "~/utils/csv.server";
import { getAreaSettings } from "~/modules/settings/area.server";
import { median, workingDaysBetween } from "~/utils/working-days";
import { reference } from "./reference";
import { overdueCutoff } from "./triage.server";
import { contentVersion } from "~/utils/content-version.server";
import { ACTIVITY_NAMES } from "~/modules/activities/activity";
import { compareCodes } from "~/modules/strategy/strategy.server";

const DAY = 24 * 3600_000;
const DASHBOARD_ACTIONS = 12;

let cache: { version: number; minute: number; value: ReturnType<typeof compute> } | undefined;

/** The officer dashboard. Recomputed when anything changes, and at least once a minute (ages move on). */
export function dashboard(now = new Date()) {
  const minute = Math.floor(now.getTime() / 60_000);
  if (!cache || cache.version !== contentVersion() || cache.minute !== minute) cache = { version: contentVersion(), minute, value: compute(now) };
  return cache.value;
}

function compute(now: Date) {
  const db = getDb();
  const { responseDays } = getAreaSettings();
  const byStatus = db.select({ status: suggestions.status, n: count() }).from(suggestions).groupBy(suggestions.status).all() as {
    status: SuggestionStatus;
    n: number;
  }[];
  const byTopic = db
    .select({ topic: topics.name, n: count() })
    .from(suggestions)
    .leftJoin(topics, eq(topics.id, suggestions.topicId))
    .where(ne(suggestions.status, "merged"))
    .groupBy(topics.name)
    .orderBy(sql`count(*) desc`)
    .all();
  const cutoff = overdueCutoff(responseDays, now);
  const overdueWhere = and(isNull(suggestions.firstResponseAt), lt(suggestions.createdAt, cutoff), ne(suggestions.status, "merged"));
  const overdueCount = db.select({ n: count() }).from(suggestions).where(overdueWhere).get()?.n ?? 0;
  const overdue = db
    .select({ id: suggestions.id, body: suggestions.body, createdAt: suggestions.createdAt, assignee: users.name })
    .from(suggestions)
    .leftJoin(users, eq(users.id, suggestions.assigneeId))
    .where(overdueWhere)
    .orderBy(suggestions.createdAt)
    .limit(20)
    .all()
    .map((s) => ({ ...s, reference: reference(s.id), body: s.body.slice(0, 140), waited: workingDaysBetween(s.createdAt, now) }));

  // Loop closure: of suggestions older than 60 days, the share with an outcome.
  const old = and(lt(suggestions.createdAt, new Date(now.getTime() - 60 * DAY)), ne(suggestions.status, "merged"));
  const oldTotal = db.select({ n: count() }).from(suggestions).where(old).get()?.n ?? 0;
  const oldClosed =
    db
      .select({ n: count() })
      .from(suggestions)
      .where(and(old, inArray(suggestions.status, ["done", "not_possible"])))
      .get()?.n ?? 0;

  const recent = gte(suggestions.createdAt, new Date(now.getTime() - 90 * DAY));
  const firstResponses = db
    .select({ a: suggestions.createdAt, b: suggestions.firstResponseAt })
    .from(suggestions)
    .where(and(recent, isNotNull(suggestions.firstResponseAt)))
    .all();
  const outcomes = db
    .select({ a: suggestions.createdAt, b: suggestions.outcomeAt })
    .from(suggestions)
    .where(and(recent, isNotNull(suggestions.outcomeAt)))
    .all();

  const actions = db
    .select({
      id: strategyActions.id,
      code: strategyActions.code,
      title: strategyActions.title,
      status: strategyActions.status,
      suggestions: sql<number>`(select count(*) from ${suggestionActions} where ${suggestionActions.actionId} = ${strategyActions.id})`,
    })
    .from(strategyActions)
    .all()
    .sort((a, b) => compareCodes(a.code, b.code)) as {
    id: number;
    code: string;
    title: string;
    status: ActionStatus;
    suggestions: number;
  }[];
  // The dashboard shows what needs attention (off track, then at risk, then the most asked about); the strategy page has them all.
  const attention = (a: { status: ActionStatus }) => (a.status === "off_track" ? 0 : a.status === "at_risk" ? 1 : 2);
  const needingAttention = [...actions].sort((a, b) => attention(a) - attention(b) || b.suggestions - a.suggestions).slice(0, DASHBOARD_ACTIONS);

  return {
    responseDays,
    byStatus,
    byTopic: byTopic.map((t) => ({ topic: t.topic ?? "No topic", n: t.n })),
    overdueCount,
    overdue,
    loopClosure: { total: oldTotal, closed: oldClosed, share: oldTotal ? Math.round((oldClosed / oldTotal) * 100) : null },
    medianDaysToFirstResponse: median(firstResponses.map((r) => workingDaysBetween(r.a, r.b!))),
    medianDaysToOutcome: median(outcomes.map((r) => workingDaysBetween(r.a, r.b!))),
    actions: needingAttention,
    actionCount: actions.length,
    told: toldOfOutcomes(now.getTime() - 90 * DAY, now.getTime() + 1, db),
  };
}

/** Every suggestion with its private fields, for officers. */
export function privateCsv() {
  const db = getDb();
  const rows = db
    .select({ s: suggestions, topic: topics.name })
    .from(suggestions)
    .leftJoin(topics, eq(topics.id, suggestions.topicId))
    .orderBy(suggestions.id)
    .all();
  const codes = db
    .select({ suggestionId: suggestionActions.suggestionId, code: strategyActions.code })
    .from(suggestionActions)
    .innerJoin(strategyActions, eq(strategyActions.id, suggestionActions.actionId))
    .all();
  const bySuggestion = new Map<number, string[]>();
  for (const c of codes) bySuggestion.set(c.suggestionId, [...(bySuggestion.get(c.suggestionId) ?? []), c.code]);
  const iso = (d: Date | null) => d?.toISOString() ?? "";
  return toCsv(
    [
      "reference",
      "received",
      "source",
      "who",
      "name",
      "email",
      "topic",
      "original_words",
      "public_wording",
      "status",
      "actions",
      "outcome",
      "safeguarding",
      "published",
      "first_response",
      "outcome_date",
      "merged_into",
    ],
    rows.map(({ s, topic }) => [
      reference(s.id),
      s.createdAt.toISOString(),
      ACTIVITY_NAMES[s.originKind],
      s.contributorKind,
      s.contributorName ?? "",
      s.contributorEmail ?? "",
      topic ?? "",
      s.body,
      s.publicWording,
      s.status,
      (bySuggestion.get(s.id) ?? []).join(" "),
      s.outcome,
      s.safeguarding ? "yes" : "no",
      iso(s.publishedAt),
      iso(s.firstResponseAt),
      iso(s.outcomeAt),
      s.mergedIntoId ? reference(s.mergedIntoId) : "",
    ]),
  );
}

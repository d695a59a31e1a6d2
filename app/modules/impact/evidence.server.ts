import { sql } from "drizzle-orm";
import type { ActionStatus, ActivityKind, ContributorKind, ParticipationLevel, SuggestionStatus } from "~db/schema";
import { ACTIVITY_NAMES } from "~/modules/activities/activity";
import { ACTIVITIES, activities as registeredActivities } from "~/modules/activities/registry.server";
import { getDb, type DbOrTx } from "~/db.server";
import { reference } from "~/modules/feedback/reference";
import { getAreaSettings } from "~/modules/settings/area.server";
import { median, workingDaysBetween } from "~/utils/working-days";
import { compareCodes } from "~/modules/strategy/strategy.server";
import { PARTICIPATION_LEVEL_TEXT } from "./levels";
import { DEFINITIONS, emptyReach, REACH_KINDS, REACH_LABELS, type EvidenceActivity } from "./evidence";
import { addDays, londonDate, londonDateTime } from "~/utils/dates";
import { keyMessagesFor } from "~/modules/themes/told-us.server";
import { translatorFor } from "~/modules/i18n/catalogue.server";
import { toldOfOutcomes } from "~/modules/feedback/told.server";
import { TOLD_CHANNELS, TOLD_LABELS } from "~/modules/feedback/told";

// "What changed because families told us", for a period: every figure is a count of rows
// with a stated rule (DEFINITIONS), so anyone with the data can reproduce it. Nothing personal
// is read: no names, emails or anyone's own words, only officers' public wording and outcomes.

export type Activity = EvidenceActivity;

export type EvidenceSuggestion = {
  id: number;
  reference: string;
  publicWording: string;
  source: string;
  activityKey: string | null;
  received: string;
  firstResponse: string | null;
  workingDays: number;
  withinTarget: boolean;
  status: SuggestionStatus;
  outcome: string;
  outcomeDate: string | null;
  agreedWithForum: boolean;
};

function periodBounds(from: string, to: string) {
  return { start: londonDateTime(from, "00:00").getTime(), end: londonDateTime(addDays(to, 1), "00:00").getTime() };
}

export function evidenceReport(from: string, to: string, now = new Date(), db: DbOrTx = getDb()) {
  const { start, end } = periodBounds(from, to);
  const { responseDays } = getAreaSettings(db);
  const activities = new Map<string, Activity>();
  const add = (activity: Activity) => activities.set(activity.key, activity);
  // Every kind of activity counts its own, by its stated rule.
  for (const [, activity] of registeredActivities()) for (const found of activity.evidence.activities({ start, end, from, to }, db)) add(found);

  // Suggestions received in the period, with where they came from.
  const rows = db.all<{
    id: number;
    publicWording: string;
    originKind: ActivityKind;
    originId: number | null;
    kind: ContributorKind;
    createdAt: number;
    firstResponseAt: number | null;
    status: SuggestionStatus;
    outcome: string;
    outcomeAt: number | null;
    agreed: number;
  }>(sql`
    select s.id, s.public_wording as publicWording, s.origin_kind as originKind, s.origin_id as originId,
      s.contributor_kind as kind, s.created_at as createdAt, s.first_response_at as firstResponseAt, s.status, s.outcome, s.outcome_at as outcomeAt,
      exists (select 1 from outcome_sign_offs o where o.suggestion_id = s.id and o.state = 'agreed' and o.outcome = s.outcome) as agreed
    from suggestions s
    where s.created_at >= ${start} and s.created_at < ${end} and s.status != 'merged' and s.safeguarding = 0 order by s.id`);
  const bySuggestion = new Map<number, EvidenceSuggestion>();
  for (const s of rows) {
    const activityKey = s.originId === null ? s.originKind : `${s.originKind}:${s.originId}`;
    const days = workingDaysBetween(new Date(s.createdAt), new Date(s.firstResponseAt ?? now.getTime()));
    bySuggestion.set(s.id, {
      id: s.id,
      reference: reference(s.id),
      publicWording: s.publicWording,
      source: ACTIVITY_NAMES[s.originKind],
      activityKey: activities.has(activityKey) || s.originId !== null ? activityKey : null,
      received: londonDate(new Date(s.createdAt)),
      firstResponse: s.firstResponseAt ? londonDate(new Date(s.firstResponseAt)) : null,
      workingDays: days,
      withinTarget: s.firstResponseAt !== null && days <= responseDays,
      status: s.status,
      outcome: s.outcome,
      outcomeDate: s.outcomeAt ? londonDate(new Date(s.outcomeAt)) : null,
      agreedWithForum: Boolean(s.agreed),
    });
  }
  // Activities outside the period can still be where an in-period suggestion came from (an event's points written up later).
  for (const s of bySuggestion.values()) {
    if (!s.activityKey || activities.has(s.activityKey)) continue;
    const outside = describeOutside(s.activityKey, db);
    if (outside) add(outside);
    else s.activityKey = null;
  }

  // Strategy areas and actions, each with the suggestions that shaped it and their activities.
  const links = db.all<{ actionId: number; suggestionId: number }>(
    sql`select action_id as actionId, suggestion_id as suggestionId from suggestion_actions`,
  );
  const activityLinks = registeredActivities().flatMap(([, activity]) => activity.evidence.actionLinks(db));
  const actions = db.all<{
    id: number;
    code: string;
    title: string;
    status: ActionStatus;
    level: ParticipationLevel | null;
    dueDate: string | null;
    area: string;
    areaPosition: number;
  }>(sql`
    select a.id, a.code, a.title, a.status, a.participation_level as level, a.due_date as dueDate, ar.name as area, ar.position as areaPosition
    from strategy_actions a join strategy_areas ar on ar.id = a.area_id`);
  actions.sort((a, b) => a.areaPosition - b.areaPosition || compareCodes(a.code, b.code));
  const areas: {
    name: string;
    actions: (Omit<(typeof actions)[number], "area" | "areaPosition"> & { suggestions: EvidenceSuggestion[]; activities: Activity[] })[];
  }[] = [];
  const suggestionsOf = new Map<number, EvidenceSuggestion[]>();
  for (const l of links) {
    const linked = bySuggestion.get(l.suggestionId);
    if (linked) suggestionsOf.set(l.actionId, [...(suggestionsOf.get(l.actionId) ?? []), linked]);
  }
  const linkedActivities = new Map<number, string[]>();
  for (const l of activityLinks) if (activities.has(l.key)) linkedActivities.set(l.actionId, [...(linkedActivities.get(l.actionId) ?? []), l.key]);
  for (const { area, areaPosition: _p, ...action } of actions) {
    const shaped = suggestionsOf.get(action.id) ?? [];
    const keys = new Set<string>([
      ...shaped.map((s) => s.activityKey).filter((k): k is string => k !== null),
      ...(linkedActivities.get(action.id) ?? []),
    ]);
    const entry = { ...action, suggestions: shaped, activities: [...keys].map((k) => activities.get(k)!).filter(Boolean) };
    const last = areas.at(-1);
    if (last?.name === area) last.actions.push(entry);
    else areas.push({ name: area, actions: [entry] });
  }

  const suggestionList = [...bySuggestion.values()];
  const responded = suggestionList.filter((s) => s.firstResponse !== null);
  const measures = registeredActivities().flatMap(([, activity]) => activity.evidence.measures);
  const measureTotal = (label: string) => [...activities.values()].reduce((n, a) => n + (a.measures.find((m) => m.label === label)?.count ?? 0), 0);
  const linkedIds = new Set(links.map((l) => l.suggestionId));
  const reachTotals = emptyReach();
  for (const a of activities.values()) for (const k of REACH_KINDS) reachTotals[k] += a.reach[k];
  return {
    from,
    to,
    responseDays,
    totals: {
      suggestions: suggestionList.length,
      linked: suggestionList.filter((s) => linkedIds.has(s.id)).length,
      withOutcome: suggestionList.filter((s) => s.outcome).length,
      responded: responded.length,
      withinTarget: suggestionList.filter((s) => s.withinTarget).length,
      medianDaysToFirstResponse: median(responded.map((s) => s.workingDays)),
    },
    // Each kind's own figures, added up over its activities, as the registry declares them.
    measureTotals: measures.map(({ label, total }) => ({ label, total, count: measureTotal(label) })),
    definitions: [...DEFINITIONS.slice(0, -2), ...measures.map(({ label, meaning }) => [label, meaning] as const), ...DEFINITIONS.slice(-2)],
    activities: [...activities.values()],
    reachTotals,
    areas,
    // Key messages ("What you told us") published for any part of the period, each counted over it.
    keyMessages: keyMessagesFor(from, to, db),
    // Who heard of the outcomes given in the period, by the way they chose.
    told: toldOfOutcomes(start, end, db),
  };
}

export type EvidenceReport = ReturnType<typeof evidenceReport>;

/** An activity outside the period, named so a suggestion's origin is still clear; its figures belong to its own period. */
function describeOutside(key: string, db: DbOrTx): Activity | undefined {
  const [kind, id] = key.split(":") as [ActivityKind, string | undefined];
  const found = id === undefined ? undefined : ACTIVITIES[kind].evidence.describe(Number(id), db);
  return found && { key, kind, ...found, measures: [], reach: emptyReach() };
}

const levelWord = (level: ParticipationLevel | null) => (level ? PARTICIPATION_LEVEL_TEXT[level].label : "");
// The CSV is a data file with a fixed vocabulary, in English like its column names; the page is in the reader's language.
const inEnglish = (key: string) => translatorFor("en").t(key);

/** The same report as one long table, so each figure is a row a spreadsheet can filter and check. */
export function evidenceCsvRows(report: EvidenceReport): (string | number)[][] {
  const rows: (string | number)[][] = [];
  const blank = (n: number) => Array<string>(n).fill("");
  const t = report.totals;
  for (const [label, count] of [
    ["Suggestions received", t.suggestions],
    ["Linked to a strategy action", t.linked],
    ["With an outcome", t.withOutcome],
    ["Responded", t.responded],
    ["Responded within target", t.withinTarget],
    ["Median working days to first response", t.medianDaysToFirstResponse ?? ""],
    ...report.measureTotals.map((m) => [inEnglish(m.label), m.count] as const),
    ...TOLD_CHANNELS.map((c) => [`Told of outcomes: ${inEnglish(TOLD_LABELS[c])}`, report.told.byChannel[c]] as const),
    ["Told of outcomes: " + inEnglish("told.waiting"), report.told.waiting],
    ["Told of outcomes: " + inEnglish("told.notTold"), report.told.notTold],
    [inEnglish("told.reachedNobody"), report.told.reachedNobody],
  ]) {
    rows.push(["Total", "", "", "", "", "", "", label, count, ...blank(11)]);
  }
  for (const a of report.activities) {
    const name = `${ACTIVITY_NAMES[a.kind]}: ${a.title}`;
    for (const m of a.measures) rows.push(["Activity", "", "", "", "", name, levelWord(a.level), inEnglish(m.label), m.count, ...blank(11)]);
    for (const k of REACH_KINDS) rows.push(["Reach", "", "", "", "", name, levelWord(a.level), REACH_LABELS[k], a.reach[k], ...blank(11)]);
  }
  for (const k of report.keyMessages)
    rows.push(["Key message", "", k.actions, "", "", `What you told us: ${k.report}`, "", k.theme, k.count, "", k.raisedBy, ...blank(9)]);
  const activityByKey = new Map(report.activities.map((a) => [a.key, a]));
  for (const area of report.areas) {
    for (const action of area.actions) {
      for (const a of action.activities)
        rows.push([
          "Action activity",
          area.name,
          action.code,
          action.title,
          levelWord(action.level),
          `${ACTIVITY_NAMES[a.kind]}: ${a.title}`,
          levelWord(a.level),
          "",
          "",
          ...blank(11),
        ]);
      for (const s of action.suggestions) {
        const activity = s.activityKey ? activityByKey.get(s.activityKey) : undefined;
        rows.push([
          "Suggestion",
          area.name,
          action.code,
          action.title,
          levelWord(action.level),
          activity ? `${ACTIVITY_NAMES[activity.kind]}: ${activity.title}` : s.source,
          activity ? levelWord(activity.level) : "",
          "",
          "",
          s.reference,
          s.publicWording,
          s.source,
          s.received,
          s.firstResponse ?? "",
          s.workingDays,
          s.withinTarget ? "yes" : "no",
          s.status.replace("_", " "),
          s.outcome,
          s.outcomeDate ?? "",
          s.agreedWithForum ? "yes" : "no",
        ]);
      }
    }
  }
  return rows;
}

export const EVIDENCE_CSV_COLUMNS = [
  "section",
  "strategy_area",
  "action_code",
  "action",
  "action_level",
  "activity",
  "activity_level",
  "measure",
  "count",
  "suggestion",
  "public_wording",
  "source",
  "received",
  "first_response",
  "working_days_to_first_response",
  "within_target",
  "status",
  "outcome",
  "outcome_date",
  "agreed_with_forum",
];

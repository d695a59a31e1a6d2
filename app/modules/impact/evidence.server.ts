import { sql } from "drizzle-orm";
import type { ActionStatus, ActivityKind as RegistryKind, ContributorKind, ParticipationLevel, SuggestionStatus } from "~db/schema";
import { ACTIVITY_NAMES } from "~/modules/activities/activity";
import { getDb, type DbOrTx } from "~/db.server";
import { reference } from "~/modules/feedback/reference";
import { getAreaSettings } from "~/modules/settings/area.server";
import { median, workingDaysBetween } from "~/utils/working-days";
import { compareCodes } from "~/modules/strategy/strategy.server";
import { PARTICIPATION_LEVEL_TEXT } from "./levels";
import { ACTIVITY_KIND_WORDS, REACH_KINDS, REACH_LABELS, type ActivityKind, type ReachKind } from "./evidence";
import { addDays, londonDate, londonDateTime } from "~/utils/dates";

// "What changed because families told us", for a period: every figure is a count of rows
// with a stated rule (DEFINITIONS), so anyone with the data can reproduce it. Nothing personal
// is read: no names, emails or anyone's own words, only officers' public wording and outcomes.

type Measure = { label: string; count: number };
export type Activity = {
  key: string;
  kind: ActivityKind;
  title: string;
  date: string;
  level: ParticipationLevel | null;
  measures: Measure[];
  reach: Record<ReachKind, number>;
};

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

// The report's own key for each kind a suggestion can come from. Typed over every kind, so a new kind
// does not compile until it is given one; it moves into the registry with the evidence duty.
const REPORT_KIND: Record<RegistryKind, ActivityKind> = { tellUs: "form", events: "event", surveys: "survey", reviews: "review", charter: "charter" };

const emptyReach = (): Record<ReachKind, number> => ({ parent_carer: 0, young_person: 0, professional: 0, other: 0 });
const reachKind = (kind: string | null): ReachKind =>
  kind === "parent_carer" || kind === "young_person" || kind === "professional" ? kind : "other";

function periodBounds(from: string, to: string) {
  return { start: londonDateTime(from, "00:00").getTime(), end: londonDateTime(addDays(to, 1), "00:00").getTime() };
}

export function evidenceReport(from: string, to: string, now = new Date(), db: DbOrTx = getDb()) {
  const { start, end } = periodBounds(from, to);
  const { responseDays } = getAreaSettings(db);
  const activities = new Map<string, Activity>();
  const add = (activity: Activity) => activities.set(activity.key, activity);

  // One grouped query per kind of activity; each row is an activity and a kind of participant.
  const gather = <R extends { id: number; n: number; kind: string | null }>(rows: R[], describe: (first: R, all: R[]) => Omit<Activity, "reach">) => {
    const byId = new Map<number, R[]>();
    for (const row of rows) byId.set(row.id, [...(byId.get(row.id) ?? []), row]);
    for (const group of byId.values()) {
      const reach = emptyReach();
      for (const row of group) reach[reachKind(row.kind)] += row.n;
      add({ ...describe(group[0]!, group), reach });
    }
  };
  const sum = <R>(rows: R[], pick: (row: R) => number) => rows.reduce((n, row) => n + pick(row), 0);

  // Events held in the period: bookings, and who came.
  gather(
    db.all<{
      id: number;
      title: string;
      startsAt: number;
      level: ParticipationLevel | null;
      kind: string | null;
      registrations: number;
      attended: number;
      n: number;
    }>(sql`
      select e.id, e.title, e.starts_at as startsAt, e.participation_level as level, r.role as kind,
        coalesce(sum(r.status = 'confirmed'), 0) as registrations, coalesce(sum(r.attended_at is not null), 0) as attended, coalesce(sum(r.attended_at is not null), 0) as n
      from events e left join registrations r on r.event_id = e.id
      where e.status = 'published' and e.starts_at >= ${start} and e.starts_at < ${end}
      group by e.id, r.role order by e.starts_at, e.id`),
    (e, all) => ({
      key: `event:${e.id}`,
      kind: "event",
      title: e.title,
      date: londonDate(new Date(e.startsAt)),
      level: e.level,
      measures: [
        { label: "Registrations", count: sum(all, (r) => r.registrations) },
        { label: "Attended", count: sum(all, (r) => r.attended) },
      ],
    }),
  );

  // Surveys with answers sent in the period.
  gather(
    db.all<{ id: number; title: string; closesOn: string; level: ParticipationLevel | null; kind: string | null; n: number }>(sql`
      select s.id, s.title, s.closes_on as closesOn, s.participation_level as level, r.respondent_kind as kind, count(*) as n
      from survey_responses r join surveys s on s.id = r.survey_id
      where r.status = 'submitted' and r.submitted_at >= ${start} and r.submitted_at < ${end}
      group by s.id, r.respondent_kind order by s.id`),
    (s, all) => ({
      key: `survey:${s.id}`,
      kind: "survey",
      title: s.title,
      date: s.closesOn,
      level: s.level,
      measures: [{ label: "Survey responses", count: sum(all, (r) => r.n) }],
    }),
  );

  // Documents commented on in the period: comments, and how many people wrote them (ambassadors are young people).
  gather(
    db.all<{ id: number; title: string; level: ParticipationLevel | null; kind: string; comments: number; lastAt: number; n: number }>(sql`
      select d.id, d.title, d.participation_level as level,
        case when exists (select 1 from user_roles ur where ur.user_id = c.user_id and ur.role = 'ambassador') then 'young_person' else 'other' end as kind,
        count(c.id) as comments, max(c.created_at) as lastAt, count(distinct c.user_id) as n
      from review_comments c join review_rounds r on r.id = c.round_id join review_documents d on d.id = r.document_id
      where c.created_at >= ${start} and c.created_at < ${end}
      group by d.id, kind order by d.id`),
    (d, all) => ({
      key: `review:${d.id}`,
      kind: "review",
      title: d.title,
      date: londonDate(new Date(Math.max(...all.map((r) => r.lastAt)))),
      level: d.level,
      measures: [{ label: "Ambassador comments", count: sum(all, (r) => r.comments) }],
    }),
  );

  // The charter.
  const signatures = db.all<{ kind: string; n: number }>(
    sql`select kind, count(*) as n from charter_signatures where status = 'confirmed' and confirmed_at >= ${start} and confirmed_at < ${end} group by kind`,
  );
  if (signatures.length) {
    const reach = emptyReach();
    for (const r of signatures) reach[reachKind(r.kind)] += r.n;
    add({
      key: "charter",
      kind: "charter",
      title: "Co-production charter",
      date: to,
      level: null,
      measures: [{ label: "Charter signatures", count: signatures.reduce((n, r) => n + r.n, 0) }],
      reach,
    });
  }

  // Suggestions received in the period, with where they came from.
  const rows = db.all<{
    id: number;
    publicWording: string;
    originKind: RegistryKind;
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
  const formReach = emptyReach();
  let formCount = 0;
  const bySuggestion = new Map<number, EvidenceSuggestion>();
  for (const s of rows) {
    const kind = REPORT_KIND[s.originKind];
    const activityKey = s.originId !== null ? `${kind}:${s.originId}` : kind === "form" ? "form" : null;
    if (kind === "form") {
      formReach[reachKind(s.kind)]++;
      formCount++;
    }
    const days = workingDaysBetween(new Date(s.createdAt), new Date(s.firstResponseAt ?? now.getTime()));
    bySuggestion.set(s.id, {
      id: s.id,
      reference: reference(s.id),
      publicWording: s.publicWording,
      source: ACTIVITY_NAMES[s.originKind],
      activityKey,
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
  if (formCount)
    add({
      key: "form",
      kind: "form",
      title: "Tell us form",
      date: to,
      level: null,
      measures: [{ label: "Suggestions", count: formCount }],
      reach: formReach,
    });
  // Activities outside the period can still be where an in-period suggestion came from (an event's points written up later).
  for (const s of bySuggestion.values()) if (s.activityKey && !activities.has(s.activityKey)) add(describeOutside(s.activityKey, db));

  // Strategy areas and actions, each with the suggestions that shaped it and their activities.
  const links = db.all<{ actionId: number; suggestionId: number }>(
    sql`select action_id as actionId, suggestion_id as suggestionId from suggestion_actions`,
  );
  const eventLinks = db.all<{ actionId: number; eventId: number }>(sql`select action_id as actionId, event_id as eventId from event_actions`);
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
  const eventsOf = new Map<number, string[]>();
  for (const l of eventLinks)
    if (activities.has(`event:${l.eventId}`)) eventsOf.set(l.actionId, [...(eventsOf.get(l.actionId) ?? []), `event:${l.eventId}`]);
  for (const { area, areaPosition: _p, ...action } of actions) {
    const shaped = suggestionsOf.get(action.id) ?? [];
    const keys = new Set<string>([...shaped.map((s) => s.activityKey).filter((k): k is string => k !== null), ...(eventsOf.get(action.id) ?? [])]);
    const entry = { ...action, suggestions: shaped, activities: [...keys].map((k) => activities.get(k)!).filter(Boolean) };
    const last = areas.at(-1);
    if (last?.name === area) last.actions.push(entry);
    else areas.push({ name: area, actions: [entry] });
  }

  const suggestionList = [...bySuggestion.values()];
  const responded = suggestionList.filter((s) => s.firstResponse !== null);
  const measureTotal = (label: string) =>
    [...activities.values()].filter((a) => a.key !== "form").reduce((n, a) => n + (a.measures.find((m) => m.label === label)?.count ?? 0), 0);
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
      registrations: measureTotal("Registrations"),
      attended: measureTotal("Attended"),
      surveyResponses: measureTotal("Survey responses"),
      signatures: measureTotal("Charter signatures"),
      ambassadorComments: measureTotal("Ambassador comments"),
    },
    activities: [...activities.values()],
    reachTotals,
    areas,
  };
}

export type EvidenceReport = ReturnType<typeof evidenceReport>;

/** An activity outside the period, named so a suggestion's source is still clear; its figures belong to its own period. */
function describeOutside(key: string, db: DbOrTx): Activity {
  const [kind, raw] = key.split(":") as ["event" | "survey" | "review", string];
  const id = Number(raw);
  const row =
    kind === "event"
      ? db.get<{ title: string; level: ParticipationLevel | null; at: number }>(
          sql`select title, participation_level as level, starts_at as at from events where id = ${id}`,
        )
      : kind === "survey"
        ? db.get<{ title: string; level: ParticipationLevel | null; at: number }>(
            sql`select title, participation_level as level, closes_at as at from surveys where id = ${id}`,
          )
        : db.get<{ title: string; level: ParticipationLevel | null; at: number }>(
            sql`select title, participation_level as level, created_at as at from review_documents where id = ${id}`,
          );
  return {
    key,
    kind,
    title: row?.title ?? "Removed",
    date: row ? londonDate(new Date(row.at)) : "",
    level: row?.level ?? null,
    measures: [],
    reach: emptyReach(),
  };
}

const levelWord = (level: ParticipationLevel | null) => (level ? PARTICIPATION_LEVEL_TEXT[level].label : "");

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
    ["Registrations", t.registrations],
    ["Attended", t.attended],
    ["Survey responses", t.surveyResponses],
    ["Charter signatures", t.signatures],
    ["Ambassador comments", t.ambassadorComments],
  ] as const) {
    rows.push(["Total", "", "", "", "", "", "", label, count, ...blank(11)]);
  }
  for (const a of report.activities) {
    const name = `${ACTIVITY_KIND_WORDS[a.kind]}: ${a.title}`;
    for (const m of a.measures) rows.push(["Activity", "", "", "", "", name, levelWord(a.level), m.label, m.count, ...blank(11)]);
    for (const k of REACH_KINDS) rows.push(["Reach", "", "", "", "", name, levelWord(a.level), REACH_LABELS[k], a.reach[k], ...blank(11)]);
  }
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
          `${ACTIVITY_KIND_WORDS[a.kind]}: ${a.title}`,
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
          activity ? `${ACTIVITY_KIND_WORDS[activity.kind]}: ${activity.title}` : s.source,
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

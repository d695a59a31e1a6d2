// Words and rules of the evidence report, shared by the server and the report page.

import type { ActivityKind, ParticipationLevel } from "~db/schema/enums";

/** Message keys: each term and how it is counted. */
export const DEFINITIONS = [
  ["evidence.def.period", "evidence.def.period.meaning"],
  ["evidence.def.received", "evidence.def.received.meaning"],
  ["evidence.def.withinTarget", "evidence.def.withinTarget.meaning"],
  ["evidence.def.told", "evidence.def.told.meaning"],
  // Each kind of activity's own figures come next, as it declares them (its `evidence.measures`).
  ["evidence.def.reach", "evidence.def.reach.meaning"],
  ["evidence.def.keyMessages", "evidence.def.keyMessages.meaning"],
] as const;

export type ReachKind = "parent_carer" | "young_person" | "professional" | "other";
export const REACH_KINDS: ReachKind[] = ["parent_carer", "young_person", "professional", "other"];
export const REACH_LABELS: Record<ReachKind, string> = {
  parent_carer: "Parent carers",
  young_person: "Young people",
  professional: "Professionals",
  other: "Other or not said",
};

/** One activity in the report: what it was, its figures, and who took part by kind of participant. */
export type EvidenceActivity = {
  /** `kind:id` for one event, survey or document; the kind alone for the Tell us form and the charter. */
  key: string;
  kind: ActivityKind;
  title: string;
  date: string;
  level: ParticipationLevel | null;
  measures: { label: string; count: number }[];
  reach: Record<ReachKind, number>;
};

/** The report's period as moments (start inclusive, end exclusive) and as the dates asked for. */
export type EvidencePeriod = { start: number; end: number; from: string; to: string };

export const emptyReach = (): Record<ReachKind, number> => ({ parent_carer: 0, young_person: 0, professional: 0, other: 0 });
export const reachKind = (kind: string | null): ReachKind =>
  kind === "parent_carer" || kind === "young_person" || kind === "professional" ? kind : "other";
export const sumOf = <R>(rows: R[], pick: (row: R) => number) => rows.reduce((n, row) => n + pick(row), 0);

/**
 * Activities from one grouped query whose rows are an activity and a kind of participant (`n` of
 * them): the rows of each activity become one, with its reach added up.
 */
export function byActivity<R extends { id: number; n: number; kind: string | null }>(
  rows: R[],
  describe: (first: R, all: R[]) => Omit<EvidenceActivity, "reach">,
): EvidenceActivity[] {
  const byId = new Map<number, R[]>();
  for (const row of rows) byId.set(row.id, [...(byId.get(row.id) ?? []), row]);
  return [...byId.values()].map((group) => {
    const reach = emptyReach();
    for (const row of group) reach[reachKind(row.kind)] += row.n;
    return { ...describe(group[0]!, group), reach };
  });
}

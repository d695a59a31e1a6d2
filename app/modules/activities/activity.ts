import type { Translator } from "~/modules/i18n/translate";
import type { DbOrTx } from "~/db.server";
import type { EvidenceActivity, EvidencePeriod } from "~/modules/impact/evidence";
import type { AreaSettings } from "~/modules/settings/area.server";

// The shape every kind of activity (the Tell us form, events, surveys, document reviews, the
// charter, ...) declares once, in its own folder, for the shared capabilities that loop over the
// registry (registry.server.ts) and never name a kind. A kind that leaves a duty out does not compile.
// docs/decisions/0012-activity-registry.md says how to add a kind.

/**
 * The person whose data is asked for: their account, and their email address once they have proved
 * they read it. Until then, what was given under that address may be someone else's (decision 0011).
 */
export type DataSubject = { userId: string; email: string; provedEmail: string | null };

/** One record of personal data as a person sees it in "your data" and its download. */
export type DataRecord = Record<string, string | number | boolean | null | Date | string[] | Record<string, unknown>[] | Record<string, string>>;

export type RetentionPeriods = Pick<AreaSettings, "registrantMonths" | "surveyIdentityMonths" | "unconfirmedSignatureDays" | "emailDays">;

export type PersonalDataDuties = {
  /** Everything this kind holds about the person, by section ("registrations": [...]), for "your data". */
  export(subject: DataSubject, db: DbOrTx): Record<string, DataRecord[]>;
  /** Message keys for the fields of its records that the generic wording ("createdAt" → "Created at") would get wrong. */
  labels: Record<string, string>;
  /**
   * Removes who the person is from this kind's records, in the caller's transaction: what they said
   * stays, anonymised, so published figures still add up. Everything under their account, and under
   * their email whether or not they proved it (erasure is asked for by the holder or checked by an officer).
   */
  erase(subject: { userId: string; email: string }, tx: DbOrTx, now: Date): void;
  /** Removes personal details past their period, in the caller's transaction; how many records, by what. */
  applyRetention(periods: RetentionPeriods, tx: DbOrTx, now: Date): Record<string, number>;
};

/** One figure a kind counts for each of its activities: its `label` there, its name in the report's totals, and its rule. */
/** Message keys: a figure's short name (also its CSV name, in English), its name as a total, and how it is counted. */
export type EvidenceMeasure = { label: string; total: string; meaning: string };

/** What the evidence report counts of a kind, by its stated rules (the general ones are DEFINITIONS in impact/evidence.ts). */
export type EvidenceDuties = {
  /** The figures its activities carry, in the order the report shows them; each activity's `measures` use these labels. */
  measures: EvidenceMeasure[];
  /** Its activities with participation in the period, each with its figures and reach. */
  activities(period: EvidencePeriod, db: DbOrTx): EvidenceActivity[];
  /** One of its activities outside the period, named so a suggestion's origin is still clear; none for a kind without ids. */
  describe(id: number, db: DbOrTx): Pick<EvidenceActivity, "title" | "date" | "level"> | undefined;
  /** Its activities linked to strategy actions directly (not through a suggestion), by activity key. */
  actionLinks(db: DbOrTx): { actionId: number; key: string }[];
  /** Where a theme's items of this kind were said, for "raised by 143 people at 3 events": "at 3 events", in the language of `t`. */
  raisedAt(activities: number, t: Translator["t"]): string;
};

/** One piece of a kind's free text that the safeguarding check reads when it is saved. */
export type SafeguardingCheck = {
  /** In plain words, for the people who set the phrases ("comments on documents under review"): a message key. */
  what: string;
  /**
   * Saves `text` there, in the demo area, by the path a person's words take, and says whether it was
   * held back from the public. The registry's test runs every check with words on the list.
   */
  tryOut(text: string, now: Date): { heldBack: boolean };
};

/** What the safeguarding check reads of a kind. */
export type SafeguardingDuty = {
  /** Each piece of free text it checks when it is saved; none is an empty list. */
  checks: SafeguardingCheck[];
};

/** A link in the site's menu to a kind's public pages; `onlyFor` limits it to people with one of those roles. */
/** `label` is the message key of the link's words (see modules/i18n). */
export type MenuLink = { label: string; to: string; onlyFor?: Role[] };

/** A link on the staff "Manage" page to where a kind's activities are run, for people with `permission`. */
export type ManageLink = { label: string; to: string; permission: Permission };

/** Work done on the clock, not on a request: each job runs every minute, and running it again does nothing twice. */
export type TimedJob = { name: string; everyMinute(now: Date): void };

/** The demo local area's staff, for a kind's example activity. */
export type DemoArea = { officerId: string; organiserId: string; ambassadorIds: string[] };

export type ActivityDefinition = {
  personalData: PersonalDataDuties;
  evidence: EvidenceDuties;
  safeguarding: SafeguardingDuty;
  /** Its links in the site's menu, in order; none is an empty list. */
  menu: MenuLink[];
  /** Its links on the staff "Manage" page; none is an empty list. */
  manage: ManageLink[];
  /** Its timed work (reminders); none is an empty list, said on purpose. */
  timedWork: TimedJob[];
  /** Adds a realistic example of it, with people taking part, to the demo local area (db/seed.ts runs every kind's). */
  demo(area: DemoArea): void;
};

import type { ActivityKind, Role } from "~db/schema/enums";
import type { Permission } from "~/modules/auth/permissions.server";
export { ACTIVITY_KINDS, type ActivityKind } from "~db/schema/enums";
/** What people call each kind of activity (pages and CSVs use these; they hold no server code). */
// In English, for spreadsheets and logs; pages use the message keys.
export { ACTIVITY_KIND_NAMES as ACTIVITY_NAMES } from "~db/schema/enums";

/** Each kind's name, as a message key. */
export const ACTIVITY_NAME_KEYS: Record<ActivityKind, string> = {
  tellUs: "activity.name.tellUs",
  events: "activity.name.events",
  surveys: "activity.name.surveys",
  reviews: "activity.name.reviews",
  charter: "activity.name.charter",
  groups: "activity.name.groups",
};

/** Months before a moment, on the calendar (12 months before 10 January is 10 January last year). */
export function monthsBefore(now: Date, months: number): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

export const DAY_MS = 86_400_000;

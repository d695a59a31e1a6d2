import type { ActionStatus, SuggestionStatus } from "~db/schema/enums";

// Statuses are always shown as a tag with words, never colour alone.

export const ACTION_STATUS: Record<ActionStatus, { label: string; tag: string }> = {
  not_started: { label: "Not started", tag: "govuk-tag--grey" },
  on_track: { label: "On track", tag: "govuk-tag--green" },
  at_risk: { label: "At risk", tag: "govuk-tag--yellow" },
  off_track: { label: "Off track", tag: "govuk-tag--red" },
  complete: { label: "Complete", tag: "govuk-tag--blue" },
};

export const SUGGESTION_STATUS: Record<SuggestionStatus, { label: string; tag: string }> = {
  received: { label: "Received", tag: "govuk-tag--grey" },
  under_review: { label: "Under review", tag: "govuk-tag--light-blue" },
  planned: { label: "Planned", tag: "govuk-tag--purple" },
  in_progress: { label: "In progress", tag: "govuk-tag--blue" },
  done: { label: "Done", tag: "govuk-tag--green" },
  not_possible: { label: "Not possible", tag: "govuk-tag--orange" },
  merged: { label: "Merged", tag: "govuk-tag--grey" },
};

export function ActionStatusTag({ status }: { status: ActionStatus }) {
  const s = ACTION_STATUS[status];
  return <strong className={`govuk-tag ${s.tag}`}>{s.label}</strong>;
}

export function SuggestionStatusTag({ status }: { status: SuggestionStatus }) {
  const s = SUGGESTION_STATUS[status];
  return <strong className={`govuk-tag ${s.tag}`}>{s.label}</strong>;
}

export const CONTRIBUTOR_KIND_LABELS = {
  parent_carer: "Parent or carer",
  young_person: "Young person",
  professional: "Professional",
  other: "Other",
} as const;

export { reference } from "~/modules/feedback/reference";

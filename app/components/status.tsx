import type { ActionStatus, SuggestionStatus } from "~db/schema/enums";
import { useT } from "~/components/i18n";

// Statuses are always shown as a tag with words, never colour alone. Each label is a message key.

export const ACTION_STATUS: Record<ActionStatus, { labelKey: string; tag: string }> = {
  not_started: { labelKey: "status.action.not_started", tag: "govuk-tag--grey" },
  on_track: { labelKey: "status.action.on_track", tag: "govuk-tag--green" },
  at_risk: { labelKey: "status.action.at_risk", tag: "govuk-tag--yellow" },
  off_track: { labelKey: "status.action.off_track", tag: "govuk-tag--red" },
  complete: { labelKey: "status.action.complete", tag: "govuk-tag--blue" },
};

export const SUGGESTION_STATUS: Record<SuggestionStatus, { labelKey: string; tag: string }> = {
  received: { labelKey: "status.suggestion.received", tag: "govuk-tag--grey" },
  under_review: { labelKey: "status.suggestion.under_review", tag: "govuk-tag--light-blue" },
  planned: { labelKey: "status.suggestion.planned", tag: "govuk-tag--purple" },
  in_progress: { labelKey: "status.suggestion.in_progress", tag: "govuk-tag--blue" },
  done: { labelKey: "status.suggestion.done", tag: "govuk-tag--green" },
  not_possible: { labelKey: "status.suggestion.not_possible", tag: "govuk-tag--orange" },
  merged: { labelKey: "status.suggestion.merged", tag: "govuk-tag--grey" },
};

export function ActionStatusTag({ status }: { status: ActionStatus }) {
  const { t } = useT();
  const s = ACTION_STATUS[status];
  return <strong className={`govuk-tag ${s.tag}`}>{t(s.labelKey)}</strong>;
}

export function SuggestionStatusTag({ status }: { status: SuggestionStatus }) {
  const { t } = useT();
  const s = SUGGESTION_STATUS[status];
  return <strong className={`govuk-tag ${s.tag}`}>{t(s.labelKey)}</strong>;
}

export const CONTRIBUTOR_KIND_LABELS = {
  parent_carer: "contributorKind.parent_carer",
  young_person: "contributorKind.young_person",
  professional: "contributorKind.professional",
  other: "contributorKind.other",
} as const;

export { reference } from "~/modules/feedback/reference";

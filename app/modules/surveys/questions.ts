import type { ContributorKind, QuestionKind } from "~db/schema/enums";

// Shared by the server and the pages: what a question looks like to the
// person answering it, and the fixed choices some kinds have.

/** A choice to answer; the fixed ones (yes, no, not sure) hold message keys and say so with `catalogue`. */
export type Choice = { id: string; label: string; easy: string; catalogue?: true };

export type Question = {
  id: number;
  pageId: number;
  kind: QuestionKind;
  text: string;
  hint: string;
  required: boolean;
  easyText: string;
  choices: Choice[];
  allowOther: boolean;
  lowLabel: string;
  highLabel: string;
};

/** Message keys. */
export const QUESTION_KIND_LABELS: Record<QuestionKind, string> = {
  short_text: "manage.survey.kind.short_text",
  long_text: "manage.survey.kind.long_text",
  single: "manage.survey.kind.single",
  multiple: "manage.survey.kind.multiple",
  rating: "manage.survey.kind.rating",
  yes_no: "manage.survey.kind.yes_no",
};

export const YES_NO: Choice[] = [
  { id: "yes", label: "survey.yes", easy: "survey.yes", catalogue: true },
  { id: "no", label: "survey.no", easy: "survey.no", catalogue: true },
  { id: "not_sure", label: "survey.notSure", easy: "survey.notSure.easy", catalogue: true },
];

export const RATINGS = ["1", "2", "3", "4", "5"] as const;

/** Message keys. */
export const RESPONDENT_KIND_LABELS: Record<ContributorKind, { label: string; easy: string }> = {
  parent_carer: { label: "survey.kind.parent_carer", easy: "survey.kind.parent_carer.easy" },
  young_person: { label: "survey.kind.young_person", easy: "survey.kind.young_person.easy" },
  professional: { label: "survey.kind.professional", easy: "survey.kind.professional.easy" },
  other: { label: "survey.kind.other", easy: "survey.kind.other.easy" },
};

/** The choices a question offers, whatever its kind. */
export function choicesOf(q: Pick<Question, "kind" | "choices" | "lowLabel" | "highLabel">): Choice[] {
  if (q.kind === "yes_no") return YES_NO;
  if (q.kind === "rating")
    return RATINGS.map((r) => ({
      id: r,
      label: r === "1" && q.lowLabel ? `1 (${q.lowLabel})` : r === "5" && q.highLabel ? `5 (${q.highLabel})` : r,
      easy: r,
    }));
  return q.choices;
}

/** The wording a person sees: easy read where the officer wrote it. */
export function wordingOf(q: Pick<Question, "text" | "easyText">, easy: boolean): string {
  return easy && q.easyText ? q.easyText : q.text;
}

/** A choice's words: the officer's, or the catalogue's for the fixed choices (`t` translates). */
export function choiceLabel(c: Choice, easy: boolean, t: (key: string) => string): string {
  const words = easy && c.easy ? c.easy : c.label;
  return c.catalogue ? t(words) : words;
}

/** Message keys. */
export const SURVEY_STATE_LABELS = {
  draft: "manage.survey.state.draft",
  scheduled: "manage.survey.state.scheduled",
  open: "manage.survey.state.open",
  closed: "manage.survey.state.closed",
} as const;

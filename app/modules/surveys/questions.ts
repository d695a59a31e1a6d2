import type { ContributorKind, QuestionKind } from "~db/schema/enums";

// Shared by the server and the pages: what a question looks like to the
// person answering it, and the fixed choices some kinds have.

export type Choice = { id: string; label: string; easy: string };

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

export const QUESTION_KIND_LABELS: Record<QuestionKind, string> = {
  short_text: "Short text",
  long_text: "Long text",
  single: "Single choice",
  multiple: "Multiple choice",
  rating: "Rating from 1 to 5",
  yes_no: "Yes, no or not sure",
};

export const YES_NO: Choice[] = [
  { id: "yes", label: "Yes", easy: "Yes" },
  { id: "no", label: "No", easy: "No" },
  { id: "not_sure", label: "Not sure", easy: "I am not sure" },
];

export const RATINGS = ["1", "2", "3", "4", "5"] as const;

export const RESPONDENT_KIND_LABELS: Record<ContributorKind, { label: string; easy: string }> = {
  parent_carer: { label: "A parent or carer", easy: "I am a parent or carer" },
  young_person: { label: "A child or young person", easy: "I am a young person" },
  professional: { label: "A professional", easy: "I work with children or families" },
  other: { label: "Someone else", easy: "None of these" },
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

export function choiceLabel(c: Choice, easy: boolean): string {
  return easy && c.easy ? c.easy : c.label;
}

export const SURVEY_STATE_LABELS = { draft: "Draft", scheduled: "Not open yet", open: "Open", closed: "Closed" } as const;

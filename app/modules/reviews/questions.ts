import type { CommentDecision, ReviewQuestionKind } from "~db/schema/enums";

// Shared by the server and the pages: the questions every reviewer is asked
// unless the officer changes them.

export type ReviewQuestion = { id: string; kind: ReviewQuestionKind; text: string };

const DEFAULT_QUESTION_KEYS: ReviewQuestion[] = [
  { id: "q1", kind: "rating", text: "reviews.question.easy" },
  { id: "q2", kind: "text", text: "reviews.question.change" },
];

/** The questions an officer starts from, in the language of `t`. */
export function defaultQuestions(t: (key: string) => string): ReviewQuestion[] {
  return DEFAULT_QUESTION_KEYS.map((q) => ({ ...q, text: t(q.text) }));
}

export const MAX_QUESTIONS = 4;

/** The rating scale; labels are message keys. */
export const RATING_CHOICES = [
  { value: "1", label: "reviews.rating.1" },
  { value: "2", label: "reviews.rating.2" },
  { value: "3", label: "reviews.rating.3" },
  { value: "4", label: "reviews.rating.4" },
  { value: "5", label: "reviews.rating.5" },
];

export const DECISION_LABELS: Record<CommentDecision, string> = {
  accepted: "reviews.decision.accepted",
  not_accepted: "reviews.decision.not_accepted",
};

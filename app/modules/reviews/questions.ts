import type { CommentDecision, ReviewQuestionKind } from "~db/schema/enums";

// Shared by the server and the pages: the questions every reviewer is asked
// unless the officer changes them.

export type ReviewQuestion = { id: string; kind: ReviewQuestionKind; text: string };

export const DEFAULT_QUESTIONS: ReviewQuestion[] = [
  { id: "q1", kind: "rating", text: "How easy was this to understand?" },
  { id: "q2", kind: "text", text: "What would you change?" },
];

export const MAX_QUESTIONS = 4;

export const RATING_CHOICES = [
  { value: "1", label: "1 (not at all)" },
  { value: "2", label: "2" },
  { value: "3", label: "3" },
  { value: "4", label: "4" },
  { value: "5", label: "5 (very)" },
];

export const DECISION_LABELS: Record<CommentDecision, string> = { accepted: "Accepted", not_accepted: "Not accepted" };

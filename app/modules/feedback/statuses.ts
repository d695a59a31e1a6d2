import type { SuggestionStatus } from "~db/schema/enums";

// Shared by the server and the triage page, so it holds no server code.

/** Where each status may go next. "Merged" has its own step. */
export const NEXT_STATUSES: Record<SuggestionStatus, SuggestionStatus[]> = {
  received: ["under_review", "planned", "in_progress", "done", "not_possible"],
  under_review: ["planned", "in_progress", "done", "not_possible"],
  planned: ["under_review", "in_progress", "done", "not_possible"],
  in_progress: ["planned", "done", "not_possible"],
  done: ["in_progress"],
  not_possible: ["under_review", "planned"],
  merged: [],
};

/** Statuses in the words used in sentences and email subjects: message keys. */
export const STATUS_WORDS: Record<SuggestionStatus, string> = {
  received: "statusWords.received",
  under_review: "statusWords.under_review",
  planned: "statusWords.planned",
  in_progress: "statusWords.in_progress",
  done: "statusWords.done",
  not_possible: "statusWords.not_possible",
  merged: "statusWords.merged",
};

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

/** Statuses in the words used in sentences and email subjects. */
export const STATUS_WORDS: Record<SuggestionStatus, string> = {
  received: "received",
  under_review: "under review",
  planned: "planned",
  in_progress: "in progress",
  done: "done",
  not_possible: "not possible",
  merged: "merged",
};

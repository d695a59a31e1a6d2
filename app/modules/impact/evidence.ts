// Words and rules of the evidence report, shared by the server and the report page.

export type ActivityKind = "event" | "survey" | "review" | "charter" | "form";

export const DEFINITIONS = [
  ["Period", "From the start of the first day to the end of the last day, in UK time."],
  [
    "Suggestions received",
    "Suggestions made in the period, from any source, not counting ones merged into another or held as a safeguarding concern.",
  ],
  [
    "Responded within target",
    "Of those, how many had a first response (a status change or publication) within the local target of working days, which skip weekends and bank holidays.",
  ],
  ["Registrations", "Bookings (not cancelled, not on the waiting list) for events held in the period."],
  ["Attended", "People marked as having come to events held in the period, walk-ins included."],
  ["Survey responses", "Survey answers sent in the period."],
  ["Charter signatures", "Charter signatures confirmed in the period and not withdrawn."],
  ["Ambassador comments", "Comments on documents under review written in the period."],
  ["Reach", "People taking part in each activity, by who they said they are. One person taking part in two activities is counted in each."],
] as const;

export type ReachKind = "parent_carer" | "young_person" | "professional" | "other";
export const REACH_KINDS: ReachKind[] = ["parent_carer", "young_person", "professional", "other"];
export const REACH_LABELS: Record<ReachKind, string> = {
  parent_carer: "Parent carers",
  young_person: "Young people",
  professional: "Professionals",
  other: "Other or not said",
};

export const ACTIVITY_KIND_WORDS: Record<ActivityKind, string> = {
  event: "Event",
  survey: "Survey",
  review: "Document review",
  charter: "Charter",
  form: "Tell us form",
};

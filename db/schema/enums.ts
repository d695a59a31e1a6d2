// The fixed lists of values the tables use. Kept free of drizzle so pages can
// import them without pulling database code into the browser.

export const ROLES = ["member", "ambassador", "organiser", "officer", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const TOKEN_PURPOSES = ["verify_email", "reset_password", "sign_in_link", "invite"] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

export const OUTBOX_STATUSES = ["pending", "sending", "sent", "failed"] as const;

export const ACTION_STATUSES = ["not_started", "on_track", "at_risk", "off_track", "complete"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const SUGGESTION_STATUSES = ["received", "under_review", "planned", "in_progress", "done", "not_possible", "merged"] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

export const SUGGESTION_SOURCES = ["form", "event", "survey", "review", "officer"] as const;
export type SuggestionSource = (typeof SUGGESTION_SOURCES)[number];

export const CONTRIBUTOR_KINDS = ["parent_carer", "young_person", "professional", "other"] as const;
export type ContributorKind = (typeof CONTRIBUTOR_KINDS)[number];

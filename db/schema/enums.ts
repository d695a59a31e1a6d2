// The fixed lists of values the tables use. Kept free of drizzle so pages can
// import them without pulling database code into the browser.

// The languages people choose to read in (app/modules/i18n/languages.ts names them). The first three
// are the interface's: every page, email and message is in them. In the others, offered where the
// area chooses them in its settings, pages are in English and what the area writes for the public is
// shown in its translation. Each suggestion, booking, survey response and signature records which
// one the person used, and every message to that person is in it.
export const INTERFACE_LANGUAGE_CODES = ["en", "cy", "ur"] as const;
export const LANGUAGE_CODES = [...INTERFACE_LANGUAGE_CODES, "pl", "pa", "bn", "ar"] as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

// What officers write for the public that can carry translations (app/modules/i18n/content.server.ts).
export const TRANSLATABLE_KINDS = [
  "suggestion",
  "strategy",
  "area",
  "action",
  "event",
  "survey",
  "surveyPage",
  "surveyQuestion",
  "charter",
  "commitment",
  "report",
  "keyMessage",
  "sitePage",
] as const;
export type TranslatableKind = (typeof TRANSLATABLE_KINDS)[number];

export const ROLES = ["member", "ambassador", "organiser", "officer", "admin"] as const;
export type Role = (typeof ROLES)[number];

// second_factor: a sign-in whose password (or link) was right, waiting for its code.
export const TOKEN_PURPOSES = ["verify_email", "reset_password", "sign_in_link", "invite", "second_factor"] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

export const OUTBOX_STATUSES = ["pending", "sending", "sent", "failed"] as const;

// The ways a message goes out through the outbox: email (SMTP), and text message and letter (GOV.UK
// Notify; letters go through Notify only where it is set up for them, otherwise officers print them).
export const CHANNELS = ["email", "sms", "letter"] as const;
export type Channel = (typeof CHANNELS)[number];

// How a person can choose to hear back: a channel of the outbox, a letter officers print and post,
// or through the parent carer forum, whose organisers pass the news on themselves.
export const FOLLOW_CHANNELS = ["email", "sms", "post", "forum"] as const;
export type FollowChannel = (typeof FOLLOW_CHANNELS)[number];

// How words reached us: typed in by the person online, or written on a paper form and typed in by
// an officer or organiser (who ticked that the person signed the same consent on paper).
export const RECEIVED_ON = ["online", "paper"] as const;
export type ReceivedOn = (typeof RECEIVED_ON)[number];

export const ACTION_STATUSES = ["not_started", "on_track", "at_risk", "off_track", "complete"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const SUGGESTION_STATUSES = ["received", "under_review", "planned", "in_progress", "done", "not_possible", "merged"] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

// The kinds of activity through which people take part, with what people call each: the one list
// of kinds. Each has one entry in the activity registry (app/modules/activities/), which does not
// compile until it has. A suggestion records which kind it came from.
export const ACTIVITY_KIND_NAMES = {
  tellUs: "Tell us form",
  events: "Listening event",
  surveys: "Survey",
  reviews: "Document review",
  charter: "Co-production charter",
  groups: "Co-production group",
} as const;
export type ActivityKind = keyof typeof ACTIVITY_KIND_NAMES;
export const ACTIVITY_KINDS = Object.keys(ACTIVITY_KIND_NAMES) as [ActivityKind, ...ActivityKind[]];

export const CONTRIBUTOR_KINDS = ["parent_carer", "young_person", "professional", "other"] as const;
export type ContributorKind = (typeof CONTRIBUTOR_KINDS)[number];

export const EVENT_TYPES = ["listening_event", "coffee_morning", "workshop", "webinar", "task_and_finish"] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_AUDIENCES = ["parent_carers", "young_people", "professionals", "everyone"] as const;
export type EventAudience = (typeof EVENT_AUDIENCES)[number];

export const EVENT_FORMATS = ["in_person", "online", "hybrid"] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

export const EVENT_STATUSES = ["draft", "published", "cancelled"] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const VENUE_FEATURES = ["step_free", "hearing_loop", "quiet_room", "bsl_on_request", "parking"] as const;
export type VenueFeature = (typeof VENUE_FEATURES)[number];

export const ACCESS_NEEDS = ["bsl", "captions_loop", "step_free", "quiet_room", "large_print", "childcare"] as const;
export type AccessNeed = (typeof ACCESS_NEEDS)[number];

export const ATTENDEE_ROLES = ["parent_carer", "young_person", "professional"] as const;
export type AttendeeRole = (typeof ATTENDEE_ROLES)[number];

export const REGISTRATION_STATUSES = ["confirmed", "waiting", "cancelled"] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const SIGNATORY_KINDS = ["parent_carer", "young_person", "professional", "organisation"] as const;
export type SignatoryKind = (typeof SIGNATORY_KINDS)[number];

export const SIGNATURE_STATUSES = ["unconfirmed", "confirmed", "withdrawn"] as const;
export type SignatureStatus = (typeof SIGNATURE_STATUSES)[number];

export const REVIEW_QUESTION_KINDS = ["rating", "text"] as const;
export type ReviewQuestionKind = (typeof REVIEW_QUESTION_KINDS)[number];

export const COMMENT_DECISIONS = ["accepted", "not_accepted"] as const;
export type CommentDecision = (typeof COMMENT_DECISIONS)[number];

export const QUESTION_KINDS = ["short_text", "long_text", "single", "multiple", "rating", "yes_no"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const SURVEY_STATUSES = ["draft", "published"] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

export const RESPONSE_STATUSES = ["in_progress", "submitted"] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

// Asked at sign-up. Under-13s are not given accounts, so there is no value for them.
export const AGE_GROUPS = ["13_to_17", "18_plus"] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

export const FLAG_SOURCES = ["suggestion", "survey_answer", "review_comment"] as const;
export type FlagSource = (typeof FLAG_SOURCES)[number];

// How far families are involved in an activity, shown publicly beside it.
export const PARTICIPATION_LEVELS = ["inform", "consult", "engage", "co_design", "co_produce"] as const;
export type ParticipationLevel = (typeof PARTICIPATION_LEVELS)[number];

// The statuses that carry a public outcome ("we did" / "we can't, because").
export const OUTCOME_STATUSES = ["done", "not_possible"] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];

// Where a proposed outcome is in joint sign-off.
export const SIGN_OFF_STATES = ["awaiting_forum", "agreed", "sent_back"] as const;
export type SignOffState = (typeof SIGN_OFF_STATES)[number];

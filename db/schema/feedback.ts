import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "./auth";
import { strategyActions } from "./strategy";
import {
  ACTIVITY_KINDS,
  FOLLOW_CHANNELS,
  CONTRIBUTOR_KINDS,
  OUTCOME_STATUSES,
  SIGN_OFF_STATES,
  SUGGESTION_STATUSES,
  LANGUAGE_CODES,
  RECEIVED_ON,
} from "./enums";

export const topics = sqliteTable("topics", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull().unique(),
  archived: integer("archived", { mode: "boolean" }).notNull().default(false),
});

export const suggestions = sqliteTable(
  "suggestions",
  {
    // The reference people see is built from the id: YS-0042.
    id: integer("id").primaryKey({ autoIncrement: true }),
    // What the person wrote. Private: never shown publicly.
    body: text("body").notNull(),
    // An officer's English rendering of words written in another language, for analysis. Private like the original.
    bodyEnglish: text("body_english").notNull().default(""),
    // What the public sees, written or approved by an officer.
    publicWording: text("public_wording").notNull().default(""),
    topicId: integer("topic_id").references(() => topics.id),
    contributorKind: text("contributor_kind", { enum: CONTRIBUTOR_KINDS }).notNull(),
    contributorName: text("contributor_name"),
    contributorEmail: text("contributor_email"),
    contributorUserId: text("contributor_user_id").references(() => users.id, { onDelete: "set null" }),
    consentWording: text("consent_wording").notNull(),
    contributorUpdates: integer("contributor_updates", { mode: "boolean" }).notNull().default(true),
    // The language the person used, for every message to them.
    language: text("language", { enum: LANGUAGE_CODES }).notNull().default("en"),
    // Where it came from: the kind of activity and, for all but the Tell us form, which one (the
    // event it was heard at, the survey it answered, the document commented on).
    originKind: text("origin_kind", { enum: ACTIVITY_KINDS }).notNull().default("tellUs"),
    originId: integer("origin_id"),
    // The page where an officer finds the words it came from (an answer, a comment).
    sourceUrl: text("source_url"),
    receivedOn: text("received_on", { enum: RECEIVED_ON }).notNull().default("online"),
    status: text("status", { enum: SUGGESTION_STATUSES }).notNull().default("received"),
    mergedIntoId: integer("merged_into_id"),
    assigneeId: text("assignee_id").references(() => users.id, { onDelete: "set null" }),
    safeguarding: integer("safeguarding", { mode: "boolean" }).notNull().default(false),
    publishedAt: integer("published_at", { mode: "timestamp_ms" }),
    outcome: text("outcome").notNull().default(""),
    // The same outcome in short sentences and plain words, shown to visitors who chose easy read.
    outcomeEasyRead: text("outcome_easy_read").notNull().default(""),
    // A hash of the private tracking link's token.
    trackingTokenHash: text("tracking_token_hash").notNull().unique(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    firstResponseAt: integer("first_response_at", { mode: "timestamp_ms" }),
    outcomeAt: integer("outcome_at", { mode: "timestamp_ms" }),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    // Exactly the suggestions on the public board, newest first: counting and paging them reads only this index.
    // Plain column names: SQLite does not match a partial index written with table-qualified ones.
    index("suggestions_public_idx")
      .on(t.publishedAt, t.id, t.topicId, t.status)
      .where(sql`published_at is not null and safeguarding = 0 and status != 'merged'`),
    index("suggestions_queue_idx").on(t.status, t.createdAt),
    // The triage queue reads oldest first and stops after a page.
    index("suggestions_created_idx").on(t.createdAt, t.id),
    index("suggestions_topic_idx").on(t.topicId),
    index("suggestions_origin_idx").on(t.originKind, t.originId),
  ],
);

export const suggestionActions = sqliteTable(
  "suggestion_actions",
  {
    suggestionId: integer("suggestion_id")
      .notNull()
      .references(() => suggestions.id, { onDelete: "cascade" }),
    actionId: integer("action_id")
      .notNull()
      .references(() => strategyActions.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.suggestionId, t.actionId] }), index("suggestion_actions_action_idx").on(t.actionId)],
);

// A suggestion's timeline: one entry per change, with who made it and a public note. Never edited.
export const suggestionTimeline = sqliteTable(
  "suggestion_timeline",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    suggestionId: integer("suggestion_id")
      .notNull()
      .references(() => suggestions.id, { onDelete: "cascade" }),
    // status | published | linked | assigned | wording | safeguarding | merged_in
    kind: text("kind").notNull(),
    status: text("status", { enum: SUGGESTION_STATUSES }),
    publicNote: text("public_note").notNull().default(""),
    // Whether the entry appears on the public timeline.
    isPublic: integer("is_public", { mode: "boolean" }).notNull().default(false),
    officerId: text("officer_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("suggestion_timeline_idx").on(t.suggestionId, t.createdAt)],
);

// "Me too": one per person (account) or browser, optionally with an email to hear the outcome.
export const supporters = sqliteTable(
  "supporters",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    suggestionId: integer("suggestion_id")
      .notNull()
      .references(() => suggestions.id, { onDelete: "cascade" }),
    supporterKey: text("supporter_key").notNull(), // "user:<id>" or "browser:<random>"
    email: text("email"),
    // How they chose to hear: by email, by text message to `phone` (a UK mobile number in
    // international form), or through the forum, which reaches them as `forumContact` says. An email
    // given as well is where news goes if a text cannot reach them.
    channel: text("channel", { enum: FOLLOW_CHANNELS }).notNull().default("email"),
    phone: text("phone"),
    forumContact: text("forum_contact"),
    // For letters: the address (its lines, as the person wrote them), the postcode (checked, in
    // capitals), and whether they asked for easy read.
    postalAddress: text("postal_address"),
    postcode: text("postcode"),
    easyRead: integer("easy_read", { mode: "boolean" }).notNull().default(false),
    updates: integer("updates", { mode: "boolean" }).notNull().default(true),
    // The language the person used, for every message to them.
    language: text("language", { enum: LANGUAGE_CODES }).notNull().default("en"),
    // The token in this supporter's "stop updates" link. It can only switch these emails off and on.
    stopToken: text("stop_token").notNull().unique(),
    // A visitor's "me too" by email waits for them to follow the link emailed to that address (a
    // hash of its token here): until then it is not counted and gets no updates.
    pendingConfirmHash: text("pending_confirm_hash").unique(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [uniqueIndex("supporters_once_idx").on(t.suggestionId, t.supporterKey)],
);

// A link in one message about a suggestion (an update, an outcome, a merge) that opens that person's
// own view of it, published or not: its status, timeline and outcome. A fresh token per message,
// kept here only as a hash; it expires, and an expired link offers to send a new one.
export const viewLinks = sqliteTable(
  "view_links",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    tokenHash: text("token_hash").notNull().unique(),
    supporterId: integer("supporter_id")
      .notNull()
      .references(() => supporters.id, { onDelete: "cascade" }),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("view_links_supporter_idx").on(t.supporterId)],
);

// News for someone who chose to hear through the parent carer forum: its organisers pass it on (by
// phone, at a coffee morning, in a group they run) and mark it passed on.
export const forumUpdates = sqliteTable(
  "forum_updates",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    supporterId: integer("supporter_id")
      .notNull()
      .references(() => supporters.id, { onDelete: "cascade" }),
    suggestionId: integer("suggestion_id")
      .notNull()
      .references(() => suggestions.id, { onDelete: "cascade" }),
    status: text("status", { enum: SUGGESTION_STATUSES }).notNull(),
    // What officers wrote for the person: the outcome, or the note with the change.
    news: text("news").notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    passedOnAt: integer("passed_on_at", { mode: "timestamp_ms" }),
    passedOnBy: text("passed_on_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index("forum_updates_waiting_idx").on(t.passedOnAt, t.createdAt)],
);

// A letter about a suggestion for someone who chose to hear by post. Officers print the waiting ones
// as one PDF and mark them posted; the letter is made from these words when it is printed, with a
// fresh link to the person's own view (never stored, like every other message's).
export const letters = sqliteTable(
  "letters",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    supporterId: integer("supporter_id")
      .notNull()
      .references(() => supporters.id, { onDelete: "cascade" }),
    suggestionId: integer("suggestion_id")
      .notNull()
      .references(() => suggestions.id, { onDelete: "cascade" }),
    status: text("status", { enum: SUGGESTION_STATUSES }).notNull(),
    // What officers wrote for the person (the easy-read outcome for someone who asked for easy read).
    news: text("news").notNull(),
    // Printed by officers, or sent through GOV.UK Notify's letter API (the outbox's "letter:<id>").
    via: text("via", { enum: ["print", "notify"] })
      .notNull()
      .default("print"),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    postedAt: integer("posted_at", { mode: "timestamp_ms" }),
    postedBy: text("posted_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index("letters_waiting_idx").on(t.postedAt, t.createdAt)],
);

// Joint sign-off: an outcome proposed by an officer is published only once a parent carer forum
// representative agrees it. One row per proposal, never deleted, so who agreed what and when is kept.
export const outcomeSignOffs = sqliteTable(
  "outcome_sign_offs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    suggestionId: integer("suggestion_id")
      .notNull()
      .references(() => suggestions.id, { onDelete: "cascade" }),
    status: text("status", { enum: OUTCOME_STATUSES }).notNull(),
    note: text("note").notNull().default(""),
    outcome: text("outcome").notNull(),
    outcomeEasyRead: text("outcome_easy_read").notNull().default(""),
    state: text("state", { enum: SIGN_OFF_STATES }).notNull().default("awaiting_forum"),
    officerId: text("officer_id").references(() => users.id, { onDelete: "set null" }),
    officerName: text("officer_name").notNull(),
    officerAgreedAt: integer("officer_agreed_at", { mode: "timestamp_ms" }).notNull(),
    forumId: text("forum_id").references(() => users.id, { onDelete: "set null" }),
    forumName: text("forum_name"),
    forumAgreedAt: integer("forum_agreed_at", { mode: "timestamp_ms" }),
    sentBackBy: text("sent_back_by"),
    sentBackAt: integer("sent_back_at", { mode: "timestamp_ms" }),
    comment: text("comment").notNull().default(""),
  },
  (t) => [index("outcome_sign_offs_suggestion_idx").on(t.suggestionId, t.id), index("outcome_sign_offs_state_idx").on(t.state)],
);

import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "./auth";
import {
  CONTRIBUTOR_KINDS,
  PARTICIPATION_LEVELS,
  QUESTION_KINDS,
  RESPONSE_STATUSES,
  SURVEY_STATUSES,
  LANGUAGE_CODES,
  FOLLOW_CHANNELS,
  RECEIVED_ON,
} from "./enums";
import { suggestions } from "./feedback";

export const surveys = sqliteTable("surveys", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  title: text("title").notNull(),
  // A tiptap JSON document, checked by modules/richtext before it is stored.
  intro: text("intro").notNull(),
  easyIntro: text("easy_intro").notNull().default(""),
  audience: text("audience").notNull().default(""),
  participationLevel: text("participation_level", { enum: PARTICIPATION_LEVELS }),
  // No name, email or account is stored with an answer, not even for signed-in people.
  anonymous: integer("anonymous", { mode: "boolean" }).notNull().default(false),
  asksContact: integer("asks_contact", { mode: "boolean" }).notNull().default(false),
  status: text("status", { enum: SURVEY_STATUSES }).notNull().default("draft"),
  opensOn: text("opens_on").notNull(), // YYYY-MM-DD, London
  closesOn: text("closes_on").notNull(), // the last day answers are taken
  opensAt: integer("opens_at", { mode: "timestamp_ms" }).notNull(),
  closesAt: integer("closes_at", { mode: "timestamp_ms" }).notNull(),
  resultsPublishedAt: integer("results_published_at", { mode: "timestamp_ms" }),
  // "We asked, you said, we did"
  summaryAsked: text("summary_asked").notNull().default(""),
  summaryHeadlines: text("summary_headlines").notNull().default(""),
  // The summary in short sentences and plain words, for visitors who chose easy read.
  summaryEasyRead: text("summary_easy_read").notNull().default(""),
  summaryPublishedAt: integer("summary_published_at", { mode: "timestamp_ms" }),
  createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
});

export const surveyPages = sqliteTable(
  "survey_pages",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    surveyId: integer("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    position: integer("position").notNull(),
  },
  (t) => [index("survey_pages_survey_idx").on(t.surveyId, t.position)],
);

export const surveyQuestions = sqliteTable(
  "survey_questions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    surveyId: integer("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    pageId: integer("page_id")
      .notNull()
      .references(() => surveyPages.id),
    position: integer("position").notNull(),
    kind: text("kind", { enum: QUESTION_KINDS }).notNull(),
    text: text("text").notNull(),
    hint: text("hint").notNull().default(""),
    required: integer("required", { mode: "boolean" }).notNull().default(false),
    easyText: text("easy_text").notNull().default(""),
    // [{ id: "c1", label, easy }]: ids never change, so answers keep their meaning when wording does.
    choices: text("choices").notNull().default("[]"),
    allowOther: integer("allow_other", { mode: "boolean" }).notNull().default(false),
    lowLabel: text("low_label").notNull().default(""),
    highLabel: text("high_label").notNull().default(""),
  },
  (t) => [index("survey_questions_survey_idx").on(t.surveyId, t.position)],
);

// Every wording change to a question once people have answered: before and after, who and when.
export const surveyQuestionHistory = sqliteTable("survey_question_history", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  questionId: integer("question_id")
    .notNull()
    .references(() => surveyQuestions.id, { onDelete: "cascade" }),
  before: text("before").notNull(),
  after: text("after").notNull(),
  changedBy: text("changed_by").references(() => users.id, { onDelete: "set null" }),
  changedAt: integer("changed_at", { mode: "timestamp_ms" }).notNull(),
});

export const surveyResponses = sqliteTable(
  "survey_responses",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    surveyId: integer("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    status: text("status", { enum: RESPONSE_STATUSES }).notNull().default("in_progress"),
    respondentKind: text("respondent_kind", { enum: CONTRIBUTOR_KINDS }),
    // Null on anonymous surveys, always.
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    contactName: text("contact_name"),
    contactEmail: text("contact_email"),
    // How the person chose to hear back (modules/contact): by email, a text to `contactPhone`, a
    // letter to the address, or through the forum, which reaches them as `contactForum` says.
    contactChannel: text("contact_channel", { enum: FOLLOW_CHANNELS }),
    contactPhone: text("contact_phone"),
    contactForum: text("contact_forum"),
    contactAddress: text("contact_address"),
    contactPostcode: text("contact_postcode"),
    receivedOn: text("received_on", { enum: RECEIVED_ON }).notNull().default("online"),
    easyRead: integer("easy_read", { mode: "boolean" }).notNull().default(false),
    // The language the person used, for every message to them.
    language: text("language", { enum: LANGUAGE_CODES }).notNull().default("en"),
    // A hash of the token in the cookie of the browser answering.
    resumeTokenHash: text("resume_token_hash").notNull().unique(),
    // A hash of the token in the newest emailed "carry on" link, until it is used (once).
    continueTokenHash: text("continue_token_hash").unique(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
    submittedAt: integer("submitted_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    index("survey_responses_survey_idx").on(t.surveyId, t.status, t.id),
    uniqueIndex("survey_responses_member_idx")
      .on(t.surveyId, t.userId)
      .where(sql`user_id is not null`),
  ],
);

// That a member answered an anonymous survey, kept apart from their answers, so they answer once.
export const surveyParticipations = sqliteTable(
  "survey_participations",
  {
    surveyId: integer("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.surveyId, t.userId] })],
);

export const surveyAnswers = sqliteTable(
  "survey_answers",
  {
    responseId: integer("response_id")
      .notNull()
      .references(() => surveyResponses.id, { onDelete: "cascade" }),
    questionId: integer("question_id")
      .notNull()
      .references(() => surveyQuestions.id, { onDelete: "cascade" }),
    // Text as written, a choice id, a JSON array of choice ids, "1".."5", or yes | no | not_sure.
    value: text("value").notNull(),
    other: text("other").notNull().default(""),
    // Words the person wrote (a text answer or "other, please say"): the officers' free-text list reads only these.
    hasText: integer("has_text", { mode: "boolean" }).notNull().default(false),
    // Held back as a possible safeguarding concern: never shown beyond officers, never made public.
    safeguarding: integer("safeguarding", { mode: "boolean" }).notNull().default(false),
    suggestionId: integer("suggestion_id").references(() => suggestions.id, { onDelete: "set null" }),
  },
  (t) => [
    primaryKey({ columns: [t.responseId, t.questionId] }),
    index("survey_answers_question_idx").on(t.questionId),
    index("survey_answers_text_idx")
      .on(t.questionId, t.responseId)
      .where(sql`has_text = 1`),
  ],
);

// Running counts, updated in the same transaction as each submission, so results
// for 100,000 responses are read from a few hundred rows. key: a choice id,
// "1".."5", yes | no | not_sure, "other", or "answered"; question 0 counts responses.
export const surveyTallies = sqliteTable(
  "survey_tallies",
  {
    surveyId: integer("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    questionId: integer("question_id").notNull(),
    respondentKind: text("respondent_kind", { enum: CONTRIBUTOR_KINDS }).notNull(),
    key: text("key").notNull(),
    n: integer("n").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.surveyId, t.questionId, t.respondentKind, t.key] })],
);

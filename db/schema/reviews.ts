import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "./auth";
import { suggestions } from "./feedback";
import { COMMENT_DECISIONS, PARTICIPATION_LEVELS } from "./enums";

// Draft documents that SEND ambassadors review before they are published.
export const reviewDocuments = sqliteTable("review_documents", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  title: text("title").notNull(),
  // One or two sentences saying what the document is for, shown to reviewers.
  purpose: text("purpose").notNull().default(""),
  participationLevel: text("participation_level", { enum: PARTICIPATION_LEVELS }),
  // When set, the public "they said, we changed" page is shown, with this introduction.
  publicSince: integer("public_since", { mode: "timestamp_ms" }),
  publicIntro: text("public_intro").notNull().default(""),
  createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
});

// Each version of a document. At most one per document is a draft (no publishedAt).
export const reviewVersions = sqliteTable(
  "review_versions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    documentId: integer("document_id")
      .notNull()
      .references(() => reviewDocuments.id, { onDelete: "cascade" }),
    // A tiptap JSON document, checked by modules/richtext before it is stored.
    body: text("body").notNull(),
    // Easy-read explanations by passage position: {"3": "This means …"}.
    easyRead: text("easy_read").notNull().default("{}"),
    changeSummary: text("change_summary").notNull().default(""),
    number: integer("number"),
    publishedAt: integer("published_at", { mode: "timestamp_ms" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("review_versions_document_idx").on(t.documentId, t.number)],
);

// A review round asks chosen people to review one version by a deadline.
export const reviewRounds = sqliteTable(
  "review_rounds",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    documentId: integer("document_id")
      .notNull()
      .references(() => reviewDocuments.id, { onDelete: "cascade" }),
    versionId: integer("version_id")
      .notNull()
      .references(() => reviewVersions.id),
    // The last day comments are taken (YYYY-MM-DD, the whole day in London).
    deadline: text("deadline").notNull(),
    deadlineAt: integer("deadline_at", { mode: "timestamp_ms" }).notNull(),
    // [{ id, kind: "rating" | "text", text }]
    questions: text("questions").notNull(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("review_rounds_document_idx").on(t.documentId), index("review_rounds_deadline_idx").on(t.deadlineAt)],
);

export const reviewInvitations = sqliteTable(
  "review_invitations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    roundId: integer("round_id")
      .notNull()
      .references(() => reviewRounds.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // { questionId: "4" | "their words" }, saved when they submit.
    answers: text("answers").notNull().default("{}"),
    submittedAt: integer("submitted_at", { mode: "timestamp_ms" }),
    invitedAt: integer("invited_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [uniqueIndex("review_invitations_once_idx").on(t.roundId, t.userId), index("review_invitations_user_idx").on(t.userId)],
);

export const reviewComments = sqliteTable(
  "review_comments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    roundId: integer("round_id")
      .notNull()
      .references(() => reviewRounds.id, { onDelete: "cascade" }),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    // Which passage of the round's version, and its words then, so a comment still reads right after edits.
    passage: integer("passage").notNull(),
    passageText: text("passage_text").notNull(),
    // What the reviewer wrote. Private: the public page shows only publicWording.
    body: text("body").notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    reply: text("reply").notNull().default(""),
    decision: text("decision", { enum: COMMENT_DECISIONS }),
    declineReason: text("decline_reason").notNull().default(""),
    publicWording: text("public_wording").notNull().default(""),
    answeredBy: text("answered_by").references(() => users.id, { onDelete: "set null" }),
    answeredAt: integer("answered_at", { mode: "timestamp_ms" }),
    suggestionId: integer("suggestion_id").references(() => suggestions.id, { onDelete: "set null" }),
    // Held back as a possible safeguarding concern: never on the public page.
    safeguarding: integer("safeguarding", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [
    index("review_comments_round_idx").on(t.roundId, t.passage),
    index("review_comments_user_idx")
      .on(t.userId)
      .where(sql`user_id is not null`),
  ],
);

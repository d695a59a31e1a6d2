import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "./auth";
import { FLAG_SOURCES, FOLLOW_CHANNELS, RECEIVED_ON } from "./enums";

// A possible safeguarding concern, found by the word check or flagged by hand.
// It points at where the words are; it never holds them.
export const safeguardingFlags = sqliteTable(
  "safeguarding_flags",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    source: text("source", { enum: FLAG_SOURCES }).notNull(),
    // Which record: "suggestion:42", "survey_answer:5:9", "review_comment:7".
    sourceKey: text("source_key").notNull(),
    label: text("label").notNull(),
    link: text("link").notNull(),
    // The listed phrase that matched (from the area's list, not the person's words), or "" when flagged by hand.
    matched: text("matched").notNull().default(""),
    flaggedBy: text("flagged_by").references(() => users.id, { onDelete: "set null" }),
    flaggedAt: integer("flagged_at", { mode: "timestamp_ms" }).notNull(),
    actionTaken: text("action_taken").notNull().default(""),
    resolvedBy: text("resolved_by").references(() => users.id, { onDelete: "set null" }),
    resolvedAt: integer("resolved_at", { mode: "timestamp_ms" }),
  },
  (t) => [uniqueIndex("safeguarding_flags_source_idx").on(t.sourceKey), index("safeguarding_flags_open_idx").on(t.resolvedAt, t.flaggedAt)],
);

// Every change made by an officer, organiser or admin, written by database
// triggers (see migration 0012) or, for reads such as exports, by the privacy
// module. Triggers refuse any update or delete: rows are only ever added.
// It records which records changed and their non-personal fields only, so
// erasing a person never needs to touch it.
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
    actorId: text("actor_id"),
    actorName: text("actor_name").notNull(),
    // insert | update | delete | export | erase
    action: text("action").notNull(),
    // "suggestions:42", "export:survey-responses:3"
    subject: text("subject").notNull(),
    before: text("before"),
    after: text("after"),
  },
  (t) => [index("audit_log_at_idx").on(t.at), index("audit_log_subject_idx").on(t.subject)],
);

// Pages an admin edits: the privacy notice and the accessibility statement.
// Each save is a new version, so a consent can say which notice it was given under.
export const sitePages = sqliteTable("site_pages", {
  slug: text("slug").primaryKey(),
  // A tiptap JSON document, checked by modules/richtext before it is stored.
  body: text("body").notNull(),
  version: integer("version").notNull(),
  updatedBy: text("updated_by").references(() => users.id, { onDelete: "set null" }),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

// What a person agreed to, when, and under which version of the privacy notice:
// one row each time a form that collects personal details is sent.
export const consents = sqliteTable(
  "consents",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: text("user_id").references(() => users.id, { onDelete: "cascade" }),
    email: text("email"),
    // account | suggestion | registration | signature | survey_contact
    purpose: text("purpose").notNull(),
    // Which record it was given for, such as "suggestions:42".
    record: text("record").notNull(),
    wording: text("wording").notNull(),
    // How they agreed to hear (email, text message or through the forum); null when they asked for no updates.
    channel: text("channel", { enum: FOLLOW_CHANNELS }),
    // Agreed online, or signed on a paper form that an officer or organiser typed in (`enteredBy`).
    receivedOn: text("received_on", { enum: RECEIVED_ON }).notNull().default("online"),
    enteredBy: text("entered_by").references(() => users.id, { onDelete: "set null" }),
    noticeVersion: integer("notice_version").notNull(),
    givenAt: integer("given_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("consents_user_idx").on(t.userId), index("consents_email_idx").on(t.email)],
);

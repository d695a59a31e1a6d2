import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

// One row (id = 1): the local area this installation serves.
export const areaSettings = sqliteTable("area_settings", {
  id: integer("id").primaryKey(),
  areaName: text("area_name").notNull(),
  // Shown in the footer and in emails as the place to ask for help.
  contactEmail: text("contact_email").notNull(),
  // Told (by a link, never the text) when a suggestion is marked as a safeguarding concern.
  safeguardingEmail: text("safeguarding_email").notNull().default(""),
  // Working days a suggestion may wait for a first response before it is overdue.
  responseDays: integer("response_days").notNull().default(20),
  // Words and phrases, one per line, that hold free text back as a possible safeguarding concern. Empty: the defaults.
  concernPhrases: text("concern_phrases").notNull().default(""),
  // Retention: how long personal details are kept (see modules/privacy/retention.server.ts).
  registrantMonths: integer("registrant_months").notNull().default(12),
  surveyIdentityMonths: integer("survey_identity_months").notNull().default(6),
  unconfirmedSignatureDays: integer("unconfirmed_signature_days").notNull().default(30),
  emailDays: integer("email_days").notNull().default(90),
  // The parent carer forum, named on outcomes it agreed.
  forumName: text("forum_name").notNull().default(""),
  // When on, a "we did" outcome is public only once an officer and a forum representative have both agreed it.
  jointSignOff: integer("joint_sign_off", { mode: "boolean" }).notNull().default(false),
  // The languages (besides English) the area translates what it writes for the public into: JSON list of codes.
  contentLanguages: text("content_languages").notNull().default('["cy","ur"]'),
  // When on, organisers, officers and admins who sign in with a password must use two-factor sign-in.
  staffTwoFactor: integer("staff_two_factor", { mode: "boolean" }).notNull().default(false),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

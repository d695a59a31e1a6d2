import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "./auth";
import { SIGNATORY_KINDS, SIGNATURE_STATUSES, LANGUAGE_CODES } from "./enums";

// Each version of the co-production charter. Only one is current: the newest published.
export const charterVersions = sqliteTable("charter_versions", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  // A tiptap JSON document, checked by modules/richtext before it is stored.
  body: text("body").notNull(),
  changeSummary: text("change_summary").notNull().default(""),
  publishedAt: integer("published_at", { mode: "timestamp_ms" }),
  createdAt: integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`),
});

// The commitments evidence is attached to. They outlive versions: a new wording keeps its evidence.
export const charterCommitments = sqliteTable("charter_commitments", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  text: text("text").notNull(),
  position: integer("position").notNull(),
  archived: integer("archived", { mode: "boolean" }).notNull().default(false),
});

export const charterEvidence = sqliteTable(
  "charter_evidence",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    commitmentId: integer("commitment_id")
      .notNull()
      .references(() => charterCommitments.id, { onDelete: "cascade" }),
    date: text("date").notNull(), // YYYY-MM-DD
    note: text("note").notNull(),
    // A path on this site (an event, a suggestion, a survey) or an https address.
    link: text("link").notNull().default(""),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("charter_evidence_commitment_idx").on(t.commitmentId, t.date)],
);

export const charterSignatures = sqliteTable(
  "charter_signatures",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    versionId: integer("version_id")
      .notNull()
      .references(() => charterVersions.id),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    name: text("name").notNull(),
    email: text("email").notNull(),
    kind: text("kind", { enum: SIGNATORY_KINDS }).notNull(),
    organisation: text("organisation").notNull().default(""),
    listPublicly: integer("list_publicly", { mode: "boolean" }).notNull(),
    // The language the person used, for every message to them.
    language: text("language", { enum: LANGUAGE_CODES }).notNull().default("en"),
    consentWording: text("consent_wording").notNull(),
    status: text("status", { enum: SIGNATURE_STATUSES }).notNull().default("unconfirmed"),
    confirmTokenHash: text("confirm_token_hash").notNull().unique(),
    // The token in the link to withdraw; it can only withdraw this signature.
    manageToken: text("manage_token").notNull().unique(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    confirmedAt: integer("confirmed_at", { mode: "timestamp_ms" }),
    withdrawnAt: integer("withdrawn_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    // One signature per email per version, unless withdrawn.
    uniqueIndex("charter_signatures_once_idx")
      .on(t.versionId, t.email)
      .where(sql`status != 'withdrawn'`),
    index("charter_signatures_listing_idx").on(t.versionId, t.status),
  ],
);

import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "./auth";
import { strategyActions } from "./strategy";
import { ACTIVITY_KINDS, CONTRIBUTOR_KINDS } from "./enums";

// Themes (key messages): what many people said, gathered by an officer from every source, linked
// to the strategy actions that answer it, and published for a period as "What you told us".

// What a theme can hold: a suggestion (from any activity, points heard at events and groups
// included), a survey's free-text answer, or a review comment not yet made a suggestion.
export const THEME_ITEM_KINDS = ["suggestion", "answer", "comment"] as const;
export type ThemeItemKind = (typeof THEME_ITEM_KINDS)[number];

export const themes = sqliteTable("themes", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull(),
  description: text("description").notNull().default(""),
  // The same in short sentences and plain words, shown to visitors who chose easy read.
  descriptionEasyRead: text("description_easy_read").notNull().default(""),
  // Set when merged into another theme: its items moved there, and its page says where.
  mergedIntoId: integer("merged_into_id"),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

// One row per item, in at most one theme. Where it came from, who said it (the kind of person, never
// who) and when are copied here when it is attached, so a theme's counts are one grouped read.
export const themeItems = sqliteTable(
  "theme_items",
  {
    themeId: integer("theme_id")
      .notNull()
      .references(() => themes.id, { onDelete: "cascade" }),
    itemKind: text("item_kind", { enum: THEME_ITEM_KINDS }).notNull(),
    // A suggestion's or comment's id; an answer's "responseId:questionId".
    itemKey: text("item_key").notNull(),
    sourceKind: text("source_kind", { enum: ACTIVITY_KINDS }).notNull(),
    sourceId: integer("source_id"),
    contributorKind: text("contributor_kind", { enum: CONTRIBUTOR_KINDS }).notNull(),
    saidAt: integer("said_at", { mode: "timestamp_ms" }).notNull(),
    attachedAt: integer("attached_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    uniqueIndex("theme_items_once_idx").on(t.itemKind, t.itemKey),
    // Holds every column the counts read (by source, by kind of person, by period), so they never visit the table.
    index("theme_items_counts_idx").on(t.themeId, t.sourceKind, t.saidAt, t.sourceId, t.contributorKind),
  ],
);

export const themeActions = sqliteTable(
  "theme_actions",
  {
    themeId: integer("theme_id")
      .notNull()
      .references(() => themes.id, { onDelete: "cascade" }),
    actionId: integer("action_id")
      .notNull()
      .references(() => strategyActions.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.themeId, t.actionId] }), index("theme_actions_action_idx").on(t.actionId)],
);

// Every change to a theme, in words, with who made it. Never edited.
export const themeHistory = sqliteTable(
  "theme_history",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    themeId: integer("theme_id")
      .notNull()
      .references(() => themes.id, { onDelete: "cascade" }),
    said: text("said").notNull(),
    officerId: text("officer_id").references(() => users.id, { onDelete: "set null" }),
    officerName: text("officer_name").notNull(),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("theme_history_theme_idx").on(t.themeId, t.at)],
);

// Groupings the app proposes from the words of items with no theme. Nothing is attached until an
// officer accepts one; a dismissed grouping is kept so the same items are not proposed again.
export const GROUPING_STATES = ["proposed", "accepted", "dismissed"] as const;

export const suggestedGroupings = sqliteTable("suggested_groupings", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull(),
  // The most characteristic words, most telling first (JSON array).
  words: text("words").notNull(),
  // The items, as "kind:key", closest to the group's middle first (JSON array).
  items: text("items").notNull(),
  state: text("state", { enum: GROUPING_STATES }).notNull().default("proposed"),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
});

// "What you told us": the key messages of a period, published as a page. With joint sign-off on, a
// forum representative agrees it before it is public.
export const TOLD_US_STATES = ["draft", "awaiting_forum", "published"] as const;

export const toldUsReports = sqliteTable("told_us_reports", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  title: text("title").notNull(),
  // London dates, YYYY-MM-DD, both included.
  periodFrom: text("period_from").notNull(),
  periodTo: text("period_to").notNull(),
  introduction: text("introduction").notNull().default(""),
  state: text("state", { enum: TOLD_US_STATES }).notNull().default("draft"),
  publishedAt: integer("published_at", { mode: "timestamp_ms" }),
  proposedBy: text("proposed_by").references(() => users.id, { onDelete: "set null" }),
  forumName: text("forum_name"),
  forumAgreedAt: integer("forum_agreed_at", { mode: "timestamp_ms" }),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

export const toldUsThemes = sqliteTable(
  "told_us_themes",
  {
    reportId: integer("report_id")
      .notNull()
      .references(() => toldUsReports.id, { onDelete: "cascade" }),
    themeId: integer("theme_id")
      .notNull()
      .references(() => themes.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.themeId] })],
);

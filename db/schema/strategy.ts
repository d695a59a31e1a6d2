import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "./auth";
import { ACTION_STATUSES, PARTICIPATION_LEVELS } from "./enums";

export const strategies = sqliteTable("strategies", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull(),
  period: text("period").notNull(),
  summary: text("summary").notNull().default(""),
  createdAt: integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`),
});

export const strategyAreas = sqliteTable(
  "strategy_areas",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    strategyId: integer("strategy_id")
      .notNull()
      .references(() => strategies.id, { onDelete: "cascade" }),
    // As written in the plan, e.g. "Area 2 – Meeting needs".
    name: text("name").notNull(),
    position: integer("position").notNull().default(0),
  },
  (t) => [uniqueIndex("strategy_areas_name_idx").on(t.strategyId, t.name)],
);

export const strategyActions = sqliteTable(
  "strategy_actions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    strategyId: integer("strategy_id")
      .notNull()
      .references(() => strategies.id, { onDelete: "cascade" }),
    areaId: integer("area_id")
      .notNull()
      .references(() => strategyAreas.id),
    code: text("code").notNull(),
    title: text("title").notNull(),
    how: text("how").notNull().default(""),
    measures: text("measures").notNull().default(""),
    lead: text("lead").notNull().default(""),
    dueDate: text("due_date"), // YYYY-MM-DD
    status: text("status", { enum: ACTION_STATUSES }).notNull().default("not_started"),
    participationLevel: text("participation_level", { enum: PARTICIPATION_LEVELS }),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [uniqueIndex("strategy_actions_code_idx").on(t.strategyId, t.code)],
);

// The dated history of an action's status, each with a public note. Never rewritten.
export const actionUpdates = sqliteTable(
  "action_updates",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    actionId: integer("action_id")
      .notNull()
      .references(() => strategyActions.id, { onDelete: "cascade" }),
    status: text("status", { enum: ACTION_STATUSES }).notNull(),
    note: text("note").notNull(),
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("action_updates_action_idx").on(t.actionId, t.createdAt)],
);

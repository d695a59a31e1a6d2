import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

// One row (id = 1): the local area this installation serves.
export const areaSettings = sqliteTable("area_settings", {
  id: integer("id").primaryKey(),
  areaName: text("area_name").notNull(),
  // Shown in the footer and in emails as the place to ask for help.
  contactEmail: text("contact_email").notNull(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

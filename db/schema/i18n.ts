import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "./auth";
import { LANGUAGE_CODES, TRANSLATABLE_KINDS } from "./enums";

// Translations of what officers and organisers write for the public (a suggestion's public wording
// and outcome, a strategy action's title, an event's title), one row per text, field and language.
// The original stays where it is; a visitor sees the translation for their language where there is one.
export const contentTranslations = sqliteTable(
  "content_translations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    subjectKind: text("subject_kind", { enum: TRANSLATABLE_KINDS }).notNull(),
    subjectId: integer("subject_id").notNull(),
    field: text("field").notNull(),
    lang: text("lang", { enum: LANGUAGE_CODES }).notNull(),
    text: text("text").notNull(),
    // The original as it was when translated: when the original changes, the translation is out of date.
    sourceText: text("source_text").notNull(),
    // Who provided it: an officer's name, or the translation service named in an imported file.
    providedBy: text("provided_by").notNull(),
    providedById: text("provided_by_id").references(() => users.id, { onDelete: "set null" }),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [
    uniqueIndex("content_translations_subject_idx").on(t.subjectKind, t.subjectId, t.field, t.lang),
    index("content_translations_lang_idx").on(t.lang, t.subjectKind),
  ],
);

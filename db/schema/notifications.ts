import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { OUTBOX_STATUSES } from "./enums";

// Every email is a row here, written in the same transaction as the change that
// caused it; the worker in modules/notifications sends it. See docs/decisions/0003.
export const outbox = sqliteTable(
  "outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    idempotencyKey: text("idempotency_key").notNull().unique(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    htmlBody: text("html_body").notNull(),
    textBody: text("text_body").notNull(),
    template: text("template").notNull(),
    // JSON array of { filename, contentType, content } (content as text, e.g. an .ics calendar file).
    attachments: text("attachments").notNull().default("[]"),
    status: text("status", { enum: OUTBOX_STATUSES }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }).notNull(),
    lockedUntil: integer("locked_until", { mode: "timestamp_ms" }),
    lastError: text("last_error"),
    // "smtp" or "mailbox" (the local development mailbox at /dev/mailbox).
    deliveredVia: text("delivered_via"),
    createdAt: integer("created_at", { mode: "timestamp_ms" })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("outbox_due_idx").on(t.status, t.nextAttemptAt)],
);

import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { CHANNELS, OUTBOX_STATUSES } from "./enums";

// Every email and text message is a row here, written in the same transaction as the change that
// caused it; the worker in modules/notifications sends it. See docs/decisions/0003.
export const outbox = sqliteTable(
  "outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    idempotencyKey: text("idempotency_key").notNull().unique(),
    channel: text("channel", { enum: CHANNELS }).notNull().default("email"),
    // An email address, or a mobile number in international form for a text message.
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
    // What to send instead if this one can never be delivered (a number that is not a mobile): the
    // same news by the person's other channel, as a JSON message. Null when they gave no other.
    fallback: text("fallback"),
    // "smtp", "notify" or "mailbox" (the local development mailbox at /dev/mailbox).
    deliveredVia: text("delivered_via"),
    // GOV.UK Notify's id for a text it accepted, and what its delivery receipt said ("delivered",
    // "permanent-failure", ...): a text is only known to have arrived once the receipt says so.
    providerId: text("provider_id"),
    receipt: text("receipt"),
    createdAt: integer("created_at", { mode: "timestamp_ms" })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("outbox_due_idx").on(t.status, t.nextAttemptAt), index("outbox_provider_idx").on(t.providerId)],
);

// Whether each channel is working, as the outbox worker last found it: officers are told on the
// dashboard while one is failing, and what waited is sent as soon as it works again.
export const channelHealth = sqliteTable("channel_health", {
  channel: text("channel", { enum: CHANNELS }).primaryKey(),
  failingSince: integer("failing_since", { mode: "timestamp_ms" }),
  lastError: text("last_error"),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

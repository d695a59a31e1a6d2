import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "./auth";
import {
  ATTENDEE_ROLES,
  EVENT_AUDIENCES,
  PARTICIPATION_LEVELS,
  EVENT_FORMATS,
  EVENT_STATUSES,
  EVENT_TYPES,
  REGISTRATION_STATUSES,
  LANGUAGE_CODES,
  FOLLOW_CHANNELS,
} from "./enums";
import { topics } from "./feedback";
import { strategyActions } from "./strategy";

export const events = sqliteTable(
  "events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    title: text("title").notNull(),
    // A tiptap JSON document, checked by modules/richtext before it is stored.
    description: text("description").notNull(),
    type: text("type", { enum: EVENT_TYPES }).notNull(),
    audience: text("audience", { enum: EVENT_AUDIENCES }).notNull(),
    participationLevel: text("participation_level", { enum: PARTICIPATION_LEVELS }),
    startsAt: integer("starts_at", { mode: "timestamp_ms" }).notNull(),
    endsAt: integer("ends_at", { mode: "timestamp_ms" }).notNull(),
    format: text("format", { enum: EVENT_FORMATS }).notNull(),
    venue: text("venue").notNull().default(""),
    // Only shown to registered people and in their emails.
    joiningLink: text("joining_link").notNull().default(""),
    // JSON array of VENUE_FEATURES.
    venueFeatures: text("venue_features").notNull().default("[]"),
    accessibilityNotes: text("accessibility_notes").notNull().default(""),
    capacity: integer("capacity").notNull(),
    maxPlacesPerRegistration: integer("max_places_per_registration").notNull().default(4),
    registrationClosesAt: integer("registration_closes_at", { mode: "timestamp_ms" }).notNull(),
    status: text("status", { enum: EVENT_STATUSES }).notNull().default("draft"),
    // What was heard, recorded by the organiser afterwards.
    heardSummary: text("heard_summary").notNull().default(""),
    heardRecordedAt: integer("heard_recorded_at", { mode: "timestamp_ms" }),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("events_listing_idx").on(t.status, t.startsAt)],
);

// What an event wants to hear about: topics and strategy actions.
export const eventTopics = sqliteTable(
  "event_topics",
  {
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    topicId: integer("topic_id")
      .notNull()
      .references(() => topics.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.topicId] })],
);

export const eventActions = sqliteTable(
  "event_actions",
  {
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    actionId: integer("action_id")
      .notNull()
      .references(() => strategyActions.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.actionId] })],
);

export const registrations = sqliteTable(
  "registrations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    name: text("name").notNull(),
    // Null only for a walk-in who gave none; one live registration per email still holds, as NULLs never clash.
    email: text("email"),
    phone: text("phone").notNull().default(""),
    // The UK mobile number (international form) to text a reminder to the day before, if they asked.
    reminderPhone: text("reminder_phone"),
    role: text("role", { enum: ATTENDEE_ROLES }).notNull(),
    places: integer("places").notNull().default(1),
    // The language the person used, for every message to them.
    language: text("language", { enum: LANGUAGE_CODES }).notNull().default("en"),
    // JSON array of ACCESS_NEEDS, plus free text. Organisers and officers only.
    accessNeeds: text("access_needs").notNull().default("[]"),
    accessNotes: text("access_notes").notNull().default(""),
    dietaryNeeds: text("dietary_needs").notNull().default(""),
    consentWording: text("consent_wording").notNull(),
    // Agreed to be told when what was heard at the event changes status.
    wantsUpdates: integer("wants_updates", { mode: "boolean" }).notNull().default(false),
    // How they hear it (modules/contact): by email, a text to `updatesPhone`, a letter to the address,
    // or through the forum, which reaches them as `forumContact` says. Null when they want no updates.
    updatesChannel: text("updates_channel", { enum: FOLLOW_CHANNELS }),
    updatesPhone: text("updates_phone"),
    forumContact: text("forum_contact"),
    postalAddress: text("postal_address"),
    postcode: text("postcode"),
    easyRead: integer("easy_read", { mode: "boolean" }).notNull().default(false),
    status: text("status", { enum: REGISTRATION_STATUSES }).notNull(),
    attendedAt: integer("attended_at", { mode: "timestamp_ms" }),
    walkIn: integer("walk_in", { mode: "boolean" }).notNull().default(false),
    // The token in the link to see or cancel this registration. It only manages this registration.
    manageToken: text("manage_token").notNull().unique(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    cancelledAt: integer("cancelled_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    index("registrations_event_idx").on(t.eventId, t.status, t.createdAt),
    // One live registration per email per event.
    uniqueIndex("registrations_once_idx")
      .on(t.eventId, t.email)
      .where(sql`status != 'cancelled'`),
  ],
);

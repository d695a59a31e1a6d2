import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { AGE_GROUPS, FOLLOW_CHANNELS, LANGUAGE_CODES, ROLES, TOKEN_PURPOSES } from "./enums";

export const users = sqliteTable("users", {
  id: text("id").primaryKey(),
  // Always stored lower-cased and trimmed, so lookups are exact.
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  // Null for people who only sign in by emailed link, or invited people who have not set one yet.
  passwordHash: text("password_hash"),
  emailVerifiedAt: integer("email_verified_at", { mode: "timestamp_ms" }),
  deactivatedAt: integer("deactivated_at", { mode: "timestamp_ms" }),
  // Null for accounts made by an admin (staff), which are treated as adults.
  ageGroup: text("age_group", { enum: AGE_GROUPS }),
  // Contact preferences, in one place (the account's "How we contact you" page).
  suggestionUpdates: integer("suggestion_updates", { mode: "boolean" }).notNull().default(true),
  eventReminders: integer("event_reminders", { mode: "boolean" }).notNull().default(true),
  surveyInvitations: integer("survey_invitations", { mode: "boolean" }).notNull().default(false),
  // How updates on their suggestions and "me too"s reach them (modules/contact): by email (the
  // account's), a text to `phone`, a letter to the address, or through the forum.
  updatesChannel: text("updates_channel", { enum: FOLLOW_CHANNELS }).notNull().default("email"),
  phone: text("phone"),
  postalAddress: text("postal_address"),
  postcode: text("postcode"),
  easyRead: integer("easy_read", { mode: "boolean" }).notNull().default(false),
  forumContact: text("forum_contact"),
  // The council's single sign-on's stable id for this person, once they have used it: a later
  // sign-in must bring the same one, so an email address moved to someone else opens nothing.
  oidcSubject: text("oidc_subject").unique(),
  // The language they chose; null until they choose one (then the browser's preference is used).
  language: text("language", { enum: LANGUAGE_CODES }),
  createdAt: integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`),
});

export const userRoles = sqliteTable(
  "user_roles",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: ROLES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);

// Lucia's adapter expects exactly these columns; expires_at is in seconds.
export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: integer("expires_at").notNull(),
    // Whether this sign-in passed a second factor: a code from an authenticator app or a recovery
    // code, or the council's own sign-in (single sign-on), which has its own.
    secondFactor: integer("second_factor", { mode: "boolean" }).notNull().default(false),
    // Made by the council's single sign-on: signing out also offers to sign out there.
    singleSignOn: integer("single_sign_on", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

// Two-factor sign-in for staff who sign in with a password: the shared secret of their
// authenticator app (time-based one-time codes, RFC 6238). Unconfirmed until they type a code
// from it. See docs/decisions/0018-staff-sign-in.md.
export const twoFactor = sqliteTable("two_factor", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  secret: text("secret").notNull(),
  confirmedAt: integer("confirmed_at", { mode: "timestamp_ms" }),
  // The 30-second step of the last code accepted: a code works once, and an older one never again.
  lastStep: integer("last_step"),
  createdAt: integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`),
});

// One-time codes for when the authenticator app is lost; only their hashes are kept.
export const recoveryCodes = sqliteTable(
  "recovery_codes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull().unique(),
    usedAt: integer("used_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("recovery_codes_user_idx").on(t.userId)],
);

// Emailed one-time links. Only a hash of the token is stored, so a copy of the
// database cannot be used to sign in as anyone.
export const authTokens = sqliteTable(
  "auth_tokens",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: TOKEN_PURPOSES }).notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    usedAt: integer("used_at", { mode: "timestamp_ms" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [index("auth_tokens_user_idx").on(t.userId, t.purpose)],
);

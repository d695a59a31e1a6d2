import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "./auth";
import { ATTENDEE_ROLES, EVENT_AUDIENCES, PARTICIPATION_LEVELS } from "./enums";
import { strategyActions } from "./strategy";

// Co-production groups: standing groups in which parents, carers and young people work with
// officers on one part of the strategy (a task and finish group, a young people's panel).

export const GROUP_STATUSES = ["draft", "active", "ended"] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];

// How someone stands with a group: they asked to join, were invited, are a member, or are not (any more).
export const MEMBERSHIP_STATUSES = ["applied", "invited", "member", "declined", "left"] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export const MEETING_REPLIES = ["yes", "maybe", "no"] as const;
export type MeetingReply = (typeof MEETING_REPLIES)[number];

export const groups = sqliteTable(
  "groups",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    purpose: text("purpose").notNull(),
    audience: text("audience", { enum: EVENT_AUDIENCES }).notNull(),
    participationLevel: text("participation_level", { enum: PARTICIPATION_LEVELS }).notNull(),
    status: text("status", { enum: GROUP_STATUSES }).notNull().default("draft"),
    // While true, signed-in people can ask to join from the group's page.
    openToApplications: integer("open_to_applications", { mode: "boolean" }).notNull().default(true),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    endedAt: integer("ended_at", { mode: "timestamp_ms" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("groups_status_idx").on(t.status)],
);

// The strategy actions a group works on.
export const groupActions = sqliteTable(
  "group_actions",
  {
    groupId: integer("group_id")
      .notNull()
      .references(() => groups.id, { onDelete: "cascade" }),
    actionId: integer("action_id")
      .notNull()
      .references(() => strategyActions.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.actionId] })],
);

export const groupMembers = sqliteTable(
  "group_members",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    groupId: integer("group_id")
      .notNull()
      .references(() => groups.id, { onDelete: "cascade" }),
    // Cleared at erasure and after retention: the role stays, so the group's make-up still adds up.
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    role: text("role", { enum: ATTENDEE_ROLES }).notNull(),
    status: text("status", { enum: MEMBERSHIP_STATUSES }).notNull(),
    joinedAt: integer("joined_at", { mode: "timestamp_ms" }),
    leftAt: integer("left_at", { mode: "timestamp_ms" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [uniqueIndex("group_members_person_idx").on(t.groupId, t.userId), index("group_members_user_idx").on(t.userId)],
);

export const groupMeetings = sqliteTable(
  "group_meetings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    groupId: integer("group_id")
      .notNull()
      .references(() => groups.id, { onDelete: "cascade" }),
    startsAt: integer("starts_at", { mode: "timestamp_ms" }).notNull(),
    endsAt: integer("ends_at", { mode: "timestamp_ms" }).notNull(),
    // Where and how to join, and the papers: shown to members only.
    place: text("place").notNull().default(""),
    joiningLink: text("joining_link").notNull().default(""),
    papers: text("papers").notNull().default(""),
    // What the group decided, recorded by the organiser afterwards: public.
    decisions: text("decisions").notNull().default(""),
    decisionsRecordedAt: integer("decisions_recorded_at", { mode: "timestamp_ms" }),
    cancelledAt: integer("cancelled_at", { mode: "timestamp_ms" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("group_meetings_group_idx").on(t.groupId, t.startsAt), index("group_meetings_time_idx").on(t.startsAt)],
);

// Whether a member can come to a meeting.
export const meetingReplies = sqliteTable(
  "meeting_replies",
  {
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => groupMeetings.id, { onDelete: "cascade" }),
    memberId: integer("member_id")
      .notNull()
      .references(() => groupMembers.id, { onDelete: "cascade" }),
    reply: text("reply", { enum: MEETING_REPLIES }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.memberId] })],
);

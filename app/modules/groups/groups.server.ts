import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, ne, or, sql } from "drizzle-orm";
import {
  groupActions,
  groupMeetings,
  groupMembers,
  groups,
  meetingReplies,
  strategyActions,
  suggestions,
  users,
  type EventAudience,
  type GroupStatus,
  type MeetingReply,
  type MembershipStatus,
  type ParticipationLevel,
} from "~db/schema";
import { getDb, type DbOrTx } from "~/db.server";
import { config } from "~/config.server";
import { reference } from "~/modules/feedback/reference";
import { compareCodes } from "~/modules/strategy/strategy.server";

// Co-production groups: what a group is for, who is in it (by role in public, by name for staff),
// its meetings and what it decided. Membership is in members.server.ts, meetings in meetings.server.ts.

export type GroupInput = {
  name: string;
  purpose: string;
  audience: EventAudience;
  participationLevel: ParticipationLevel;
  openToApplications: boolean;
  actionIds: number[];
};

export const groupLink = (groupId: number) => `${config.appUrl}/groups/${groupId}`;

/** Suggestions raised at a group's meetings. */
export const fromGroup = (groupId: number) => and(eq(suggestions.originKind, "groups"), eq(suggestions.originId, groupId));

export function createGroup(input: GroupInput, createdBy: string, now = new Date()): number {
  return getDb().transaction((tx) => {
    const { actionIds, ...details } = input;
    const id = tx
      .insert(groups)
      .values({ ...details, createdBy, createdAt: now, updatedAt: now })
      .returning({ id: groups.id })
      .get().id;
    linkActions(tx, id, actionIds);
    return id;
  });
}

export function updateGroup(id: number, input: GroupInput, now = new Date()): boolean {
  return getDb().transaction((tx) => {
    const { actionIds, ...details } = input;
    const changed = tx
      .update(groups)
      .set({ ...details, updatedAt: now })
      .where(eq(groups.id, id))
      .run().changes;
    if (!changed) return false;
    tx.delete(groupActions).where(eq(groupActions.groupId, id)).run();
    linkActions(tx, id, actionIds);
    return true;
  });
}

function linkActions(tx: DbOrTx, groupId: number, actionIds: number[]) {
  for (const actionId of new Set(actionIds)) tx.insert(groupActions).values({ groupId, actionId }).run();
}

/** Publishes a draft group, or ends a group that has finished its work (its page stays, with what it decided). */
export function setGroupStatus(id: number, status: Exclude<GroupStatus, "draft">, now = new Date()): boolean {
  return (
    getDb()
      .update(groups)
      .set({ status, endedAt: status === "ended" ? now : null, updatedAt: now })
      .where(and(eq(groups.id, id), ne(groups.status, status)))
      .run().changes > 0
  );
}

type RoleCounts = { parent_carer: number; young_person: number; professional: number };

/** Current members of each group, by role: what the public sees instead of names. */
function memberCounts(db: DbOrTx, groupIds: number[]): Map<number, RoleCounts> {
  const counts = new Map<number, RoleCounts>();
  if (!groupIds.length) return counts;
  const rows = db
    .select({ groupId: groupMembers.groupId, role: groupMembers.role, n: sql<number>`count(*)` })
    .from(groupMembers)
    .where(and(inArray(groupMembers.groupId, groupIds), eq(groupMembers.status, "member")))
    .groupBy(groupMembers.groupId, groupMembers.role)
    .all();
  for (const id of groupIds) counts.set(id, { parent_carer: 0, young_person: 0, professional: 0 });
  for (const r of rows) counts.get(r.groupId)![r.role] = r.n;
  return counts;
}

function actionsOf(db: DbOrTx, groupId: number) {
  return db
    .select({ id: strategyActions.id, code: strategyActions.code, title: strategyActions.title, status: strategyActions.status })
    .from(groupActions)
    .innerJoin(strategyActions, eq(strategyActions.id, groupActions.actionId))
    .where(eq(groupActions.groupId, groupId))
    .all()
    .sort((a, b) => compareCodes(a.code, b.code));
}

/** What anyone may know of a group: never who made it or when it changed. */
function publicPart(g: typeof groups.$inferSelect) {
  const { id, name, purpose, audience, participationLevel, status } = g;
  return { id, name, purpose, audience, participationLevel, status, openToApplications: g.openToApplications && status === "active" };
}

/** Groups the public can see (meeting or finished), with their make-up and next meeting. */
export function listPublicGroups(now = new Date(), db: DbOrTx = getDb()) {
  const rows = db.select().from(groups).where(ne(groups.status, "draft")).orderBy(asc(groups.status), asc(groups.name)).all();
  const counts = memberCounts(
    db,
    rows.map((g) => g.id),
  );
  // Each group's next meeting, in one query rather than one per group.
  const next = new Map(
    db
      .select({ groupId: groupMeetings.groupId, startsAt: sql<number>`min(${groupMeetings.startsAt})` })
      .from(groupMeetings)
      .where(and(gte(groupMeetings.startsAt, now), isNull(groupMeetings.cancelledAt)))
      .groupBy(groupMeetings.groupId)
      .all()
      .map((m) => [m.groupId, new Date(m.startsAt)]),
  );
  return rows.map((g) => ({ ...publicPart(g), members: counts.get(g.id)!, nextMeeting: next.get(g.id) ?? null }));
}

/**
 * A group's public page: purpose, the actions it works on, its members by role (never names), its
 * meetings (when, and afterwards what was decided) and the suggestions it raised that are published.
 */
export function publicGroup(id: number, now = new Date(), db: DbOrTx = getDb()) {
  const g = db
    .select()
    .from(groups)
    .where(and(eq(groups.id, id), ne(groups.status, "draft")))
    .get();
  if (!g) return undefined;
  const meetings = db.select().from(groupMeetings).where(eq(groupMeetings.groupId, id)).orderBy(asc(groupMeetings.startsAt)).all();
  const raised = db
    .select({ id: suggestions.id, publicWording: suggestions.publicWording, status: suggestions.status })
    .from(suggestions)
    .where(and(fromGroup(id), isNotNull(suggestions.publishedAt), eq(suggestions.safeguarding, false)))
    .orderBy(desc(suggestions.createdAt))
    .all();
  return {
    ...publicPart(g),
    actions: actionsOf(db, id),
    members: memberCounts(db, [id]).get(id)!,
    upcoming: meetings
      .filter((m) => m.startsAt >= now)
      .map((m) => ({ id: m.id, startsAt: m.startsAt, endsAt: m.endsAt, cancelled: m.cancelledAt !== null })),
    past: meetings
      .filter((m) => m.startsAt < now && m.cancelledAt === null)
      .reverse()
      .map((m) => ({ id: m.id, startsAt: m.startsAt, decisions: m.decisionsRecordedAt ? m.decisions : "" })),
    raised: raised.map((s) => ({ id: s.id, reference: reference(s.id), publicWording: s.publicWording, status: s.status })),
  };
}

type MemberMeeting = { id: number; startsAt: Date; endsAt: Date; place: string; joiningLink: string; papers: string; reply: MeetingReply | null };

/**
 * What a signed-in person sees on a group's page besides the public part: how they stand with it
 * and, for members, where each coming meeting is, its papers and whether they said they can come.
 */
export function viewerOfGroup(groupId: number, userId: string, now = new Date(), db: DbOrTx = getDb()) {
  const membership = db
    .select({ id: groupMembers.id, status: groupMembers.status, role: groupMembers.role })
    .from(groupMembers)
    .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId)))
    .get();
  if (membership?.status !== "member") return { membership: membership ?? null, meetings: [] as MemberMeeting[] };
  const meetings = db
    .select({ meeting: groupMeetings, reply: meetingReplies.reply })
    .from(groupMeetings)
    .leftJoin(meetingReplies, and(eq(meetingReplies.meetingId, groupMeetings.id), eq(meetingReplies.memberId, membership.id)))
    .where(and(eq(groupMeetings.groupId, groupId), gte(groupMeetings.endsAt, now), isNull(groupMeetings.cancelledAt)))
    .orderBy(asc(groupMeetings.startsAt))
    .all();
  return {
    membership,
    meetings: meetings.map(({ meeting: m, reply }): MemberMeeting => ({
      id: m.id,
      startsAt: m.startsAt,
      endsAt: m.endsAt,
      place: m.place,
      joiningLink: m.joiningLink,
      papers: m.papers,
      reply: reply as MeetingReply | null,
    })),
  };
}

/** Every group, newest first, with its members and meetings counted: the organiser's list. */
export function listGroupsForStaff(db: DbOrTx = getDb()) {
  const rows = db.select().from(groups).orderBy(desc(groups.createdAt)).all();
  const counts = memberCounts(
    db,
    rows.map((g) => g.id),
  );
  const waiting = new Map(
    db
      .select({ groupId: groupMembers.groupId, n: sql<number>`count(*)` })
      .from(groupMembers)
      .where(eq(groupMembers.status, "applied"))
      .groupBy(groupMembers.groupId)
      .all()
      .map((r) => [r.groupId, r.n]),
  );
  return rows.map((g) => ({ id: g.id, name: g.name, status: g.status, members: counts.get(g.id)!, applications: waiting.get(g.id) ?? 0 }));
}

/** Everything an organiser runs a group with: its details, people by name, meetings with who said they can come. */
export function groupForStaff(id: number, db: DbOrTx = getDb()) {
  const g = db.select().from(groups).where(eq(groups.id, id)).get();
  if (!g) return undefined;
  const people = db
    .select({
      id: groupMembers.id,
      name: users.name,
      email: users.email,
      role: groupMembers.role,
      status: groupMembers.status,
      joinedAt: groupMembers.joinedAt,
    })
    .from(groupMembers)
    .leftJoin(users, eq(users.id, groupMembers.userId))
    .where(eq(groupMembers.groupId, id))
    .orderBy(asc(users.name))
    .all();
  const meetings = db
    .select({
      meeting: groupMeetings,
      coming: sql<number>`(select count(*) from meeting_replies r where r.meeting_id = ${groupMeetings.id} and r.reply = 'yes')`,
    })
    .from(groupMeetings)
    .where(eq(groupMeetings.groupId, id))
    .orderBy(asc(groupMeetings.startsAt))
    .all();
  return {
    ...g,
    actionIds: actionsOf(db, id).map((a) => a.id),
    people: people.map((p) => ({ ...p, name: p.name ?? "Erased", email: p.email ?? "" })),
    meetings: meetings.map(({ meeting, coming }) => ({ ...meeting, coming })),
    raised: db
      .select({ n: sql<number>`count(*)` })
      .from(suggestions)
      .where(fromGroup(id))
      .get()!.n,
  };
}

/** The group's members who should hear about its meetings: current members, with their email. */
export function currentMembers(groupId: number, db: DbOrTx) {
  return db
    .select({
      memberId: groupMembers.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      language: users.language,
      reminders: users.eventReminders,
    })
    .from(groupMembers)
    .innerJoin(users, eq(users.id, groupMembers.userId))
    .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.status, "member"), isNull(users.deactivatedAt)))
    .all();
}

/** Memberships that ended long enough ago, or of groups that ended long enough ago, for retention. */
export function membershipsEndedBefore(cutoff: Date, db: DbOrTx) {
  const endedGroups = db
    .select({ id: groups.id })
    .from(groups)
    .where(and(eq(groups.status, "ended"), lt(groups.endedAt, cutoff)))
    .all()
    .map((g) => g.id);
  const leftStatuses: MembershipStatus[] = ["left", "declined"];
  const longGone = and(inArray(groupMembers.status, leftStatuses), lt(groupMembers.updatedAt, cutoff));
  return db
    .select({ id: groupMembers.id })
    .from(groupMembers)
    .where(and(isNotNull(groupMembers.userId), endedGroups.length ? or(inArray(groupMembers.groupId, endedGroups), longGone) : longGone))
    .all()
    .map((m) => m.id);
}

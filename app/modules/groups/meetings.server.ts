import crypto from "node:crypto";
import { and, asc, desc, eq, gt, isNotNull, isNull, lte } from "drizzle-orm";
import {
  groupMeetings,
  groupMembers,
  groups,
  meetingReplies,
  suggestions,
  supporters,
  users,
  type ContributorKind,
  type EventAudience,
  type MeetingReply,
} from "~db/schema";
import { getDb } from "~/db.server";
import * as groupEmails from "~emails/groups";
import { enqueueEmail } from "~/modules/notifications/outbox.server";
import { emailContext, forPerson } from "~/modules/settings/area.server";
import { translate } from "~/modules/i18n/catalogue.server";
import { isHeldBack, makeSuggestion } from "~/modules/feedback/suggestions.server";
import { concernPhrases, findConcern } from "~/modules/privacy/safeguarding.server";
import { formatEventTime } from "~/modules/events/labels";
import { currentMembers, groupLink } from "./groups.server";

// A group's meetings: when and where, who can come, reminders, and afterwards what was decided and
// the points raised, each of which enters the "You said, we did" loop like a point heard at an event.

export type MeetingInput = { startsAt: Date; endsAt: Date; place: string; joiningLink: string; papers: string };

const DAY = 86_400_000;

const KIND_FOR_AUDIENCE: Record<EventAudience, ContributorKind> = {
  parent_carers: "parent_carer",
  young_people: "young_person",
  professionals: "professional",
  everyone: "other",
};

export function addMeeting(groupId: number, input: MeetingInput, now = new Date()): number | undefined {
  const group = getDb().select({ status: groups.status }).from(groups).where(eq(groups.id, groupId)).get();
  if (!group || group.status === "ended") return undefined;
  return getDb()
    .insert(groupMeetings)
    .values({ groupId, ...input, createdAt: now, updatedAt: now })
    .returning({ id: groupMeetings.id })
    .get().id;
}

export function updateMeeting(meetingId: number, input: MeetingInput, now = new Date()): boolean {
  return (
    getDb()
      .update(groupMeetings)
      .set({ ...input, updatedAt: now })
      .where(and(eq(groupMeetings.id, meetingId), isNull(groupMeetings.cancelledAt)))
      .run().changes > 0
  );
}

export function meetingForStaff(meetingId: number) {
  const db = getDb();
  const row = db
    .select({ meeting: groupMeetings, group: { id: groups.id, name: groups.name, status: groups.status } })
    .from(groupMeetings)
    .innerJoin(groups, eq(groups.id, groupMeetings.groupId))
    .where(eq(groupMeetings.id, meetingId))
    .get();
  if (!row) return undefined;
  const replies = db
    .select({ name: users.name, role: groupMembers.role, reply: meetingReplies.reply })
    .from(meetingReplies)
    .innerJoin(groupMembers, eq(groupMembers.id, meetingReplies.memberId))
    .leftJoin(users, eq(users.id, groupMembers.userId))
    .where(eq(meetingReplies.meetingId, meetingId))
    .orderBy(asc(users.name))
    .all()
    .map((r) => ({ ...r, name: r.name ?? "Erased" }));
  return { ...row.meeting, group: row.group, replies };
}

/** Cancels a meeting still to come and tells the members. */
export function cancelMeeting(meetingId: number, now = new Date()): boolean {
  return getDb().transaction((tx) => {
    const meeting = tx
      .select({ meeting: groupMeetings, group: groups.name })
      .from(groupMeetings)
      .innerJoin(groups, eq(groups.id, groupMeetings.groupId))
      .where(and(eq(groupMeetings.id, meetingId), isNull(groupMeetings.cancelledAt), gt(groupMeetings.startsAt, now)))
      .get();
    if (!meeting) return false;
    tx.update(groupMeetings).set({ cancelledAt: now, updatedAt: now }).where(eq(groupMeetings.id, meetingId)).run();
    const ctx = emailContext(tx);
    for (const m of currentMembers(meeting.meeting.groupId, tx)) {
      const lang = m.language ?? "en";
      const when = formatEventTime(meeting.meeting.startsAt, meeting.meeting.endsAt, lang);
      const message = groupEmails.meetingCancelled(forPerson(ctx, lang), {
        name: m.name,
        group: meeting.group,
        when,
        groupLink: groupLink(meeting.meeting.groupId),
      });
      enqueueEmail(tx, m.email, message, `group-meeting-cancelled:${meetingId}:${m.memberId}`);
    }
    return true;
  });
}

/** A member says whether they can come to a meeting still to come. */
export function replyToMeeting(meetingId: number, userId: string, reply: MeetingReply, now = new Date()): boolean {
  return getDb().transaction((tx) => {
    const member = tx
      .select({ id: groupMembers.id })
      .from(groupMeetings)
      .innerJoin(
        groupMembers,
        and(eq(groupMembers.groupId, groupMeetings.groupId), eq(groupMembers.userId, userId), eq(groupMembers.status, "member")),
      )
      .where(and(eq(groupMeetings.id, meetingId), isNull(groupMeetings.cancelledAt), gt(groupMeetings.endsAt, now)))
      .get();
    if (!member) return false;
    tx.insert(meetingReplies)
      .values({ meetingId, memberId: member.id, reply, updatedAt: now })
      .onConflictDoUpdate({ target: [meetingReplies.meetingId, meetingReplies.memberId], set: { reply, updatedAt: now } })
      .run();
    return true;
  });
}

/**
 * After a meeting, the organiser records what the group decided (published on its page) and the
 * points raised: each becomes a suggestion that the members who came follow. Decisions are public,
 * so words on the safeguarding list are refused rather than published; a point with them is held
 * back by the suggestion's own check and the safeguarding lead told.
 */
export function recordMeeting(
  meetingId: number,
  input: { decisions: string; points: string[] },
  now = new Date(),
): { ok: true; added: number } | { ok: false; field: "decisions" | "form"; message: string } {
  const db = getDb();
  return db.transaction((tx) => {
    const row = tx
      .select({ meeting: groupMeetings, group: groups })
      .from(groupMeetings)
      .innerJoin(groups, eq(groups.id, groupMeetings.groupId))
      .where(and(eq(groupMeetings.id, meetingId), isNull(groupMeetings.cancelledAt)))
      .get();
    if (!row) return { ok: false as const, field: "form" as const, message: translate("groups.error.meetingGone") };
    if (row.meeting.startsAt > now) return { ok: false as const, field: "form" as const, message: translate("groups.error.notStarted") };
    if (findConcern(input.decisions, concernPhrases(tx)))
      return {
        ok: false as const,
        field: "decisions" as const,
        message: translate("groups.error.concern"),
      };
    tx.update(groupMeetings)
      .set({ decisions: input.decisions, decisionsRecordedAt: now, updatedAt: now })
      .where(eq(groupMeetings.id, meetingId))
      .run();
    const came = tx
      .select({ memberId: groupMembers.id, email: users.email })
      .from(meetingReplies)
      .innerJoin(groupMembers, eq(groupMembers.id, meetingReplies.memberId))
      .innerJoin(users, eq(users.id, groupMembers.userId))
      .where(and(eq(meetingReplies.meetingId, meetingId), eq(meetingReplies.reply, "yes")))
      .all();
    for (const point of input.points) {
      const { id } = makeSuggestion(
        {
          body: point,
          topicId: null,
          contributorKind: KIND_FOR_AUDIENCE[row.group.audience],
          name: null,
          email: null,
          userId: null,
          origin: { kind: "groups", id: row.group.id },
          sourceUrl: `/groups/${row.group.id}`,
          createdAt: now,
        },
        tx,
      );
      for (const member of came) {
        tx.insert(supporters)
          .values({
            suggestionId: id,
            supporterKey: `group-member:${member.memberId}`,
            email: member.email,
            stopToken: crypto.randomBytes(24).toString("base64url"),
            createdAt: now,
          })
          .onConflictDoNothing()
          .run();
      }
    }
    return { ok: true as const, added: input.points.length };
  });
}

/** The latest meeting already recorded, for the registry's safeguarding test. */
function latestRecorded(now: Date) {
  return getDb()
    .select()
    .from(groupMeetings)
    .where(and(isNull(groupMeetings.cancelledAt), lte(groupMeetings.startsAt, now), isNotNull(groupMeetings.decisionsRecordedAt)))
    .orderBy(desc(groupMeetings.startsAt))
    .get();
}

/** For the registry's safeguarding test: a point raised at the latest recorded meeting, and whether it was held back. */
export function tryMeetingPoint(text: string, now: Date): { heldBack: boolean } {
  const meeting = latestRecorded(now);
  if (!meeting || !recordMeeting(meeting.id, { decisions: meeting.decisions, points: [text] }, now).ok) return { heldBack: false };
  const made = getDb()
    .select({ id: suggestions.id })
    .from(suggestions)
    .where(and(eq(suggestions.originKind, "groups"), eq(suggestions.originId, meeting.groupId)))
    .orderBy(desc(suggestions.id))
    .get()!;
  return { heldBack: isHeldBack(made.id) };
}

/** For the registry's safeguarding test: decisions for the latest recorded meeting; refused is held back. */
export function tryDecisions(text: string, now: Date): { heldBack: boolean } {
  const meeting = latestRecorded(now);
  if (!meeting) return { heldBack: false };
  const saved = recordMeeting(meeting.id, { decisions: text, points: [] }, now);
  if (saved.ok) recordMeeting(meeting.id, { decisions: meeting.decisions, points: [] }, now); // put the demo's words back
  return { heldBack: !saved.ok };
}

/** Reminds members two days before each meeting, unless they said they cannot come or switched reminders off. */
export function queueMeetingReminders(now = new Date()): number {
  const db = getDb();
  let queued = 0;
  db.transaction((tx) => {
    const soon = tx
      .select({ meeting: groupMeetings, group: groups.name })
      .from(groupMeetings)
      .innerJoin(groups, eq(groups.id, groupMeetings.groupId))
      .where(
        and(
          eq(groups.status, "active"),
          isNull(groupMeetings.cancelledAt),
          gt(groupMeetings.startsAt, now),
          lte(groupMeetings.startsAt, new Date(now.getTime() + 2 * DAY)),
        ),
      )
      .all();
    const ctx = emailContext(tx);
    for (const { meeting, group } of soon) {
      const cannot = new Set(
        tx
          .select({ memberId: meetingReplies.memberId })
          .from(meetingReplies)
          .where(and(eq(meetingReplies.meetingId, meeting.id), eq(meetingReplies.reply, "no")))
          .all()
          .map((r) => r.memberId),
      );
      for (const m of currentMembers(meeting.groupId, tx)) {
        if (!m.reminders || cannot.has(m.memberId)) continue;
        const lang = m.language ?? "en";
        const message = groupEmails.meetingReminder(forPerson(ctx, lang), {
          name: m.name,
          group,
          meeting: {
            when: formatEventTime(meeting.startsAt, meeting.endsAt, lang),
            place: meeting.place,
            joiningLink: meeting.joiningLink,
            papers: meeting.papers,
          },
          groupLink: groupLink(meeting.groupId),
        });
        if (enqueueEmail(tx, m.email, message, `group-meeting-reminder:${meeting.id}:${m.memberId}`)) queued++;
      }
    }
  });
  return queued;
}

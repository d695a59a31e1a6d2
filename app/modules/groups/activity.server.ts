import { translate } from "~/modules/i18n/catalogue.server";
import { and, eq, gte, inArray, isNull, lt, sql } from "drizzle-orm";
import { groupMeetings, groupMembers, groups, meetingReplies, type ParticipationLevel } from "~db/schema";
import type { ActivityDefinition } from "~/modules/activities/activity";
import { monthsBefore } from "~/modules/activities/activity";
import { byActivity, sumOf } from "~/modules/impact/evidence";
import { londonDate } from "~/utils/dates";
import { ATTENDEE_ROLE_LABELS } from "~/modules/events/labels";
import { MEMBERSHIP_LABELS, REPLY_LABELS } from "./labels";
import { seedGroups } from "./demo.server";
import { membershipsEndedBefore } from "./groups.server";
import { queueMeetingReminders, tryDecisions, tryMeetingPoint } from "./meetings.server";

// Co-production groups in the registry: a person's memberships and meeting replies; the groups that
// met in a period, with their members by role; reminders before each meeting.

const forgetMember = { userId: null } as const;

export const groupsActivity = {
  personalData: {
    export({ userId }, db) {
      const mine = db
        .select({ member: groupMembers, group: groups.name })
        .from(groupMembers)
        .innerJoin(groups, eq(groups.id, groupMembers.groupId))
        .where(eq(groupMembers.userId, userId))
        .all();
      const replies = mine.length
        ? db
            .select({ group: groups.name, startsAt: groupMeetings.startsAt, reply: meetingReplies.reply })
            .from(meetingReplies)
            .innerJoin(groupMeetings, eq(groupMeetings.id, meetingReplies.meetingId))
            .innerJoin(groups, eq(groups.id, groupMeetings.groupId))
            .where(
              inArray(
                meetingReplies.memberId,
                mine.map((m) => m.member.id),
              ),
            )
            .all()
        : [];
      return {
        groupMemberships: mine.map(({ member: m, group }) => ({
          group,
          role: translate(ATTENDEE_ROLE_LABELS[m.role]),
          status: translate(MEMBERSHIP_LABELS[m.status]),
          joinedAt: m.joinedAt,
          leftAt: m.leftAt,
          createdAt: m.createdAt,
        })),
        meetingReplies: replies.map((r) => ({ group: r.group, meeting: r.startsAt, reply: translate(REPLY_LABELS[r.reply]) })),
      };
    },
    labels: {
      groupMemberships: "data.groupMemberships",
      meetingReplies: "data.meetingReplies",
      joinedAt: "data.joinedAt",
      leftAt: "data.leftAt",
      meeting: "data.meeting",
    },
    erase({ userId }, tx, now) {
      // The role stays, unnamed, so the group's make-up and past figures still add up.
      tx.update(groupMembers)
        .set({ ...forgetMember, status: "left", leftAt: now, updatedAt: now })
        .where(and(eq(groupMembers.userId, userId), inArray(groupMembers.status, ["member", "applied", "invited"])))
        .run();
      tx.update(groupMembers).set(forgetMember).where(eq(groupMembers.userId, userId)).run();
    },
    applyRetention(periods, tx, now) {
      const expired = membershipsEndedBefore(monthsBefore(now, periods.registrantMonths), tx);
      const removed = expired.length ? tx.update(groupMembers).set(forgetMember).where(inArray(groupMembers.id, expired)).run().changes : 0;
      return { groupMemberships: removed };
    },
  },
  evidence: {
    measures: [
      {
        label: "evidence.measure.groupMeetings",
        total: "evidence.measure.groupMeetings.total",
        meaning: "evidence.measure.groupMeetings.meaning",
      },
      {
        label: "evidence.measure.groupMembers",
        total: "evidence.measure.groupMembers.total",
        meaning: "evidence.measure.groupMembers.meaning",
      },
    ],
    // Groups that met in the period: their meetings, and who was a member while they met.
    activities({ start, end }, db) {
      const met = db
        .select({ id: groups.id, meetings: sql<number>`count(*)`, first: sql<number>`min(${groupMeetings.startsAt})` })
        .from(groupMeetings)
        .innerJoin(groups, eq(groups.id, groupMeetings.groupId))
        .where(and(isNull(groupMeetings.cancelledAt), gte(groupMeetings.startsAt, new Date(start)), lt(groupMeetings.startsAt, new Date(end))))
        .groupBy(groups.id)
        .all();
      if (!met.length) return [];
      const rows = db.all<{ id: number; title: string; level: ParticipationLevel; createdAt: number; kind: string | null; n: number }>(sql`
        select g.id, g.name as title, g.participation_level as level, g.created_at as createdAt, m.role as kind, count(m.id) as n
        from groups g left join group_members m on m.group_id = g.id
          and m.joined_at is not null and m.joined_at < ${end} and (m.left_at is null or m.left_at >= ${start})
        where g.id in ${met.map((g) => g.id)}
        group by g.id, m.role order by g.name`);
      const meetings = new Map(met.map((g) => [g.id, g]));
      return byActivity(rows, (g, all) => ({
        key: `groups:${g.id}`,
        kind: "groups",
        title: g.title,
        date: londonDate(new Date(meetings.get(g.id)!.first)),
        level: g.level,
        measures: [
          { label: "evidence.measure.groupMeetings", count: meetings.get(g.id)!.meetings },
          { label: "evidence.measure.groupMembers", count: sumOf(all, (r) => r.n) },
        ],
      }));
    },
    describe(id, db) {
      const g = db
        .select({ title: groups.name, level: groups.participationLevel, createdAt: groups.createdAt })
        .from(groups)
        .where(eq(groups.id, id))
        .get();
      return g && { title: g.title, level: g.level, date: londonDate(g.createdAt) };
    },
    raisedAt: (n, t) => t("toldUs.at.groups", { count: n }),
    actionLinks(db) {
      return db.all<{ actionId: number; groupId: number }>(sql`select action_id as actionId, group_id as groupId from group_actions`).map((l) => ({
        actionId: l.actionId,
        key: `groups:${l.groupId}`,
      }));
    },
  },
  safeguarding: {
    checks: [
      { what: "safeguarding.what.groupPoints", tryOut: tryMeetingPoint },
      { what: "safeguarding.what.groupDecisions", tryOut: tryDecisions },
    ],
  },
  menu: [{ label: "nav.groups", to: "/groups" }],
  manage: [{ label: "Co-production groups", to: "/manage/groups", permission: "group:manage" }],
  timedWork: [{ name: "meeting reminders two days before", everyMinute: (now) => void queueMeetingReminders(now) }],
  demo: (area) => seedGroups(area),
} satisfies ActivityDefinition;

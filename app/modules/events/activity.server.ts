import { and, eq, gt, inArray, isNotNull, lt, ne, or, sql, type SQL } from "drizzle-orm";
import { seedEvents } from "./demo.server";
import { events, registrations, type ParticipationLevel } from "~db/schema";
import { byActivity, sumOf } from "~/modules/impact/evidence";
import { londonDate } from "~/utils/dates";
import type { ActivityDefinition } from "~/modules/activities/activity";
import { monthsBefore } from "~/modules/activities/activity";
import { queueReminders } from "./registrations.server";
import { tryHeardPoint } from "./heard.server";

// Listening events: a person's bookings, with what they told us to arrange.

/** What erasure and retention remove from a registration: every way to reach the person and their needs. */
const FORGOTTEN = {
  email: null,
  phone: "",
  reminderPhone: null,
  accessNotes: "",
  dietaryNeeds: "",
  userId: null,
  wantsUpdates: false,
  updatesChannel: null,
  updatesPhone: null,
  forumContact: null,
  postalAddress: null,
  postcode: null,
  easyRead: false,
};

export const eventsActivity = {
  personalData: {
    export({ userId, provedEmail }, db) {
      const byAccount: SQL = eq(registrations.userId, userId);
      const bookings = db
        .select({ registration: registrations, event: events.title, startsAt: events.startsAt })
        .from(registrations)
        .innerJoin(events, eq(events.id, registrations.eventId))
        .where(provedEmail ? or(byAccount, eq(registrations.email, provedEmail)) : byAccount)
        .all();
      return {
        registrations: bookings.map(({ registration: r, event, startsAt }) => ({
          event,
          startsAt,
          name: r.name,
          email: r.email,
          phone: r.phone,
          ...(r.reminderPhone ? { textReminderTo: r.reminderPhone } : {}),
          ...(r.updatesChannel ? { updatesBy: r.updatesChannel } : {}),
          ...(r.updatesPhone ? { updatesTo: r.updatesPhone } : {}),
          ...(r.postalAddress ? { postalAddress: `${r.postalAddress}\n${r.postcode ?? ""}` } : {}),
          ...(r.forumContact ? { forumContact: r.forumContact } : {}),
          places: r.places,
          role: r.role,
          accessNeeds: JSON.parse(r.accessNeeds) as string[],
          accessNotes: r.accessNotes,
          dietaryNeeds: r.dietaryNeeds,
          status: r.status,
          attended: Boolean(r.attendedAt),
          createdAt: r.createdAt,
        })),
      };
    },
    labels: { startsAt: "data.startsAt", accessNeeds: "data.accessNeeds", accessNotes: "data.accessNotes", dietaryNeeds: "data.dietaryNeeds" },
    erase({ userId, email }, tx, now) {
      const theirs = or(eq(registrations.userId, userId), eq(registrations.email, email));
      // Future bookings are cancelled; past ones stay as anonymous attendance.
      const future = tx
        .select({ id: registrations.id })
        .from(registrations)
        .innerJoin(events, eq(events.id, registrations.eventId))
        .where(and(theirs, gt(events.startsAt, now), ne(registrations.status, "cancelled")))
        .all()
        .map((r) => r.id);
      if (future.length) tx.update(registrations).set({ status: "cancelled", cancelledAt: now }).where(inArray(registrations.id, future)).run();
      tx.update(registrations)
        .set({ name: "Erased", ...FORGOTTEN })
        .where(theirs)
        .run();
    },
    applyRetention(periods, tx, now) {
      const past = tx
        .select({ id: events.id })
        .from(events)
        .where(lt(events.endsAt, monthsBefore(now, periods.registrantMonths)))
        .all()
        .map((e) => e.id);
      const removed = past.length
        ? tx
            .update(registrations)
            .set({ name: "Removed", ...FORGOTTEN })
            .where(
              and(
                inArray(registrations.eventId, past),
                or(ne(registrations.name, "Removed"), isNotNull(registrations.email), isNotNull(registrations.userId)),
              ),
            )
            .run().changes
        : 0;
      return { registrations: removed };
    },
  },
  evidence: {
    measures: [
      {
        label: "evidence.measure.registrations",
        total: "evidence.measure.registrations.total",
        meaning: "evidence.measure.registrations.meaning",
      },
      {
        label: "evidence.measure.attended",
        total: "evidence.measure.attended.total",
        meaning: "evidence.measure.attended.meaning",
      },
    ],
    // Events held in the period: bookings, and who came (walk-ins included).
    activities({ start, end }, db) {
      const rows = db.all<{
        id: number;
        title: string;
        startsAt: number;
        level: ParticipationLevel | null;
        kind: string | null;
        registrations: number;
        attended: number;
        n: number;
      }>(sql`
        select e.id, e.title, e.starts_at as startsAt, e.participation_level as level, r.role as kind,
          coalesce(sum(r.status = 'confirmed'), 0) as registrations, coalesce(sum(r.attended_at is not null), 0) as attended,
          coalesce(sum(r.attended_at is not null), 0) as n
        from events e left join registrations r on r.event_id = e.id
        where e.status = 'published' and e.starts_at >= ${start} and e.starts_at < ${end}
        group by e.id, r.role order by e.starts_at, e.id`);
      return byActivity(rows, (e, all) => ({
        key: `events:${e.id}`,
        kind: "events",
        title: e.title,
        date: londonDate(new Date(e.startsAt)),
        level: e.level,
        measures: [
          { label: "evidence.measure.registrations", count: sumOf(all, (r) => r.registrations) },
          { label: "evidence.measure.attended", count: sumOf(all, (r) => r.attended) },
        ],
      }));
    },
    describe(id, db) {
      const row = db.get<{ title: string; level: ParticipationLevel | null; at: number }>(
        sql`select title, participation_level as level, starts_at as at from events where id = ${id}`,
      );
      return row && { title: row.title, level: row.level, date: londonDate(new Date(row.at)) };
    },
    raisedAt: (n, t) => t("toldUs.at.events", { count: n }),
    actionLinks(db) {
      return db.all<{ actionId: number; eventId: number }>(sql`select action_id as actionId, event_id as eventId from event_actions`).map((l) => ({
        actionId: l.actionId,
        key: `events:${l.eventId}`,
      }));
    },
  },
  safeguarding: { checks: [{ what: "safeguarding.what.events", tryOut: tryHeardPoint }] },
  menu: [{ label: "nav.events", to: "/events" }],
  manage: [{ label: "Events", to: "/manage/events", permission: "event:manage" }],
  timedWork: [{ name: "reminders a week and a day before", everyMinute: (now) => void queueReminders(now) }],
  demo: (area) => seedEvents(area.organiserId, area.officerId),
} satisfies ActivityDefinition;

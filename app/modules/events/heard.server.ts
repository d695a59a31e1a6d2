import crypto from "node:crypto";
import { and, asc, count, desc, eq, inArray, isNotNull, lte, sql } from "drizzle-orm";
import { eventTopics, events, registrations, suggestions, supporters, topics, type ContributorKind, type EventAudience } from "~db/schema";
import { getDb } from "~/db.server";
import { config } from "~/config.server";
import * as eventEmails from "~emails/events";
import { enqueueEmail } from "~/modules/notifications/outbox.server";
import { emailContext, forPerson } from "~/modules/settings/area.server";
import { isHeldBack, makeSuggestion } from "~/modules/feedback/suggestions.server";
import { reference } from "~/modules/feedback/reference";
import { attendance, attendanceOf } from "./attendance.server";

// What was heard at an event: each point becomes a suggestion in the loop, with
// the event as its source, and the people who came hear what happens.

const KIND_FOR_AUDIENCE: Record<EventAudience, ContributorKind> = {
  parent_carers: "parent_carer",
  young_people: "young_person",
  professionals: "professional",
  everyone: "other",
};

/** Suggestions heard at one event. */
const fromEvent = (eventId: number) => and(eq(suggestions.originKind, "events"), eq(suggestions.originId, eventId));

/** For the registry's safeguarding test: a point heard at the latest past event, and whether it was held back. */
export function tryHeardPoint(text: string, now: Date): { heldBack: boolean } {
  const db = getDb();
  const event = db
    .select({ id: events.id, summary: events.heardSummary })
    .from(events)
    .where(and(eq(events.status, "published"), lte(events.startsAt, now)))
    .orderBy(desc(events.startsAt))
    .get();
  if (!event) return { heldBack: false };
  recordHeard(event.id, { summary: event.summary, points: [text] });
  const made = db.select({ id: suggestions.id }).from(suggestions).where(fromEvent(event.id)).orderBy(desc(suggestions.id)).get()!;
  return { heldBack: isHeldBack(made.id) };
}

/**
 * Saves the summary and adds the new points as suggestions. Attendees who asked
 * to hear what happens follow every point; everyone who came with an email is
 * thanked once, with a link to the event's outcomes page.
 */
export function recordHeard(eventId: number, input: { summary: string; points: string[] }) {
  const db = getDb();
  const event = db.select().from(events).where(eq(events.id, eventId)).get();
  if (!event) return { added: 0 };
  const topicId = db.select({ id: eventTopics.topicId }).from(eventTopics).where(eq(eventTopics.eventId, eventId)).get()?.id ?? null;
  const outcomesLink = `${config.appUrl}/events/${eventId}/outcomes`;
  db.transaction((tx) => {
    tx.update(events).set({ heardSummary: input.summary, heardRecordedAt: new Date(), updatedAt: new Date() }).where(eq(events.id, eventId)).run();
    const came = tx
      .select()
      .from(registrations)
      .where(and(eq(registrations.eventId, eventId), eq(registrations.status, "confirmed"), isNotNull(registrations.attendedAt)))
      .all();
    for (const point of input.points) {
      const { id } = makeSuggestion(
        {
          body: point,
          topicId,
          contributorKind: KIND_FOR_AUDIENCE[event.audience],
          name: null,
          email: null,
          userId: null,
          origin: { kind: "events", id: eventId },
          sourceUrl: `/events/${eventId}/outcomes`,
        },
        tx,
      );
      for (const r of came.filter((c) => c.wantsUpdates && c.updatesChannel)) {
        tx.insert(supporters)
          .values({
            suggestionId: id,
            supporterKey: `registration:${r.id}`,
            email: r.email,
            channel: r.updatesChannel!,
            phone: r.updatesPhone,
            forumContact: r.forumContact,
            postalAddress: r.postalAddress,
            postcode: r.postcode,
            easyRead: r.easyRead,
            language: r.language,
            stopToken: crypto.randomBytes(24).toString("base64url"),
            createdAt: new Date(),
          })
          .onConflictDoNothing()
          .run();
      }
    }
    const ctx = emailContext(tx);
    // Thanks go by email to those who gave one; the others hear only what they chose to.
    for (const r of came) {
      if (!r.email) continue;
      enqueueEmail(
        tx,
        r.email,
        eventEmails.eventThanks(forPerson(ctx, r.language), { name: r.name, title: event.title, outcomesLink, following: r.wantsUpdates }),
        `event-thanks:${r.id}`,
      );
    }
  });
  return { added: input.points.length };
}

/** People who came and agreed to hear what happens: a point can be put in their name. */
export function attributableAttendees(eventId: number) {
  return getDb()
    .select({ id: registrations.id, name: registrations.name, email: registrations.email })
    .from(registrations)
    .where(
      and(
        eq(registrations.eventId, eventId),
        eq(registrations.status, "confirmed"),
        isNotNull(registrations.attendedAt),
        eq(registrations.wantsUpdates, true),
        isNotNull(registrations.updatesChannel),
      ),
    )
    .orderBy(asc(registrations.name))
    .all()
    .map(({ id, name }) => ({ id, name }));
}

/**
 * Adds one point said by one attendee who agreed: it becomes their suggestion,
 * so they get its receipt and private tracking link like anyone who used the form.
 */
export function recordAttributedPoint(eventId: number, registrationId: number, point: string): boolean {
  const db = getDb();
  const event = db.select().from(events).where(eq(events.id, eventId)).get();
  const person = attributableAttendees(eventId).find((a) => a.id === registrationId);
  if (!event || !person) return false;
  const r = db.select().from(registrations).where(eq(registrations.id, registrationId)).get()!;
  const topicId = db.select({ id: eventTopics.topicId }).from(eventTopics).where(eq(eventTopics.eventId, eventId)).get()?.id ?? null;
  makeSuggestion({
    body: point,
    topicId,
    contributorKind: r.role,
    name: r.name,
    email: r.email,
    channel: r.updatesChannel ?? undefined,
    phone: r.updatesPhone,
    forumContact: r.forumContact,
    postalAddress: r.postalAddress,
    postcode: r.postcode,
    easyRead: r.easyRead,
    userId: r.userId,
    language: r.language,
    origin: { kind: "events", id: eventId },
    sourceUrl: `/events/${eventId}/outcomes`,
  });
  return true;
}

/** The public outcomes page: public wording only, live from the loop. */
export function eventOutcomes(eventId: number) {
  const db = getDb();
  const event = db.select().from(events).where(eq(events.id, eventId)).get();
  if (!event || event.status === "draft") return undefined;
  const points = db
    .select({
      id: suggestions.id,
      publicWording: suggestions.publicWording,
      status: suggestions.status,
      outcome: suggestions.outcome,
      topic: topics.name,
    })
    .from(suggestions)
    .leftJoin(topics, eq(topics.id, suggestions.topicId))
    .where(and(fromEvent(eventId), sql`published_at is not null and safeguarding = 0 and status != 'merged'`))
    .orderBy(asc(suggestions.id))
    .all()
    .map((p) => ({ ...p, reference: reference(p.id) }));
  const total = db.select({ n: count() }).from(suggestions).where(fromEvent(eventId)).get()?.n ?? 0;
  return {
    event: {
      id: event.id,
      title: event.title,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      summary: event.heardSummary,
      recorded: Boolean(event.heardRecordedAt),
    },
    points,
    beingReviewed: total - points.length,
    attendance: attendance(eventId).total,
  };
}

/** For officers: each past event's figures, newest first, for attendance over time. */
export function eventsReport(now = new Date()) {
  const db = getDb();
  const past = db
    .select()
    .from(events)
    .where(and(eq(events.status, "published"), lte(events.startsAt, now)))
    .orderBy(desc(events.startsAt))
    .limit(200)
    .all();
  if (!past.length) return [];
  const ids = past.map((e) => e.id);
  // Three queries for the whole report, not three per event.
  const booked = db
    .select()
    .from(registrations)
    .where(and(inArray(registrations.eventId, ids), eq(registrations.status, "confirmed")))
    .all();
  const heard = db
    .select({ eventId: suggestions.originId, points: count(), withOutcome: sql<number>`sum(status in ('done', 'not_possible'))` })
    .from(suggestions)
    .where(and(eq(suggestions.originKind, "events"), inArray(suggestions.originId, ids)))
    .groupBy(suggestions.originId)
    .all();
  return past.map((e) => {
    const h = heard.find((row) => row.eventId === e.id);
    return {
      id: e.id,
      title: e.title,
      startsAt: e.startsAt,
      endsAt: e.endsAt,
      ...attendanceOf(booked.filter((r) => r.eventId === e.id)),
      points: h?.points ?? 0,
      withOutcome: h?.withOutcome ?? 0,
    };
  });
}

import crypto from "node:crypto";
import type { LanguageCode } from "~db/schema/enums";
import { requestLanguage } from "~/modules/i18n/catalogue.server";
import { and, asc, eq, gt, lte, ne, sql } from "drizzle-orm";
import { events, registrations, users, type AccessNeed, type AttendeeRole } from "~db/schema";
import { getDb, type DbOrTx } from "~/db.server";
import * as eventEmails from "~emails/events";
import { enqueueEmail, enqueueText } from "~/modules/notifications/outbox.server";
import { eventReminderText } from "~emails/texts";
import { localise } from "~/modules/i18n/content.server";
import { formatEventTime } from "./labels";
import { emailContext, forPerson } from "~/modules/settings/area.server";
import { recordConsent } from "~/modules/privacy/consent.server";
import {
  registrationConsent,
  DAY,
  link,
  type EventRow,
  loadEvent,
  placesTaken,
  emailDetails,
  calendarAttachment,
  registrationOpen,
} from "./events.server";

export type RegistrationInput = {
  eventId: number;
  name: string;
  email: string;
  phone: string;
  /** A UK mobile number in international form to text a reminder to the day before; null for none. */
  reminderPhone?: string | null;
  role: AttendeeRole;
  places: number;
  accessNeeds: AccessNeed[];
  accessNotes: string;
  dietaryNeeds: string;
  /** How they hear what happens to what is said at the event: by email, or by text to a UK mobile (international form); null for no updates. */
  updates: { channel: "email" | "sms"; phone?: string | null } | null;
  userId: string | null;
  /** The language they booked in: every email about the booking is in it. English unless said. */
  language?: LanguageCode;
};

export type RegistrationResult =
  | { status: "confirmed" | "waiting"; manageToken: string }
  | { status: "closed" }
  | { status: "duplicate" }
  | { status: "too-many-places"; max: number };

/**
 * Books places, or a place on the waiting list when there are not enough left.
 * The same email cannot book twice; they are emailed a link to their booking instead.
 */
export function register(input: RegistrationInput, now = new Date()): RegistrationResult {
  const db = getDb();
  const language = input.language ?? "en";
  const result = db.transaction((tx): RegistrationResult => {
    const event = loadEvent(tx, input.eventId);
    if (!event || !registrationOpen(event, now)) return { status: "closed" };
    if (input.places > event.maxPlacesPerRegistration) return { status: "too-many-places", max: event.maxPlacesPerRegistration };
    const existing = tx
      .select()
      .from(registrations)
      .where(and(eq(registrations.eventId, event.id), eq(registrations.email, input.email), ne(registrations.status, "cancelled")))
      .get();
    const ctx = emailContext(tx);
    if (existing) {
      const message =
        existing.status === "confirmed"
          ? eventEmails.registrationConfirmed(forPerson(ctx, existing.language), {
              name: existing.name,
              places: existing.places,
              event: emailDetails(event, true, existing.language),
              manageLink: link(`/bookings/${existing.manageToken}`),
              calendar: calendarAttachment(event),
            })
          : eventEmails.registrationWaiting(forPerson(ctx, existing.language), {
              name: existing.name,
              event: emailDetails(event, false, existing.language),
              manageLink: link(`/bookings/${existing.manageToken}`),
            });
      enqueueEmail(tx, input.email, message, `registration-again:${existing.id}:${now.getTime()}`);
      return { status: "duplicate" };
    }
    const hasWaiting = tx
      .select({ id: registrations.id })
      .from(registrations)
      .where(and(eq(registrations.eventId, event.id), eq(registrations.status, "waiting")))
      .get();
    const fits = !hasWaiting && placesTaken(tx, event.id) + input.places <= event.capacity;
    const manageToken = crypto.randomBytes(24).toString("base64url");
    const id = tx
      .insert(registrations)
      .values({
        eventId: event.id,
        userId: input.userId,
        name: input.name,
        email: input.email,
        phone: input.phone,
        reminderPhone: input.reminderPhone ?? null,
        role: input.role,
        places: input.places,
        accessNeeds: JSON.stringify(input.accessNeeds),
        accessNotes: input.accessNotes,
        dietaryNeeds: input.dietaryNeeds,
        wantsUpdates: input.updates !== null,
        updatesChannel: input.updates?.channel ?? null,
        updatesPhone: input.updates?.phone ?? null,
        consentWording: registrationConsent(language),
        language,
        status: fits ? "confirmed" : "waiting",
        manageToken,
        createdAt: now,
      })
      .returning({ id: registrations.id })
      .get().id;
    recordConsent(
      tx,
      { userId: input.userId, email: input.email, purpose: "registration", record: `registrations:${id}`, wording: registrationConsent(language) },
      now,
    );
    const manageLink = link(`/bookings/${manageToken}`);
    const message = fits
      ? eventEmails.registrationConfirmed(forPerson(ctx, language), {
          name: input.name,
          places: input.places,
          event: emailDetails(event, true, language),
          manageLink,
          calendar: calendarAttachment(event),
        })
      : eventEmails.registrationWaiting(forPerson(ctx, language), { name: input.name, event: emailDetails(event, false, language), manageLink });
    enqueueEmail(tx, input.email, message, `registration:${id}`);
    return { status: fits ? "confirmed" : "waiting", manageToken };
  });
  return result;
}

export function findBooking(manageToken: string) {
  if (!manageToken || manageToken.length > 100) return undefined;
  const db = getDb();
  const r = db.select().from(registrations).where(eq(registrations.manageToken, manageToken)).get();
  if (!r) return undefined;
  const event = loadEvent(db, r.eventId)!;
  return {
    name: r.name,
    places: r.places,
    status: r.status,
    // Shown on the booking's page, in the language of whoever opens it.
    event: { id: event.id, status: event.status, ...emailDetails(event, r.status === "confirmed", requestLanguage()) },
    position: r.status === "waiting" ? waitingPosition(db, r.eventId, r.createdAt, r.id) : null,
  };
}

function waitingPosition(db: DbOrTx, eventId: number, createdAt: Date, id: number) {
  return (
    (db.get<{ n: number }>(
      sql`select count(*) as n from ${registrations}
        where event_id = ${eventId} and status = 'waiting'
          and (created_at < ${createdAt.getTime()} or (created_at = ${createdAt.getTime()} and id < ${id}))`,
    )?.n ?? 0) + 1
  );
}

/** Cancels a booking by its link; places that come free go to the waiting list in order, and they are emailed. */
export function cancelBooking(manageToken: string, now = new Date()): { ok: boolean } {
  const db = getDb();
  const ok = db.transaction((tx) => {
    const r = tx.select().from(registrations).where(eq(registrations.manageToken, manageToken)).get();
    if (!r || r.status === "cancelled") return false;
    tx.update(registrations).set({ status: "cancelled", cancelledAt: now }).where(eq(registrations.id, r.id)).run();
    const event = loadEvent(tx, r.eventId)!;
    const ctx = emailContext(tx);
    if (r.email)
      enqueueEmail(
        tx,
        r.email,
        eventEmails.registrationCancelled(forPerson(ctx, r.language), { name: r.name, event: emailDetails(event, false, r.language) }),
        `registration-cancelled:${r.id}`,
      );
    if (event.status === "published" && now < event.startsAt) promoteWaiting(tx, event);
    return true;
  });
  return { ok };
}

function promoteWaiting(tx: DbOrTx, event: EventRow) {
  const waiting = tx
    .select()
    .from(registrations)
    .where(and(eq(registrations.eventId, event.id), eq(registrations.status, "waiting")))
    .orderBy(asc(registrations.createdAt), asc(registrations.id))
    .all();
  let free = event.capacity - placesTaken(tx, event.id);
  const ctx = emailContext(tx);
  // First come, first served: stop at the first person whose places do not fit, so nobody is skipped.
  for (const r of waiting) {
    if (r.places > free) break;
    tx.update(registrations).set({ status: "confirmed" }).where(eq(registrations.id, r.id)).run();
    free -= r.places;
    const message = eventEmails.registrationPromoted(forPerson(ctx, r.language), {
      name: r.name,
      places: r.places,
      event: emailDetails(event, true, r.language),
      manageLink: link(`/bookings/${r.manageToken}`),
      calendar: calendarAttachment(event),
    });
    if (r.email) enqueueEmail(tx, r.email, message, `registration-promoted:${r.id}`);
  }
}

// ---- Reminders ----

/**
 * Queues the 7-day and 1-day reminders that are due. Each has an idempotency key
 * per registration, so running this any number of times (or after a restart)
 * queues each reminder once. A reminder is skipped for people who booked after
 * it would have gone: their confirmation is fresh.
 */
export function queueReminders(now = new Date()): number {
  const db = getDb();
  let queued = 0;
  db.transaction((tx) => {
    const soon = tx
      .select()
      .from(events)
      .where(and(eq(events.status, "published"), gt(events.startsAt, now), lte(events.startsAt, new Date(now.getTime() + 7 * DAY))))
      .all();
    const ctx = emailContext(tx);
    for (const event of soon) {
      const days: 7 | 1 = event.startsAt.getTime() - now.getTime() <= DAY ? 1 : 7;
      const mark = new Date(event.startsAt.getTime() - days * DAY);
      const booked = tx
        .select()
        .from(registrations)
        .where(and(eq(registrations.eventId, event.id), eq(registrations.status, "confirmed")))
        .all();
      // Members who switched event reminders off in their contact preferences.
      const noReminders = new Set(
        tx
          .select({ id: users.id })
          .from(users)
          .where(eq(users.eventReminders, false))
          .all()
          .map((u) => u.id),
      );
      for (const r of booked) {
        if (r.createdAt >= mark || !r.email || (r.userId && noReminders.has(r.userId))) continue;
        const message = eventEmails.eventReminder(forPerson(ctx, r.language), {
          name: r.name,
          days,
          event: emailDetails(event, true, r.language),
          manageLink: link(`/bookings/${r.manageToken}`),
        });
        if (enqueueEmail(tx, r.email, message, `reminder-${days}d:${r.id}`)) queued++;
        // A text too the day before, for people who asked for one.
        if (days === 1 && r.reminderPhone) {
          const text = eventReminderText(forPerson(ctx, r.language), {
            title: localise("event", [event], ["title"], r.language)[0]!.title,
            when: formatEventTime(event.startsAt, event.endsAt, r.language),
            link: link(`/bookings/${r.manageToken}`),
          });
          if (enqueueText(tx, r.reminderPhone, text, `reminder-text:${r.id}`)) queued++;
        }
      }
    }
  });
  return queued;
}

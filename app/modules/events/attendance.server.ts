import crypto from "node:crypto";
import { and, asc, eq, ne } from "drizzle-orm";
import { events, registrations, type AttendeeRole } from "~db/schema";
import { getDb } from "~/db.server";
import { registrationConsent } from "./events.server";
import type { Contact } from "~/modules/contact/contact.server";

// On the day: checking people in, walk-ins, and who came.

export function checkIn(eventId: number, registrationId: number, attended: boolean) {
  getDb()
    .update(registrations)
    .set({ attendedAt: attended ? new Date() : null })
    .where(and(eq(registrations.id, registrationId), eq(registrations.eventId, eventId), eq(registrations.status, "confirmed")))
    .run();
}

/**
 * Someone who came without booking. They count in attendance; they may give a way to hear what
 * happens to what was heard (an email, a mobile number, an address, or the forum), or none.
 */
export function addWalkIn(eventId: number, input: { name: string; role: AttendeeRole; contact: Contact }) {
  const now = new Date();
  const { channel, email, phone, forumContact, postalAddress, postcode, easyRead } = input.contact;
  getDb()
    .insert(registrations)
    .values({
      eventId,
      name: input.name,
      email,
      role: input.role,
      places: 1,
      consentWording: registrationConsent(),
      wantsUpdates: channel !== null,
      updatesChannel: channel,
      updatesPhone: phone,
      forumContact,
      postalAddress,
      postcode,
      easyRead,
      status: "confirmed",
      manageToken: crypto.randomBytes(24).toString("base64url"),
      createdAt: now,
      attendedAt: now,
      walkIn: true,
    })
    .run();
}

/** Registered, attended, no-shows and walk-ins, by who came. */
export function attendance(eventId: number) {
  return attendanceOf(
    getDb()
      .select()
      .from(registrations)
      .where(and(eq(registrations.eventId, eventId), eq(registrations.status, "confirmed")))
      .all(),
  );
}

/** The attendance figures of one event's confirmed registrations. */
export function attendanceOf(rows: { role: AttendeeRole; walkIn: boolean; attendedAt: Date | null }[]) {
  const byRole = (["parent_carer", "young_person", "professional"] as const).map((role) => {
    const mine = rows.filter((r) => r.role === role);
    const booked = mine.filter((r) => !r.walkIn);
    return {
      role,
      registered: booked.length,
      attended: booked.filter((r) => r.attendedAt).length,
      noShows: booked.filter((r) => !r.attendedAt).length,
      walkIns: mine.filter((r) => r.walkIn).length,
    };
  });
  const total = byRole.reduce(
    (t, r) => ({
      registered: t.registered + r.registered,
      attended: t.attended + r.attended,
      noShows: t.noShows + r.noShows,
      walkIns: t.walkIns + r.walkIns,
    }),
    { registered: 0, attended: 0, noShows: 0, walkIns: 0 },
  );
  return { byRole, total };
}

export function checkInList(eventId: number) {
  return getDb()
    .select({
      id: registrations.id,
      name: registrations.name,
      role: registrations.role,
      places: registrations.places,
      attendedAt: registrations.attendedAt,
      walkIn: registrations.walkIn,
    })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), eq(registrations.status, "confirmed")))
    .orderBy(asc(registrations.name))
    .all();
}

/** A member's bookings (made while signed in), soonest first. */
export function listOwnBookings(userId: string) {
  return getDb()
    .select({
      manageToken: registrations.manageToken,
      status: registrations.status,
      title: events.title,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      eventStatus: events.status,
    })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(and(eq(registrations.userId, userId), ne(registrations.status, "cancelled")))
    .orderBy(asc(events.startsAt))
    .all();
}

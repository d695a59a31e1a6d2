import { and, asc, desc, eq, gt, inArray, isNotNull, lte, ne, sql, type SQL } from "drizzle-orm";
import type { LanguageCode } from "~db/schema/enums";
import { requestLanguage, translate, translatorFor } from "~/modules/i18n/catalogue.server";
import { localise } from "~/modules/i18n/content.server";
import type { Translator } from "~/modules/i18n/translate";
import ical from "ical-generator";
import {
  eventActions,
  events,
  eventTopics,
  registrations,
  strategyActions,
  topics,
  type AccessNeed,
  type EventAudience,
  type ParticipationLevel,
  type EventFormat,
  type EventType,
  type VenueFeature,
} from "~db/schema";
import { memoByVersion } from "~/utils/content-version.server";
import { getDb, type DbOrTx } from "~/db.server";
import { config } from "~/config.server";
import * as eventEmails from "~emails/events";
import type { EmailAttachment } from "~emails/layout";
import { enqueueEmail } from "~/modules/notifications/outbox.server";
import { emailContext, forPerson, getAreaSettings } from "~/modules/settings/area.server";
import { renderRichText, type RichDoc } from "~/modules/richtext/document";
import { parseRichText } from "~/modules/richtext/validate.server";
import { formatEventTime, VENUE_FEATURE_LABELS } from "./labels";

/** What people agree to when they book, in the language they read it in (kept with their consent). */
export function registrationConsent(language: LanguageCode = requestLanguage()) {
  return translatorFor(language).t("booking.consent.wording");
}

export type EventInput = {
  title: string;
  description: RichDoc;
  type: EventType;
  audience: EventAudience;
  participationLevel?: ParticipationLevel | null;
  startsAt: Date;
  endsAt: Date;
  format: EventFormat;
  venue: string;
  joiningLink: string;
  venueFeatures: VenueFeature[];
  accessibilityNotes: string;
  capacity: number;
  maxPlacesPerRegistration: number;
  registrationClosesAt: Date;
  topicIds: number[];
  actionIds: number[];
};

export const DAY = 86_400_000;
export const link = (path: string) => `${config.appUrl}${path}`;

/** Rules that need more than one field: checked before anything is saved. */
export function eventProblems(input: EventInput): Record<string, string> {
  const problems: Record<string, string> = {};
  if (input.endsAt <= input.startsAt) problems.endsAt = translate("manage.event.error.end");
  if (input.registrationClosesAt > input.startsAt) problems.registrationClosesAt = translate("manage.event.error.closes");
  if (input.format !== "online" && !input.venue) problems.venue = translate("manage.event.error.venue");
  if (input.format !== "in_person" && !input.joiningLink) problems.joiningLink = translate("manage.event.error.link");
  if (input.maxPlacesPerRegistration > input.capacity)
    problems.maxPlacesPerRegistration = "Places per booking cannot be more than the event’s capacity";
  return problems;
}

function saveLinks(tx: DbOrTx, eventId: number, input: EventInput) {
  tx.delete(eventTopics).where(eq(eventTopics.eventId, eventId)).run();
  tx.delete(eventActions).where(eq(eventActions.eventId, eventId)).run();
  if (input.topicIds.length)
    tx.insert(eventTopics)
      .values(input.topicIds.map((topicId) => ({ eventId, topicId })))
      .run();
  if (input.actionIds.length)
    tx.insert(eventActions)
      .values(input.actionIds.map((actionId) => ({ eventId, actionId })))
      .run();
}

function columns(input: EventInput) {
  const { topicIds: _t, actionIds: _a, description, venueFeatures, ...rest } = input;
  return { ...rest, description: JSON.stringify(description), venueFeatures: JSON.stringify(venueFeatures), updatedAt: new Date() };
}

export function createEvent(input: EventInput, createdBy: string): number {
  const id = getDb().transaction((tx) => {
    const eventId = tx
      .insert(events)
      .values({ ...columns(input), createdBy })
      .returning({ id: events.id })
      .get().id;
    saveLinks(tx, eventId, input);
    return eventId;
  });
  return id;
}

/** Saves changes; if the time or place of a published event moved, everyone booked or waiting is told. */
export function updateEvent(id: number, input: EventInput) {
  const db = getDb();
  const before = db.select().from(events).where(eq(events.id, id)).get();
  if (!before) return;
  const moved =
    before.startsAt.getTime() !== input.startsAt.getTime() ||
    before.endsAt.getTime() !== input.endsAt.getTime() ||
    before.venue !== input.venue ||
    before.joiningLink !== input.joiningLink ||
    before.format !== input.format;
  db.transaction((tx) => {
    tx.update(events).set(columns(input)).where(eq(events.id, id)).run();
    saveLinks(tx, id, input);
    if (moved && before.status === "published") {
      const event = loadEvent(tx, id)!;
      const ctx = emailContext(tx);
      const stamp = Date.now();
      for (const r of liveRegistrations(tx, id)) {
        const message = eventEmails.eventChanged(forPerson(ctx, r.language), {
          name: r.name,
          event: emailDetails(event, r.status === "confirmed", r.language),
          manageLink: link(`/bookings/${r.manageToken}`),
          calendar: calendarAttachment(event),
        });
        enqueueEmail(tx, r.email, message, `event-changed:${id}:${stamp}:${r.id}`);
      }
    }
  });
}

export function publishEvent(id: number) {
  getDb()
    .update(events)
    .set({ status: "published", updatedAt: new Date() })
    .where(and(eq(events.id, id), eq(events.status, "draft")))
    .run();
}

/** Cancels an event: registration closes and everyone booked or waiting is emailed. */
export function cancelEvent(id: number) {
  getDb().transaction((tx) => {
    const event = loadEvent(tx, id);
    if (!event || event.status === "cancelled") return;
    tx.update(events).set({ status: "cancelled", updatedAt: new Date() }).where(eq(events.id, id)).run();
    if (event.status !== "published") return;
    const ctx = emailContext(tx);
    for (const r of liveRegistrations(tx, id)) {
      enqueueEmail(
        tx,
        r.email,
        eventEmails.eventCancelled(forPerson(ctx, r.language), { name: r.name, event: emailDetails(event, false, r.language) }),
        `event-cancelled:${id}:${r.id}`,
      );
    }
  });
}

export type EventRow = typeof events.$inferSelect;

export function loadEvent(db: DbOrTx, id: number): EventRow | undefined {
  return db.select().from(events).where(eq(events.id, id)).get();
}

/** Everyone booked or waiting who can be emailed. */
function liveRegistrations(db: DbOrTx, eventId: number) {
  return db
    .select()
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), ne(registrations.status, "cancelled"), isNotNull(registrations.email)))
    .all() as (typeof registrations.$inferSelect & { email: string })[];
}

export function placesTaken(db: DbOrTx, eventId: number): number {
  return placesTakenByEvent(db, [eventId]).get(eventId) ?? 0;
}

/** Places booked for every event, for lists of events: counted again only after something changed. */
const placesTakenByEveryEvent = memoByVersion(() => placesTakenByEvent(getDb()));

/** Places booked for each of these events (or every event), in one query for a whole list. */
function placesTakenByEvent(db: DbOrTx, eventIds?: number[]): Map<number, number> {
  if (eventIds && !eventIds.length) return new Map();
  const rows = db
    .select({ eventId: registrations.eventId, n: sql<number>`sum(${registrations.places})` })
    .from(registrations)
    .where(and(eventIds ? inArray(registrations.eventId, eventIds) : undefined, eq(registrations.status, "confirmed")))
    .groupBy(registrations.eventId)
    .all();
  return new Map(rows.map((r) => [r.eventId, r.n]));
}

function whereText(event: EventRow, t: Translator["t"]): string {
  if (event.format === "online") return t("event.format.online");
  return event.format === "hybrid" ? t("event.venueOrOnline", { venue: event.venue }) : event.venue;
}

function accessibilityText(event: EventRow, t: Translator["t"]): string {
  const features = (JSON.parse(event.venueFeatures) as VenueFeature[]).map((f) => t(VENUE_FEATURE_LABELS[f]));
  return [...features, event.accessibilityNotes].filter(Boolean).join("; ");
}

/** An event's details as a person reads them in an email or on their booking's page, in their language. */
export function emailDetails(event: EventRow, booked: boolean, lang: LanguageCode): eventEmails.EventDetails {
  const { t } = translatorFor(lang);
  const shown = localise("event", [event], ["title", "accessibilityNotes"], lang)[0]!;
  return {
    title: shown.title,
    when: formatEventTime(event.startsAt, event.endsAt, lang),
    where: whereText(event, t),
    joiningLink: booked ? event.joiningLink : "",
    accessibility: accessibilityText(shown, t),
  };
}

/** The event as an iCalendar file. The joining link is left out: the booking email carries it. */
export function calendarFor(eventRows: EventRow[], name: string): string {
  const calendar = ical({ name, prodId: { company: "Coproduce", product: name } });
  for (const event of eventRows) {
    calendar.createEvent({
      id: `event-${event.id}@coproduce`,
      start: event.startsAt,
      end: event.endsAt,
      summary: event.status === "cancelled" ? `Cancelled: ${event.title}` : event.title,
      location: whereText(event, translatorFor(requestLanguage()).t),
      url: link(`/events/${event.id}`),
      description: `${link(`/events/${event.id}`)}`,
    });
  }
  return calendar.toString();
}

export function calendarAttachment(event: EventRow): EmailAttachment {
  return { filename: "event.ics", contentType: "text/calendar; charset=utf-8", content: calendarFor([event], getAreaSettings().areaName) };
}

// ---- Finding events ----

export type EventFilters = { when: "upcoming" | "past"; audience?: EventAudience; type?: EventType };

export function listEvents(filters: EventFilters, now = new Date()) {
  const db = getDb();
  const conditions: (SQL | undefined)[] = [inArray(events.status, ["published", "cancelled"])];
  conditions.push(filters.when === "upcoming" ? gt(events.endsAt, now) : lte(events.endsAt, now));
  if (filters.audience) conditions.push(eq(events.audience, filters.audience));
  if (filters.type) conditions.push(eq(events.type, filters.type));
  const rows = db
    .select()
    .from(events)
    .where(and(...conditions))
    .orderBy(filters.when === "upcoming" ? asc(events.startsAt) : desc(events.startsAt))
    .limit(100)
    .all();
  const taken = placesTakenByEveryEvent();
  return rows.map((e) => publicSummary(e, taken.get(e.id) ?? 0, now));
}

function publicSummary(e: EventRow, taken: number, now: Date) {
  return {
    id: e.id,
    title: e.title,
    type: e.type,
    audience: e.audience,
    format: e.format,
    venue: e.venue,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    status: e.status,
    placesLeft: Math.max(0, e.capacity - taken),
    registrationOpen: registrationOpen(e, now),
  };
}

export function registrationOpen(e: EventRow, now: Date) {
  return e.status === "published" && now < e.registrationClosesAt && now < e.startsAt;
}

/**
 * Everything a family needs to decide, and nothing private: no joining link, no registrants. Its
 * words in `lang` where translated; `untranslated` names the fields shown in English.
 */
export function publicEvent(id: number, lang: LanguageCode = "en", now = new Date()) {
  const db = getDb();
  const loaded = loadEvent(db, id);
  if (!loaded || loaded.status === "draft") return undefined;
  const e = localise("event", [loaded], ["title", "description", "accessibilityNotes"], lang, db)[0]!;
  const doc = parseRichText(e.description);
  return {
    ...publicSummary(e, placesTaken(db, e.id), now),
    untranslated: e.untranslated,
    descriptionHtml: doc.ok ? renderRichText(doc.doc) : "",
    participationLevel: e.participationLevel,
    venueFeatures: JSON.parse(e.venueFeatures) as VenueFeature[],
    accessibilityNotes: e.accessibilityNotes,
    capacity: e.capacity,
    maxPlacesPerRegistration: e.maxPlacesPerRegistration,
    registrationClosesAt: e.registrationClosesAt,
    topics: db
      .select({ id: topics.id, name: topics.name })
      .from(eventTopics)
      .innerJoin(topics, eq(topics.id, eventTopics.topicId))
      .where(eq(eventTopics.eventId, id))
      .all(),
    actions: db
      .select({ id: strategyActions.id, code: strategyActions.code, title: strategyActions.title })
      .from(eventActions)
      .innerJoin(strategyActions, eq(strategyActions.id, eventActions.actionId))
      .where(eq(eventActions.eventId, id))
      .all(),
  };
}

export function publishedCalendar(): string {
  const rows = getDb()
    .select()
    .from(events)
    .where(inArray(events.status, ["published", "cancelled"]))
    .orderBy(asc(events.startsAt))
    .all();
  return calendarFor(rows, `${getAreaSettings().areaName} SEND events`);
}

export function eventCalendar(id: number): string | undefined {
  const e = loadEvent(getDb(), id);
  return e && e.status !== "draft" ? calendarFor([e], getAreaSettings().areaName) : undefined;
}

// ---- For organisers ----

export function listAllEvents() {
  const db = getDb();
  const rows = db.select().from(events).orderBy(desc(events.startsAt)).all();
  const taken = placesTakenByEvent(
    db,
    rows.map((e) => e.id),
  );
  return rows.map((e) => ({
    id: e.id,
    title: e.title,
    status: e.status,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    capacity: e.capacity,
    placesTaken: taken.get(e.id) ?? 0,
  }));
}

/** The event as its form shows it, for editing. */
export function eventForEditing(id: number) {
  const db = getDb();
  const e = loadEvent(db, id);
  if (!e) return undefined;
  const doc = parseRichText(e.description);
  return {
    ...e,
    description: doc.ok ? doc.doc : null,
    venueFeatures: JSON.parse(e.venueFeatures) as VenueFeature[],
    topicIds: db
      .select({ id: eventTopics.topicId })
      .from(eventTopics)
      .where(eq(eventTopics.eventId, id))
      .all()
      .map((t) => t.id),
    actionIds: db
      .select({ id: eventActions.actionId })
      .from(eventActions)
      .where(eq(eventActions.eventId, id))
      .all()
      .map((a) => a.id),
  };
}

/** Who has booked and who is waiting, with their access needs. Organisers and officers only. */
export function eventRegistrations(eventId: number) {
  const rows = getDb()
    .select()
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), ne(registrations.status, "cancelled")))
    .orderBy(asc(registrations.createdAt), asc(registrations.id))
    .all()
    .map((r) => ({
      id: r.id,
      name: r.name,
      email: r.email ?? "",
      phone: r.phone,
      role: r.role,
      places: r.places,
      status: r.status,
      accessNeeds: JSON.parse(r.accessNeeds) as AccessNeed[],
      accessNotes: r.accessNotes,
      dietaryNeeds: r.dietaryNeeds,
      language: r.language,
    }));
  const needs = new Map<AccessNeed, number>();
  for (const r of rows) if (r.status === "confirmed") for (const need of r.accessNeeds) needs.set(need, (needs.get(need) ?? 0) + 1);
  return { registrations: rows, accessNeedCounts: [...needs.entries()].map(([need, count]) => ({ need, count })) };
}

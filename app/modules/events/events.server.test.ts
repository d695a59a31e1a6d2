import ICAL from "ical.js";
import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { outbox, registrations } from "~db/schema";
import { getDb } from "~/db.server";
import { createAccount } from "~/modules/auth/accounts.server";
import { docFromPlainText } from "~/modules/richtext/document";
import { smsSegments } from "~/modules/notifications/segments";
import { NO_CONTACT } from "~/modules/contact/contact.server";
import { cancelBooking, findBooking, queueReminders, register } from "./registrations.server";
import { cancelEvent, createEvent, eventProblems, listEvents, publicEvent, publishEvent, updateEvent, type EventInput } from "./events.server";

const DAY = 86_400_000;
const now = new Date("2026-11-23T10:00:00Z");
let organiser: string;

function input(overrides: Partial<EventInput> = {}): EventInput {
  return {
    title: "Short breaks listening event",
    description: docFromPlainText("Come and tell us about short breaks.\n\n- Tea and cake"),
    type: "listening_event",
    audience: "parent_carers",
    startsAt: new Date(now.getTime() + 10 * DAY),
    endsAt: new Date(now.getTime() + 10 * DAY + 2 * 3600_000),
    format: "hybrid",
    venue: "Campus, Highlands Lane, Weston-super-Mare",
    joiningLink: "https://meet.example.org/short-breaks",
    venueFeatures: ["step_free", "quiet_room"],
    accessibilityNotes: "",
    capacity: 3,
    maxPlacesPerRegistration: 2,
    registrationClosesAt: new Date(now.getTime() + 9 * DAY),
    topicIds: [],
    actionIds: [],
    ...overrides,
  };
}

function person(n: number, places = 1) {
  return {
    name: `Parent ${n}`,
    email: `parent${n}@example.org`,
    phone: "",
    role: "parent_carer" as const,
    places,
    accessNeeds: [],
    accessNotes: "",
    dietaryNeeds: "",
    updates: { channel: "email" as const },
    userId: null,
  };
}

const mail = (to: string) => getDb().select().from(outbox).where(eq(outbox.toAddress, to)).all();

beforeAll(async () => {
  organiser = await createAccount({ name: "Jo Organiser", email: "jo@example.org", password: "purple kettle river", roles: ["organiser"] });
});
beforeEach(() => {
  getDb().delete(outbox).run();
});

describe("creating events", () => {
  it("refuses an end before the start, late closing, a missing venue or link", () => {
    expect(eventProblems(input({ endsAt: new Date(now.getTime() + 9 * DAY) }))).toHaveProperty("endsAt");
    expect(eventProblems(input({ registrationClosesAt: new Date(now.getTime() + 11 * DAY) }))).toHaveProperty("registrationClosesAt");
    expect(eventProblems(input({ format: "in_person", venue: "" }))).toHaveProperty("venue");
    expect(eventProblems(input({ format: "online", joiningLink: "" }))).toHaveProperty("joiningLink");
    expect(eventProblems(input())).toEqual({});
  });

  it("shows only published events publicly, never the joining link", () => {
    const id = createEvent(input(), organiser);
    expect(publicEvent(id, "en", now)).toBeUndefined();
    publishEvent(id);
    const event = publicEvent(id, "en", now)!;
    expect(event.placesLeft).toBe(3);
    expect(JSON.stringify(event)).not.toContain("meet.example.org");
    expect(event.descriptionHtml).toContain("<li>");
    expect(listEvents({ when: "upcoming" }, now).map((e) => e.id)).toContain(id);
  });
});

describe("registering", () => {
  it("books, refuses a second booking for the same email, waits when full and promotes on cancellation", () => {
    const id = createEvent(input(), organiser);
    publishEvent(id);
    const first = register({ eventId: id, ...person(1, 2) }, now);
    expect(first.status).toBe("confirmed");
    const [confirmation] = mail("parent1@example.org");
    expect(confirmation!.subject).toBe("You are booked: Short breaks listening event");
    expect(confirmation!.textBody).toContain("https://meet.example.org/short-breaks");
    const [ics] = JSON.parse(confirmation!.attachments) as { filename: string; content: string }[];
    const vevent = new ICAL.Component(ICAL.parse(ics!.content)).getFirstSubcomponent("vevent")!;
    expect(new ICAL.Event(vevent).summary).toBe("Short breaks listening event");
    expect(new ICAL.Event(vevent).startDate.toJSDate().getTime()).toBe(now.getTime() + 10 * DAY);

    expect(register({ eventId: id, ...person(1) }, now)).toEqual({ status: "duplicate" });
    expect(register({ eventId: id, ...person(2, 3) }, now)).toEqual({ status: "too-many-places", max: 2 });
    expect(register({ eventId: id, ...person(2, 2) }, now).status).toBe("waiting"); // only 1 place left
    expect(register({ eventId: id, ...person(3, 1) }, now).status).toBe("waiting"); // nobody jumps the queue
    expect(publicEvent(id, "en", now)!.placesLeft).toBe(1);

    if (first.status !== "confirmed") return;
    expect(cancelBooking(first.manageToken, now)).toEqual({ ok: true });
    const statuses = getDb()
      .select({ email: registrations.email, status: registrations.status })
      .from(registrations)
      .where(eq(registrations.eventId, id))
      .all();
    expect(statuses).toEqual([
      { email: "parent1@example.org", status: "cancelled" },
      { email: "parent2@example.org", status: "confirmed" },
      { email: "parent3@example.org", status: "confirmed" },
    ]);
    expect(mail("parent2@example.org").some((m) => m.subject.startsWith("A place came free"))).toBe(true);
    expect(findBooking(first.manageToken)!.status).toBe("cancelled");
    expect(cancelBooking(first.manageToken, now)).toEqual({ ok: false });
    // Cancelled, they can book again.
    expect(register({ eventId: id, ...person(1) }, now).status).toBe("waiting");
  });

  it("closes at the closing time and when the event is cancelled, telling everyone booked", () => {
    const id = createEvent(input(), organiser);
    publishEvent(id);
    register({ eventId: id, ...person(4) }, now);
    expect(register({ eventId: id, ...person(5) }, new Date(now.getTime() + 9 * DAY + 1))).toEqual({ status: "closed" });
    cancelEvent(id);
    expect(register({ eventId: id, ...person(6) }, now)).toEqual({ status: "closed" });
    expect(mail("parent4@example.org").some((m) => m.subject === "Cancelled: Short breaks listening event")).toBe(true);
  });

  it("emails the new details when the time or place changes", () => {
    const id = createEvent(input(), organiser);
    publishEvent(id);
    register({ eventId: id, ...person(7) }, now);
    updateEvent(id, input({ venue: "Town Hall, Walliscote Grove Road" }));
    const changed = mail("parent7@example.org").find((m) => m.subject === "Changed: Short breaks listening event")!;
    expect(changed.textBody).toContain("Town Hall, Walliscote Grove Road");
  });
});

describe("reminders", () => {
  it("queues exactly one 7-day and one 1-day reminder per booking, none for cancelled ones, none twice", () => {
    // Far from the other tests' events, so only this one's bookings are in the window.
    const start = now.getTime() + 40 * DAY;
    const id = createEvent(
      input({ capacity: 10, startsAt: new Date(start), endsAt: new Date(start + 7200_000), registrationClosesAt: new Date(start - DAY) }),
      organiser,
    );
    publishEvent(id);
    const kept = register({ eventId: id, ...person(8) }, now);
    const dropped = register({ eventId: id, ...person(9) }, now);
    if (dropped.status !== "confirmed" || kept.status !== "confirmed") throw new Error("not booked");
    cancelBooking(dropped.manageToken, now);

    const before = (days: number) => new Date(start - days * DAY);
    expect(queueReminders(before(9))).toBe(0); // too early
    expect(queueReminders(before(7))).toBe(1); // 7 days before
    expect(queueReminders(before(6.5))).toBe(0); // again, as after a restart
    expect(queueReminders(before(0.5))).toBe(1); // the day before
    expect(queueReminders(before(0.4))).toBe(0);
    expect(queueReminders(new Date(start + DAY))).toBe(0); // over
    expect(
      mail("parent8@example.org")
        .filter((m) => m.subject.startsWith("Reminder"))
        .map((m) => m.subject),
    ).toEqual(["Reminder: Short breaks listening event is in a week", "Reminder: Short breaks listening event is tomorrow"]);
    expect(mail("parent9@example.org").some((m) => m.subject.startsWith("Reminder"))).toBe(false);
  });

  it("texts a reminder the day before to people who asked, short enough for two segments", () => {
    const start = now.getTime() + 50 * DAY;
    const id = createEvent(
      input({ capacity: 10, startsAt: new Date(start), endsAt: new Date(start + 7200_000), registrationClosesAt: new Date(start - DAY) }),
      organiser,
    );
    publishEvent(id);
    register({ eventId: id, ...person(10), reminderPhone: "+447400123456" }, now);
    register({ eventId: id, ...person(11) }, now);
    expect(queueReminders(new Date(start - 7 * DAY))).toBe(2); // emails only, a week before
    expect(queueReminders(new Date(start - 0.5 * DAY))).toBe(3); // two emails and one text, the day before
    const texts = getDb().select().from(outbox).where(eq(outbox.channel, "sms")).all();
    expect(texts).toMatchObject([{ toAddress: "+447400123456", subject: "Text: reminder for Short breaks listening event" }]);
    expect(texts[0]!.textBody).toMatch(
      /you are booked for Short breaks listening event tomorrow, .+\. Your booking, or to cancel: http\S+\/bookings\//,
    );
    expect(smsSegments(texts[0]!.textBody)).toBeLessThanOrEqual(2);
  });
});

describe("on the day and afterwards", () => {
  it("counts attendance by who came, turns points into suggestions from the event, and thanks people once", async () => {
    const { attendance, addWalkIn, checkIn, checkInList } = await import("./attendance.server");
    const { recordHeard, eventOutcomes, eventsReport } = await import("./heard.server");
    const { suggestions, supporters } = await import("~db/schema");
    const { publish, setPublicWording, changeStatus } = await import("~/modules/feedback/changes.server");
    const start = Date.now() - 2 * DAY;
    const id = createEvent(
      input({ capacity: 10, startsAt: new Date(start), endsAt: new Date(start + 7200_000), registrationClosesAt: new Date(start - DAY) }),
      organiser,
    );
    publishEvent(id);
    const early = new Date(start - 3 * DAY);
    register({ eventId: id, ...person(20) }, early);
    register({ eventId: id, ...person(21), updates: null }, early);
    register({ eventId: id, ...person(22), role: "young_person" }, early);
    for (const p of checkInList(id).filter((p) => p.name !== "Parent 22")) checkIn(id, p.id, true);
    addWalkIn(id, { name: "Walk In", role: "professional", contact: NO_CONTACT });
    // A walk-in with no email hears by text message.
    addWalkIn(id, { name: "Text Walker", role: "parent_carer", contact: { ...NO_CONTACT, channel: "sms", phone: "+447700900222" } });
    expect(attendance(id).total).toEqual({ registered: 3, attended: 2, noShows: 1, walkIns: 2 });

    recordHeard(id, { summary: "Families want fairer booking.", points: ["Booking opens at work time", "More places near the border"] });
    recordHeard(id, { summary: "Families want fairer booking.", points: [] }); // saving again thanks nobody twice
    const points = getDb().select().from(suggestions).where(eq(suggestions.originId, id)).all();
    expect(points.map((p) => [p.originKind, p.contributorEmail])).toEqual([
      ["events", null],
      ["events", null],
    ]);
    expect(mail("parent20@example.org").filter((m) => m.subject.startsWith("Thank you for coming"))).toHaveLength(1);
    expect(mail("parent22@example.org").some((m) => m.subject.startsWith("Thank you for coming"))).toBe(false); // did not come
    // Only those who came and agreed follow the points.
    const following = getDb()
      .select()
      .from(supporters)
      .where(eq(supporters.suggestionId, points[0]!.id))
      .all()
      .map((s) => [s.channel, s.email ?? s.phone]);
    expect(following).toEqual([
      ["email", "parent20@example.org"],
      ["sms", "+447700900222"],
    ]);

    expect(eventOutcomes(id)!.points).toEqual([]);
    setPublicWording(points[0]!.id, "Short-break booking opens when parents are at work.", organiser);
    publish(points[0]!.id, organiser);
    changeStatus({ id: points[0]!.id, status: "done", note: "", outcome: "Booking now opens at 7pm.", officerId: organiser });
    const outcomes = eventOutcomes(id)!;
    expect(outcomes.points.map((p) => p.outcome)).toEqual(["Booking now opens at 7pm."]);
    expect(outcomes.beingReviewed).toBe(1);
    expect(JSON.stringify(outcomes)).not.toContain("Booking opens at work time");
    expect(mail("parent20@example.org").some((m) => m.subject.endsWith(": done"))).toBe(true);
    const text = getDb().select().from(outbox).where(eq(outbox.toAddress, "+447700900222")).get()!;
    expect(text.textBody).toContain("Booking now opens at 7pm.");
    expect(eventsReport().find((e) => e.id === id)).toMatchObject({ points: 2, withOutcome: 1 });

    // A point can be put in the name of someone who came and agreed, and only them.
    const { attributableAttendees, recordAttributedPoint } = await import("./heard.server");
    expect(attributableAttendees(id).map((a) => a.name)).toEqual(["Parent 20", "Text Walker"]);
    const parent21 = checkInList(id).find((p) => p.name === "Parent 21")!;
    expect(recordAttributedPoint(id, parent21.id, "Not agreed")).toBe(false);
    expect(recordAttributedPoint(id, attributableAttendees(id)[0]!.id, "Please publish the booking dates earlier.")).toBe(true);
    const named = getDb().select().from(suggestions).where(eq(suggestions.originId, id)).all().at(-1)!;
    expect(named).toMatchObject({ contributorName: "Parent 20", contributorEmail: "parent20@example.org", originKind: "events" });
    expect(mail("parent20@example.org").some((m) => m.subject === `We have your suggestion YS-${String(named.id).padStart(4, "0")}`)).toBe(true);

    // A walk-in without an email is never written to: cancelling emails only real addresses.
    const before = getDb().select().from(outbox).all().length;
    cancelEvent(id);
    const sent = getDb()
      .select()
      .from(outbox)
      .all()
      .slice(before)
      .map((m) => m.toAddress);
    expect(sent.sort()).toEqual(["parent20@example.org", "parent21@example.org", "parent22@example.org"]);
  });
});

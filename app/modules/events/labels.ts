import type { AccessNeed, AttendeeRole, EventAudience, EventFormat, EventType, VenueFeature } from "~db/schema/enums";

// Words for the events' fixed lists, shared by pages and emails.

export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  listening_event: "Listening event",
  coffee_morning: "Coffee morning",
  workshop: "Workshop",
  webinar: "Webinar",
  task_and_finish: "Task-and-finish group",
};

export const EVENT_AUDIENCE_LABELS: Record<EventAudience, string> = {
  parent_carers: "Parent carers",
  young_people: "Young people",
  professionals: "Professionals",
  everyone: "Everyone",
};

export const EVENT_FORMAT_LABELS: Record<EventFormat, string> = { in_person: "In person", online: "Online", hybrid: "In person or online" };

export const VENUE_FEATURE_LABELS: Record<VenueFeature, string> = {
  step_free: "Step-free access",
  hearing_loop: "Hearing loop",
  quiet_room: "Quiet room",
  bsl_on_request: "BSL interpreter on request",
  parking: "Parking",
};

export const ACCESS_NEED_LABELS: Record<AccessNeed, string> = {
  bsl: "A British Sign Language (BSL) interpreter",
  captions_loop: "Captions or a hearing loop",
  step_free: "Step-free access",
  quiet_room: "A quiet room",
  large_print: "Large print or easy read",
  childcare: "Help with childcare or respite",
};

export const ATTENDEE_ROLE_LABELS: Record<AttendeeRole, string> = {
  parent_carer: "Parent or carer",
  young_person: "Young person",
  professional: "Professional",
};

// `hourCycle`, not `hour12`: with `hour12` Node says "0:30 pm" for half past noon and browsers "12:30 pm".
const TIME = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", hour: "numeric", minute: "2-digit", hourCycle: "h12" });
const DAY = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", weekday: "long", day: "numeric", month: "long", year: "numeric" });

function time(value: Date) {
  return TIME.format(value).replace(/\s/g, "").replace(":00", "").toLowerCase();
}

/** "Tuesday 8 December 2026, 10am to 12:30pm" in UK time. */
export function formatEventTime(start: Date | string, end: Date | string): string {
  const s = new Date(start);
  const e = new Date(end);
  const sameDay = DAY.format(s) === DAY.format(e);
  return sameDay ? `${DAY.format(s)}, ${time(s)} to ${time(e)}` : `${DAY.format(s)}, ${time(s)} to ${DAY.format(e)}, ${time(e)}`;
}

/** How the organiser's summary says it: "2 need a BSL interpreter". */
export const ACCESS_NEED_SUMMARY: Record<AccessNeed, string> = {
  bsl: "a BSL interpreter",
  captions_loop: "captions or a hearing loop",
  step_free: "step-free access",
  quiet_room: "a quiet room",
  large_print: "large print or easy read",
  childcare: "help with childcare or respite",
};

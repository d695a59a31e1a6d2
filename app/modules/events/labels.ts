import { interfaceLanguage, LANGUAGES, type Language, type LanguageCode } from "~/modules/i18n/languages";
import type { AccessNeed, AttendeeRole, EventAudience, EventFormat, EventType, VenueFeature } from "~db/schema/enums";

// Words for the events' fixed lists, shared by pages and emails: message keys (see modules/i18n).

export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  listening_event: "event.type.listening_event",
  coffee_morning: "event.type.coffee_morning",
  workshop: "event.type.workshop",
  webinar: "event.type.webinar",
  task_and_finish: "event.type.task_and_finish",
};

export const EVENT_AUDIENCE_LABELS: Record<EventAudience, string> = {
  parent_carers: "event.audience.parent_carers",
  young_people: "event.audience.young_people",
  professionals: "event.audience.professionals",
  everyone: "event.audience.everyone",
};

export const EVENT_FORMAT_LABELS: Record<EventFormat, string> = {
  in_person: "event.format.in_person",
  online: "event.format.online",
  hybrid: "event.format.hybrid",
};

export const VENUE_FEATURE_LABELS: Record<VenueFeature, string> = {
  step_free: "event.venueFeature.step_free",
  hearing_loop: "event.venueFeature.hearing_loop",
  quiet_room: "event.venueFeature.quiet_room",
  bsl_on_request: "event.venueFeature.bsl_on_request",
  parking: "event.venueFeature.parking",
};

export const ACCESS_NEED_LABELS: Record<AccessNeed, string> = {
  bsl: "event.accessNeed.bsl",
  captions_loop: "event.accessNeed.captions_loop",
  step_free: "event.accessNeed.step_free",
  quiet_room: "event.accessNeed.quiet_room",
  large_print: "event.accessNeed.large_print",
  childcare: "event.accessNeed.childcare",
};

export const ATTENDEE_ROLE_LABELS: Record<AttendeeRole, string> = {
  parent_carer: "event.attendeeRole.parent_carer",
  young_person: "event.attendeeRole.young_person",
  professional: "event.attendeeRole.professional",
};

// `hourCycle`, not `hour12`: with `hour12` Node says "0:30 pm" for half past noon and browsers "12:30 pm".
const TIME = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", hour: "numeric", minute: "2-digit", hourCycle: "h12" });
const DAY = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", weekday: "long", day: "numeric", month: "long", year: "numeric" });

function time(value: Date) {
  return TIME.format(value).replace(/\s/g, "").replace(":00", "").toLowerCase();
}

const RANGES = new Map<Language, Intl.DateTimeFormat>();

/** "Tuesday 8 December 2026, 10am to 12:30pm" in UK time; in other languages, as Intl writes a range in them. */
export function formatEventTime(start: Date | string, end: Date | string, reader: LanguageCode = "en"): string {
  // In the interface's language: around a Polish translation the page, and its dates, are in English.
  const lang = interfaceLanguage(reader);
  const s = new Date(start);
  const e = new Date(end);
  if (lang !== "en") {
    let range = RANGES.get(lang);
    if (!range) {
      const options = {
        timeZone: "Europe/London",
        weekday: "long",
        day: "numeric",
        month: "long",
        year: "numeric",
        hour: "numeric",
        minute: "2-digit",
      } as const;
      range = new Intl.DateTimeFormat(LANGUAGES[lang].htmlLang, options);
      RANGES.set(lang, range);
    }
    return range.formatRange(s, e);
  }
  const sameDay = DAY.format(s) === DAY.format(e);
  return sameDay ? `${DAY.format(s)}, ${time(s)} to ${time(e)}` : `${DAY.format(s)}, ${time(s)} to ${DAY.format(e)}, ${time(e)}`;
}

/** How the organiser's summary says it: "2 need a BSL interpreter". */
export const ACCESS_NEED_SUMMARY: Record<AccessNeed, string> = {
  bsl: "manage.accessNeedSummary.bsl",
  captions_loop: "manage.accessNeedSummary.captions_loop",
  step_free: "manage.accessNeedSummary.step_free",
  quiet_room: "manage.accessNeedSummary.quiet_room",
  large_print: "manage.accessNeedSummary.large_print",
  childcare: "manage.accessNeedSummary.childcare",
};

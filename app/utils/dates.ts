import { interfaceLanguage, LANGUAGES, type Language, type LanguageCode } from "~/modules/i18n/languages";

// Dates and times as people in England read them: calendar days and wall-clock times in
// Europe/London, whatever the server's own time zone, and the GOV.UK way of writing them.

const LONDON_DATE = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" });

/** The calendar day in London of a moment, as YYYY-MM-DD. */
export function londonDate(moment: Date): string {
  return LONDON_DATE.format(moment);
}

/** A YYYY-MM-DD date moved by a number of calendar days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The moment a wall-clock date and time in London happen ("2026-12-08", "10:30"), in either season. */
export function londonDateTime(date: string, time: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [hh, mm] = time.split(":").map(Number) as [number, number];
  const asUtc = Date.UTC(y, m - 1, d, hh, mm);
  // London is UTC or UTC+1: try both and keep the one that reads back as the wall-clock time asked for.
  for (const offsetHours of [0, 1]) {
    const candidate = new Date(asUtc - offsetHours * 3600_000);
    if (londonWallClock(candidate) === `${date} ${time}`) return candidate;
  }
  return new Date(asUtc); // a time skipped by the clocks going forward: take it as UTC
}

const WALL_CLOCK = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "2026-12-08 10:30" in London. */
export function londonWallClock(moment: Date): string {
  const parts = Object.fromEntries(WALL_CLOCK.formatToParts(moment).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** "2026-03-31" as "31 March 2026". */
export function formatDate(isoDate: string | null | undefined, reader: LanguageCode = "en"): string {
  // In the interface's language: around a Polish translation the page, and its dates, are in English.
  const lang = interfaceLanguage(reader);
  if (!isoDate) return "";
  const [y, m, d] = isoDate.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!)).toLocaleDateString(LANGUAGES[lang].htmlLang, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

const DATE_TIME = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "numeric",
  minute: "2-digit",
  // Not `hour12: true`: with it, Node formats 12:30pm as "0:30 pm" for en-GB while browsers say "12:30 pm".
  hourCycle: "h12",
});

// Other languages than English take their own way of writing a date and time from Intl.
const OTHER_DATE_TIMES = new Map<Language, Intl.DateTimeFormat>();

/** A moment in UK time, in the GOV.UK style: "23 November 2026 at 2:05pm" (in Welsh, "23 Tachwedd 2026 am 14:05"). */
export function formatDateTime(value: Date | string | number, reader: LanguageCode = "en"): string {
  // In the interface's language: around a Polish translation the page, and its dates, are in English.
  const lang = interfaceLanguage(reader);
  if (lang !== "en") {
    let format = OTHER_DATE_TIMES.get(lang);
    if (!format) {
      const options = { timeZone: "Europe/London", day: "numeric", month: "long", year: "numeric", hour: "numeric", minute: "2-digit" } as const;
      format = new Intl.DateTimeFormat(LANGUAGES[lang].htmlLang, options);
      OTHER_DATE_TIMES.set(lang, format);
    }
    return format.format(new Date(value));
  }
  const parts = DATE_TIME.formatToParts(new Date(value));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("day")} ${get("month")} ${get("year")} at ${get("hour")}:${get("minute")}${get("dayPeriod").toLowerCase().replace(/\s/g, "")}`;
}

// Working days in England and Wales: Monday to Friday, not a bank holiday.
// Dates are calendar days in Europe/London.

import { addDays, londonDate } from "./dates";

function iso(y: number, m: number, d: number): string {
  return new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
}

function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

function easterSunday(year: number): string {
  // Anonymous Gregorian algorithm.
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

function firstMonday(year: number, month: number): string {
  let date = iso(year, month, 1);
  while (weekday(date) !== 1) date = addDays(date, 1);
  return date;
}

function lastMonday(year: number, month: number): string {
  let date = addDays(iso(year, month + 1, 1), -1);
  while (weekday(date) !== 1) date = addDays(date, -1);
  return date;
}

// Years when the usual pattern was changed by proclamation.
const MOVED: Record<string, string> = { "2020-05-04": "2020-05-08", "2022-05-30": "2022-06-02" };
const EXTRA = ["2022-06-03", "2022-09-19", "2023-05-08"];

const cache = new Map<number, Set<string>>();

export function bankHolidays(year: number): Set<string> {
  const cached = cache.get(year);
  if (cached) return cached;
  const days: string[] = [];
  const newYear = iso(year, 1, 1);
  days.push(weekday(newYear) === 6 ? iso(year, 1, 3) : weekday(newYear) === 0 ? iso(year, 1, 2) : newYear);
  const easter = easterSunday(year);
  days.push(addDays(easter, -2), addDays(easter, 1));
  days.push(firstMonday(year, 5), lastMonday(year, 5), lastMonday(year, 8));
  const christmas = iso(year, 12, 25);
  switch (weekday(christmas)) {
    case 5: // Friday: Boxing Day on Saturday moves to Monday
      days.push(christmas, iso(year, 12, 28));
      break;
    case 6: // Saturday
      days.push(iso(year, 12, 27), iso(year, 12, 28));
      break;
    case 0: // Sunday
      days.push(iso(year, 12, 26), iso(year, 12, 27));
      break;
    default:
      days.push(christmas, iso(year, 12, 26));
  }
  const set = new Set(days.map((d) => MOVED[d] ?? d).concat(EXTRA.filter((d) => d.startsWith(`${year}-`))));
  cache.set(year, set);
  return set;
}

export function isWorkingDay(date: string): boolean {
  const day = weekday(date);
  return day !== 0 && day !== 6 && !bankHolidays(Number(date.slice(0, 4))).has(date);
}

/** Monday to Friday days after `from` up to and including `to` (both YYYY-MM-DD). */
function weekdaysAfter(from: string, to: string): number {
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
  if (days <= 0) return 0;
  const start = weekday(from);
  let count = Math.floor(days / 7) * 5;
  for (let i = 1; i <= days % 7; i++) {
    const day = (start + i) % 7;
    if (day !== 0 && day !== 6) count++;
  }
  return count;
}

/**
 * Working days that have passed between two moments: a suggestion made on a
 * Friday and answered on Monday has waited 1 working day. Counted by arithmetic
 * (whole weeks, then bank holidays), as the triage queue works it out for every row.
 */
export function workingDaysBetween(from: Date, to: Date): number {
  const start = londonDate(from);
  const end = londonDate(to);
  if (end <= start) return 0;
  let count = weekdaysAfter(start, end);
  for (let year = Number(start.slice(0, 4)); year <= Number(end.slice(0, 4)); year++) {
    for (const holiday of bankHolidays(year)) {
      const day = weekday(holiday);
      if (holiday > start && holiday <= end && day !== 0 && day !== 6) count--;
    }
  }
  return count;
}

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

import { addDays, londonDate, londonDateTime } from "./dates";
// Reading filters from a query string: anything malformed is ignored rather than an error,
// so a mistyped or tampered link still shows a sensible page.

export function intParam(params: URLSearchParams, name: string, max = 1_000_000_000): number | undefined {
  const value = params.get(name);
  if (!value || !/^\d{1,10}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 && n <= max ? n : undefined;
}

export function enumParam<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T | undefined {
  const value = params.get(name);
  return allowed.includes(value as T) ? (value as T) : undefined;
}

export function textParam(params: URLSearchParams, name: string, max = 100): string | undefined {
  const value = params.get(name)?.normalize("NFC").trim();
  return value ? value.slice(0, max) : undefined;
}

/** A YYYY-MM-DD date that is a real day, or nothing. */
export function dateParam(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name)?.trim();
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value) ? value : undefined;
}

/**
 * A report's period from ?from=&to= (London dates), by default the last `days` days up to today;
 * dates given the wrong way round are swapped. `start` and `end` are the moments it runs between.
 */
export function periodParams(params: URLSearchParams, days: number, now = new Date()) {
  const today = londonDate(now);
  let from = dateParam(params, "from") ?? addDays(today, -days);
  let to = dateParam(params, "to") ?? today;
  if (from > to) [from, to] = [to, from];
  return { from, to, start: londonDateTime(from, "00:00"), end: londonDateTime(addDays(to, 1), "00:00") };
}

/** The numeric id in a route's address, or a 404 for anything else. */
export function routeId(value: string | undefined): number {
  const id = Number(value);
  if (!value || !/^\d{1,10}$/.test(value) || !Number.isSafeInteger(id) || id < 1) throw notFound();
  return id;
}

/** What a loader looked up, or the "Page not found" page when there is nothing. */
export function found<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw notFound();
  return value;
}

export function notFound() {
  return new Response("Not found", { status: 404 });
}

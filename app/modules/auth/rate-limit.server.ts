import { config } from "~/config.server";
import { translate } from "~/modules/i18n/catalogue.server";

// Fixed-window counters kept in memory. One process serves a local area, so
// memory is enough; a restart forgets the counts, which errs on the side of the user.

type Window = { count: number; resetAt: number };
const windows = new Map<string, Window>();

export type Limit = { max: number; windowMs: number };

// Limits on an account count per account *and* address, so one address cannot lock the owner out
// from theirs (docs/decisions/0011-account-linking-and-lockout.md). Across all addresses, wrong
// passwords only slow an account down, and links stop filling its inbox while the newest still works.
export const LIMITS = {
  signInPerIp: { max: 30, windowMs: 15 * 60_000 },
  signInPerEmailAndIp: { max: 10, windowMs: 15 * 60_000 },
  signInFailuresWindowMs: 15 * 60_000,
  signInFailuresBeforeWaiting: 20,
  signUpPerIp: { max: 10, windowMs: 60 * 60_000 },
  signUpPerEmail: { max: 5, windowMs: 60 * 60_000 },
  emailLinkPerIp: { max: 20, windowMs: 15 * 60_000 },
  emailLinkPerEmailAndIp: { max: 5, windowMs: 15 * 60_000 },
  emailLinksPerInbox: { max: 10, windowMs: 60 * 60_000 },
};

/**
 * Counts one attempt against every key and says whether all are within their
 * limits. When one is not, says how many seconds until the longest wait ends.
 */
export function hitRateLimits(checks: { key: string; limit: Limit }[], now = Date.now()): { ok: true } | { ok: false; retryAfterSeconds: number } {
  if (windows.size > 50_000) sweep(now);
  let retryAfterMs = 0;
  for (const { key, limit } of checks) {
    let window = windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + limit.windowMs };
      windows.set(key, window);
    }
    window.count++;
    if (window.count > limit.max * config.rateLimitFactor) {
      retryAfterMs = Math.max(retryAfterMs, window.resetAt - now);
    }
  }
  return retryAfterMs > 0 ? { ok: false, retryAfterSeconds: Math.ceil(retryAfterMs / 1000) } : { ok: true };
}

/** How many times a key has been counted in its current window, without counting. */
export function countOf(key: string, now = Date.now()): number {
  const window = windows.get(key);
  return window && window.resetAt > now ? window.count : 0;
}

/** Counts one event against a key, in a window of its own length. */
export function count(key: string, windowMs: number, now = Date.now()) {
  let window = windows.get(key);
  if (!window || window.resetAt <= now) {
    window = { count: 0, resetAt: now + windowMs };
    windows.set(key, window);
  }
  window.count++;
}

function sweep(now: number) {
  for (const [key, window] of windows) if (window.resetAt <= now) windows.delete(key);
}

export function resetRateLimits() {
  windows.clear();
}

// Public forms anyone can post, per IP address per hour.
const PUBLIC_FORM_LIMITS = {
  "tell-us": 10,
  "me-too": 60,
  register: 20,
  charter: 10,
  "survey-start": 30,
  "survey-continue": 10,
  "view-link": 10,
} as const;

/** Counts one post of a public form from this IP address against its hourly limit. */
export function limitPublicForm(form: keyof typeof PUBLIC_FORM_LIMITS, ip: string) {
  return hitRateLimits([{ key: `${form}:ip:${ip}`, limit: { max: PUBLIC_FORM_LIMITS[form], windowMs: 60 * 60_000 } }]);
}

/** "Wait 14 minutes, then try again." in plain words. */
export function tryAgainMessage(retryAfterSeconds: number): string {
  return translate("form.tryAgain", { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) });
}

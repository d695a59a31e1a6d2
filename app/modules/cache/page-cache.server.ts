import crypto from "node:crypto";

// Whole public pages, rendered once and reused for every anonymous visitor
// until the content version moves. Pages hold a per-response CSP nonce, so a
// cached page is rendered with a placeholder that is swapped for each response's nonce.

export const NONCE_PLACEHOLDER = `nonce${crypto.randomBytes(12).toString("hex")}`;

type Entry = { version: number; status: number; contentType: string; body: string; etag: string };

export function createPageCache(maxEntries = 500) {
  const entries = new Map<string, Entry>();
  return {
    get(key: string, version: number): Entry | undefined {
      const entry = entries.get(key);
      return entry && entry.version === version ? entry : undefined;
    },
    set(key: string, version: number, page: { status: number; contentType: string; body: string }): Entry {
      if (entries.size >= maxEntries) entries.clear();
      const hash = crypto.createHash("sha1").update(page.body).digest("base64url").slice(0, 16);
      const entry = { version, ...page, etag: `W/"${version}-${hash}"` };
      entries.set(key, entry);
      return entry;
    },
  };
}

/** The cached body with this response's nonce in place of the placeholder. */
export function withNonce(body: string, nonce: string): string {
  return body.replaceAll(NONCE_PLACEHOLDER, nonce);
}

/**
 * True when the request carries a session cookie (signed-in people see their
 * name and roles in the page) or asks for easy read: those pages are never shared.
 */
export function isPersonalised(cookieHeader: string | undefined): boolean {
  return Boolean(cookieHeader && /(?:^|;\s*)(coproduce_session|coproduce_easy_read)=[^;]+/.test(cookieHeader));
}

/**
 * Pages that look the same to every visitor who is not signed in and has not
 * chosen easy read. None of them reads any other cookie. A suggestion's own page
 * is not here: it shows whether this browser has said "me too".
 */
export function isSharedPublicPage(path: string): boolean {
  return (
    changesWithClock(path) ||
    path === "/" ||
    path === "/you-said-we-did" ||
    path === "/you-said-we-did/report" ||
    path === "/you-said-we-did/outcomes.xml" ||
    path === "/strategy" ||
    path === "/charter" ||
    path === "/charter/evidence" ||
    /^\/strategy\/actions\/\d{1,9}$/.test(path) ||
    path === "/reviews" ||
    /^\/surveys\/\d{1,9}\/(results|summary)$/.test(path) ||
    /^\/reviews\/\d{1,9}(\/changes)?$/.test(path) ||
    path === "/accessibility" ||
    path === "/privacy"
  );
}

/**
 * Pages that also change with the clock alone (an event starts, a survey closes), which no
 * write marks stale: they are cached for the current minute only.
 */
export function changesWithClock(path: string): boolean {
  return path === "/events" || /^\/events\/\d{1,9}$/.test(path) || path === "/surveys";
}

/** The cache key: the address, and for pages that change with the clock, the minute. */
export function pageCacheKey(url: string, path: string, now = Date.now()): string {
  return changesWithClock(path) ? `${url}#${Math.floor(now / 60_000)}` : url;
}

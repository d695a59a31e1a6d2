// Rules for every HTTP request, applied by app/server.ts before Remix sees it.

export const BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * Inline scripts are allowed by a nonce fresh for each response, or, for a page served the same to
 * every visitor from the cache, by the hashes of its inline scripts (so its bytes never change).
 */
export type InlineScripts = { nonce: string } | { hashes: string[] };

export function contentSecurityPolicy(scripts: InlineScripts, production: boolean): string {
  const allowed = "nonce" in scripts ? `'nonce-${scripts.nonce}'` : scripts.hashes.map((h) => `'${h}'`).join(" ");
  return [
    "default-src 'self'",
    `script-src 'self' ${allowed}`.trim(),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    // Remix's live reload talks over a websocket in development only.
    production ? "connect-src 'self'" : "connect-src 'self' ws://localhost:* ws://127.0.0.1:*",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join("; ");
}

export function securityHeaders(scripts: InlineScripts, production: boolean): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(scripts, production),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  if (production) headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains";
  return headers;
}

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * True when a form post comes from another website (cross-site request forgery).
 * Browsers send Origin with every cross-origin POST; requests with neither
 * Origin nor Sec-Fetch-Site (scripts, old tools) are let through, as they carry
 * no victim's cookies.
 */
export function isCrossOriginWrite(
  method: string,
  headers: { origin?: string; secFetchSite?: string; host?: string; protocol: string },
  appUrl: string,
): boolean {
  if (!UNSAFE_METHODS.has(method.toUpperCase())) return false;
  if (headers.origin) {
    const allowed = new Set([new URL(appUrl).origin]);
    if (headers.host) allowed.add(`${headers.protocol}://${headers.host}`);
    return !allowed.has(headers.origin);
  }
  return headers.secFetchSite === "cross-site";
}

/** A small, self-contained page for answers given before Remix runs. */
export function plainPage(title: string, message: string): string {
  const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title></head><body><main><h1>${escape(title)}</h1><p>${escape(message)}</p><p><a href="/">Go to the home page</a></p></main></body></html>`;
}

// A fixed origin to resolve redirect targets against: only the path matters.
const OWN_ORIGIN = "http://coproduce.invalid";

/**
 * A redirect target on this site, or the fallback. The target is resolved as a URL, as a browser
 * would, and kept only when it stays on this site. White space and control characters are refused
 * outright: browsers drop a tab or newline, so "/\t/evil.example" would become "//evil.example".
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/account"): string {
  // eslint-disable-next-line no-control-regex -- control characters are what it refuses
  if (typeof to !== "string" || !to.startsWith("/") || to.length > 2000 || /[\s\\\u0000-\u001F\u007F]/.test(to)) return fallback;
  let url: URL;
  try {
    url = new URL(to, OWN_ORIGIN);
  } catch {
    return fallback;
  }
  return url.origin === OWN_ORIGIN ? `${url.pathname}${url.search}${url.hash}` : fallback;
}

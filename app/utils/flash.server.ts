import crypto from "node:crypto";
import { createCookie, redirect } from "@remix-run/node";
import { secureCookies } from "~/config.server";

// A one-sentence message for the next page after a save ("Event published."), carried in a
// short-lived signed cookie rather than the address, so it is shown once, is not in the
// browser's history or a shared link, and cannot be made up by a link from elsewhere. The
// root loader reads it and clears it; the page cache never shares a page while one is set.

export const FLASH_COOKIE = "coproduce_flash";

// Signed with a key made at start-up: a message lives a minute, so one lost at a restart does no harm.
const cookie = createCookie(FLASH_COOKIE, {
  httpOnly: true,
  sameSite: "lax",
  path: "/",
  maxAge: 60,
  secure: secureCookies(),
  secrets: [crypto.randomBytes(32).toString("base64")],
});

/** Redirects to `to` (a path on this site) and shows `message` there once. */
export async function redirectWithMessage(to: string, message: string, init?: ResponseInit) {
  const headers = new Headers(init?.headers);
  headers.append("Set-Cookie", await cookie.serialize(message.slice(0, 500)));
  return redirect(to, { ...init, headers });
}

/** The message waiting for this request, if any, and the header that clears it. */
export async function takeMessage(request: Request): Promise<{ message: string | null; clear: string | null }> {
  const value: unknown = await cookie.parse(request.headers.get("Cookie"));
  if (typeof value !== "string" || !value) return { message: null, clear: null };
  return { message: value, clear: await cookie.serialize("", { maxAge: 0 }) };
}

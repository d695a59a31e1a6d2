import { createCookie } from "@remix-run/node";
import { secureCookies } from "~/config.server";
import { newBrowserKey } from "./board.server";

// Remembers a browser that said "me too", so it is counted once. Holds a random
// key and nothing else.
const cookie = createCookie("coproduce_supporter", {
  httpOnly: true,
  sameSite: "lax",
  path: "/",
  maxAge: 60 * 60 * 24 * 365,
  secure: secureCookies(),
});

export async function readBrowserKey(request: Request): Promise<string | null> {
  const value = await cookie.parse(request.headers.get("Cookie"));
  return typeof value === "string" && /^[A-Za-z0-9_-]{10,40}$/.test(value) ? value : null;
}

/** The key for this browser, and the Set-Cookie header when it is new. */
export async function browserKey(request: Request): Promise<{ key: string; setCookie: string | null }> {
  const existing = await readBrowserKey(request);
  if (existing) return { key: existing, setCookie: null };
  const key = newBrowserKey();
  return { key, setCookie: await cookie.serialize(key) };
}

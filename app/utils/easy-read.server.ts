import { createCookie } from "@remix-run/node";
import { secureCookies } from "~/config.server";

// Whether this browser asked for easy read: a cookie, so the choice follows the
// person from page to page without JavaScript. The page cache never serves a
// shared page to a browser that has it (see modules/cache).
const cookie = createCookie("coproduce_easy_read", {
  httpOnly: true,
  sameSite: "lax",
  path: "/",
  maxAge: 60 * 60 * 24 * 365,
  secure: secureCookies(),
});

export async function isEasyRead(request: Request): Promise<boolean> {
  return (await cookie.parse(request.headers.get("Cookie"))) === "on";
}

export function easyReadCookie(on: boolean): Promise<string> {
  return on ? cookie.serialize("on") : cookie.serialize("", { maxAge: 0 });
}

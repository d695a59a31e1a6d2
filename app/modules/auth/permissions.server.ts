import type { Role } from "~db/schema";
import { redirect } from "@remix-run/node";
import { requireUser, type SessionUser } from "./session.server";
import { twoFactorRequired } from "./two-factor.server";
import { NO_PERMISSION } from "./messages";
import { setActor } from "~/modules/privacy/actor.server";

// Every permission and the roles that hold it. Routes ask for a permission,
// never for a role, so who may do what is decided here and only here.
const PERMISSIONS = {
  "people:manage": ["admin"],
  "settings:manage": ["admin"],
  "outbox:view": ["officer", "admin"],
  "suggestion:triage": ["officer", "admin"],
  "strategy:manage": ["officer", "admin"],
  "topics:manage": ["officer", "admin"],
  "dashboard:view": ["officer", "admin"],
  "event:manage": ["organiser", "officer", "admin"],
  "charter:manage": ["officer", "admin"],
  "review:manage": ["officer", "admin"],
  "survey:manage": ["officer", "admin"],
  "group:manage": ["organiser", "officer", "admin"],
  "safeguarding:manage": ["officer", "admin"],
  "audit:view": ["admin"],
  "privacy:requests": ["officer", "admin"],
  // Joint sign-off: the parent carer forum agrees outcomes before they are published.
  "outcome:agree": ["organiser"],
  "evidence:view": ["organiser", "officer", "admin"],
  // Translations of what is written for the public (public wordings, outcomes, actions, events).
  "translation:manage": ["organiser", "officer", "admin"],
  // Passing news on to people who chose to hear through the forum.
  "forum:passOn": ["organiser", "officer", "admin"],
  // Printing and posting letters to people who chose to hear by post.
  "letters:print": ["officer", "admin"],
  // Typing in Tell us forms and survey responses written on paper.
  "paper:enter": ["organiser", "officer", "admin"],
} satisfies Record<string, Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(user: Pick<SessionUser, "roles"> | null, permission: Permission): boolean {
  if (!user) return false;
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return user.roles.some((role) => allowed.includes(role));
}

/**
 * The signed-in person if they hold the permission (or one of them). Sends people who are not
 * signed in to sign in, and answers 403 to people who are but may not.
 */
export async function requirePermission(request: Request, permission: Permission | Permission[]): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!(Array.isArray(permission) ? permission : [permission]).some((p) => can(user, p))) {
    throw new Response(NO_PERMISSION, { status: 403, statusText: "Forbidden" });
  }
  // Where the area asks it, staff set up two-factor sign-in before any staff page, then go on to it.
  if (twoFactorRequired(user.roles) && !user.secondFactor) {
    const url = new URL(request.url);
    throw redirect(`/account/two-factor?required=1&redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
  }
  // Everything this person changes in this request goes into the audit trail.
  setActor(user);
  return user;
}

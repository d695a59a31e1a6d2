import { eq, sql } from "drizzle-orm";
import { redirect } from "@remix-run/node";
import { ROLES, userRoles, users, type Role } from "~db/schema";
import type { LanguageCode } from "~db/schema/enums";
import { config } from "~/config.server";
import { languageCookie } from "~/modules/i18n/negotiate.server";
import { getDb, preparedFor } from "~/db.server";
import { getLucia } from "./lucia.server";

// under18: every optional sharing setting starts off, and their name is never shown publicly.
export type SessionUser = { id: string; name: string; email: string; roles: Role[]; under18: boolean; language: LanguageCode | null };
type SessionState = { user: SessionUser | null; sessionId: string | null; setCookie: string | null };

// Who is signed in and their roles, read on every request they make.
const signedInPerson = preparedFor((db) =>
  db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      deactivatedAt: users.deactivatedAt,
      ageGroup: users.ageGroup,
      language: users.language,
      roles: sql<string | null>`(select group_concat(${userRoles.role}) from ${userRoles} where ${userRoles.userId} = ${users.id})`,
    })
    .from(users)
    .where(eq(users.id, sql.placeholder("id")))
    .prepare(),
);

// One lookup per request, however many loaders ask.
const cache = new WeakMap<Request, Promise<SessionState>>();

export function getSessionState(request: Request): Promise<SessionState> {
  let state = cache.get(request);
  if (!state) {
    state = readSession(request);
    cache.set(request, state);
  }
  return state;
}

async function readSession(request: Request): Promise<SessionState> {
  const lucia = getLucia();
  const sessionId = lucia.readSessionCookie(request.headers.get("Cookie") ?? "");
  if (!sessionId) return { user: null, sessionId: null, setCookie: null };
  const { session } = await lucia.validateSession(sessionId);
  if (!session) return { user: null, sessionId: null, setCookie: lucia.createBlankSessionCookie().serialize() };
  const row = signedInPerson().get({ id: session.userId });
  if (!row || row.deactivatedAt) {
    await lucia.invalidateSession(session.id);
    return { user: null, sessionId: null, setCookie: lucia.createBlankSessionCookie().serialize() };
  }
  const roles = row.roles?.split(",") ?? [];
  return {
    user: {
      id: row.id,
      name: row.name,
      email: row.email,
      roles: ROLES.filter((role) => roles.includes(role)),
      under18: row.ageGroup === "13_to_17",
      language: row.language,
    },
    sessionId: session.id,
    // Lucia marks a session fresh when it has just been extended: send the new expiry.
    setCookie: session.fresh ? lucia.createSessionCookie(session.id).serialize() : null,
  };
}

export async function getUser(request: Request): Promise<SessionUser | null> {
  return (await getSessionState(request)).user;
}

/** A signed-in person, or a redirect to sign in that brings them back here afterwards. */
export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getUser(request);
  if (!user) {
    const url = new URL(request.url);
    throw redirect(`/sign-in?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
  }
  return user;
}

/** Starts a session; the headers to send carry its cookie and the language the account chose. */
export async function startSession(userId: string): Promise<Headers> {
  const lucia = getLucia();
  const session = await lucia.createSession(userId, {});
  const headers = new Headers({ "Set-Cookie": lucia.createSessionCookie(session.id).serialize() });
  const { language } = getDb().select({ language: users.language }).from(users).where(eq(users.id, userId)).get() ?? {};
  if (language) headers.append("Set-Cookie", languageCookie(language, config.production));
  return headers;
}

/** Remembers the language a member chose with the switcher, for their next sign-in. */
export function rememberLanguage(user: SessionUser, language: LanguageCode) {
  if (user.language !== language) getDb().update(users).set({ language }).where(eq(users.id, user.id)).run();
}

export async function endSession(request: Request): Promise<string> {
  const lucia = getLucia();
  const { sessionId } = await getSessionState(request);
  if (sessionId) await lucia.invalidateSession(sessionId);
  return lucia.createBlankSessionCookie().serialize();
}

export async function endAllSessions(userId: string): Promise<string> {
  const lucia = getLucia();
  await lucia.invalidateUserSessions(userId);
  return lucia.createBlankSessionCookie().serialize();
}

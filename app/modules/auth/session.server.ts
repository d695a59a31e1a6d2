import { eq, sql } from "drizzle-orm";
import { createCookie, redirect } from "@remix-run/node";
import { ROLES, twoFactor, userRoles, users, type Role } from "~db/schema";
import type { LanguageCode } from "~db/schema/enums";
import { config, secureCookies } from "~/config.server";
import { languageCookie } from "~/modules/i18n/negotiate.server";
import { getDb, preparedFor } from "~/db.server";
import { hasTwoFactor } from "./two-factor.server";
import { getLucia } from "./lucia.server";
import { consumeToken, checkToken, issueToken } from "./tokens.server";

// under18: every optional sharing setting starts off, and their name is never shown publicly.
// secondFactor: this sign-in passed a second factor (see two-factor.server.ts); singleSignOn: it was
// made by the council's own sign-in (single-sign-on.server.ts).
export type SessionUser = {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  under18: boolean;
  language: LanguageCode | null;
  secondFactor: boolean;
  singleSignOn: boolean;
};
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
      twoFactor: sql<number>`exists (select 1 from ${twoFactor} where ${twoFactor.userId} = ${users.id} and ${twoFactor.confirmedAt} is not null)`,
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
  // A session that did not pass the second factor its person now has (set up elsewhere) ends.
  if (!row || row.deactivatedAt || (row.twoFactor && !session.secondFactor)) {
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
      secondFactor: session.secondFactor,
      singleSignOn: session.singleSignOn,
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
export async function startSession(userId: string, options: { secondFactor?: boolean; singleSignOn?: boolean } = {}): Promise<Headers> {
  const lucia = getLucia();
  const session = await lucia.createSession(userId, { secondFactor: options.secondFactor ?? false, singleSignOn: options.singleSignOn ?? false });
  const headers = new Headers({ "Set-Cookie": lucia.createSessionCookie(session.id).serialize() });
  const { language } = getDb().select({ language: users.language }).from(users).where(eq(users.id, userId)).get() ?? {};
  if (language) headers.append("Set-Cookie", languageCookie(language, config.production));
  return headers;
}

// A sign-in whose first factor was right, waiting for its code: a one-time token in a short cookie.
const pendingCookie = createCookie("coproduce_second_factor", { path: "/", httpOnly: true, sameSite: "lax", maxAge: 600, secure: secureCookies() });

/**
 * Where a person goes once their password or emailed link was right: on to `to` signed in, or,
 * when they have two-factor sign-in on, to the page that asks for their code first.
 */
export async function signInAs(userId: string, to: string): Promise<{ to: string; headers: Headers }> {
  if (!hasTwoFactor(userId)) return { to, headers: await startSession(userId) };
  const token = issueToken(getDb(), userId, "second_factor");
  return { to: `/sign-in/code?redirectTo=${encodeURIComponent(to)}`, headers: new Headers({ "Set-Cookie": await pendingCookie.serialize(token) }) };
}

const pendingToken = async (request: Request) => String((await pendingCookie.parse(request.headers.get("Cookie"))) ?? "");

/** The person whose sign-in waits for a code, if one does. */
export async function pendingSignIn(request: Request): Promise<string | null> {
  const check = checkToken(await pendingToken(request), ["second_factor"]);
  return check.ok ? check.userId : null;
}

/** Signs in the person whose code was right: the waiting sign-in is used up and a session starts. */
export async function finishSignIn(request: Request): Promise<Headers | null> {
  const used = consumeToken(await pendingToken(request), ["second_factor"]);
  if (!used.ok) return null;
  const headers = await startSession(used.userId, { secondFactor: true });
  headers.append("Set-Cookie", await pendingCookie.serialize("", { maxAge: 0 }));
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

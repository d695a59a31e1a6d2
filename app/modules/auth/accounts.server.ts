import crypto from "node:crypto";
import { asc, eq, inArray } from "drizzle-orm";
import { ROLES, userRoles, users, type AgeGroup, type Role } from "~db/schema";
import { getDb, type DbOrTx } from "~/db.server";
import { config } from "~/config.server";
import * as accountEmails from "~emails/accounts";
import { enqueueEmail } from "~/modules/notifications/outbox.server";
import { emailContext } from "~/modules/settings/area.server";
import { hashPassword, verifyPassword } from "./passwords.server";
import { consumeToken, issueToken } from "./tokens.server";
import { count, countOf, hitRateLimits, LIMITS } from "./rate-limit.server";
import { getLucia } from "./lucia.server";
import { translate } from "~/modules/i18n/catalogue.server";
import { accountConsent, recordConsent } from "~/modules/privacy/consent.server";
import type { LanguageCode } from "~db/schema/enums";
import { requestLanguage } from "~/modules/i18n/catalogue.server";

export type RateLimited = { status: "rate-limited"; retryAfterSeconds: number };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function newUserId(): string {
  return crypto.randomBytes(15).toString("base64url");
}

function link(path: string): string {
  return `${config.appUrl}${path}`;
}

export function findUserByEmail(email: string, db: DbOrTx = getDb()) {
  return db
    .select()
    .from(users)
    .where(eq(users.email, normaliseEmail(email)))
    .get();
}

export function rolesOf(userId: string, db: DbOrTx = getDb()): Role[] {
  const rows = db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, userId)).all();
  return ROLES.filter((role) => rows.some((r) => r.role === role));
}

/**
 * Creates an account and emails a link to confirm the address and choose a password. No password
 * is kept before the address is confirmed: otherwise someone could sign up with another person's
 * email, wait for its owner to confirm it, and then sign in with the password they chose
 * (docs/decisions/0011-account-linking-and-lockout.md). If the email already has a confirmed
 * account, its owner is told instead; the person at the screen sees the same either way.
 */
export function signUp(input: {
  name: string;
  email: string;
  ageGroup: AgeGroup;
  ip: string;
  language?: LanguageCode;
}): { status: "check-email" } | RateLimited {
  // The language they sign up in is their account's, and their emails' (existing accounts keep theirs).
  const language = input.language ?? "en";
  const email = normaliseEmail(input.email);
  const limited = hitRateLimits([
    { key: `sign-up:ip:${input.ip}`, limit: LIMITS.signUpPerIp },
    { key: `sign-up:email:${email}`, limit: LIMITS.signUpPerEmail },
  ]);
  if (!limited.ok) return { status: "rate-limited", retryAfterSeconds: limited.retryAfterSeconds };

  const name = input.name.trim();
  getDb().transaction((tx) => {
    const existing = findUserByEmail(email, tx);
    const ctx = emailContext(tx, existing?.language ?? language);
    if (existing?.emailVerifiedAt || existing?.deactivatedAt) {
      const message = accountEmails.accountAlreadyExists(ctx, {
        name: existing.name,
        signInLink: link("/sign-in"),
        resetLink: link("/forgot-password"),
      });
      enqueueEmail(tx, email, message, `account-exists:${existing.id}:${Date.now()}`);
      return;
    }
    // An account nobody has confirmed yet belongs to nobody: the newest sign-up's details stand,
    // and whoever reads the inbox checks them when confirming.
    const id = existing?.id ?? newUserId();
    if (existing) {
      tx.update(users).set({ name, ageGroup: input.ageGroup, passwordHash: null, language }).where(eq(users.id, id)).run();
    } else {
      tx.insert(users).values({ id, email, name, ageGroup: input.ageGroup, language }).run();
      tx.insert(userRoles).values({ userId: id, role: "member" }).run();
    }
    recordConsent(tx, { userId: id, email: null, purpose: "account", record: `users:${id}`, wording: accountConsent(language) });
    const token = issueToken(tx, id, "verify_email");
    const message = accountEmails.verifyEmail(ctx, { name, link: link(`/password/${token}`) });
    enqueueEmail(tx, email, message, `verify-email:${id}:${token.slice(0, 8)}`);
  });
  return { status: "check-email" };
}

export type SignInResult = { status: "signed-in"; userId: string } | { status: "wrong-details" } | RateLimited;

/**
 * How long to wait before checking a password, given the wrong ones tried for the account from
 * every address lately: nothing at first, then a quarter of a second doubling to at most four.
 * Guessing from many addresses gets slow; the owner still gets in.
 */
export function waitBeforeCheckingMs(failures: number): number {
  const over = failures - LIMITS.signInFailuresBeforeWaiting * config.rateLimitFactor;
  return over < 0 ? 0 : Math.min(250 * 2 ** over, 4000);
}

export async function signInWithPassword(input: { email: string; password: string; ip: string }): Promise<SignInResult> {
  const email = normaliseEmail(input.email);
  const limited = hitRateLimits([
    { key: `sign-in:ip:${input.ip}`, limit: LIMITS.signInPerIp },
    { key: `sign-in:email:${email}:ip:${input.ip}`, limit: LIMITS.signInPerEmailAndIp },
  ]);
  if (!limited.ok) return { status: "rate-limited", retryAfterSeconds: limited.retryAfterSeconds };

  const failuresKey = `sign-in:failures:${email}`;
  const wait = waitBeforeCheckingMs(countOf(failuresKey));
  if (wait) await new Promise((resolve) => setTimeout(resolve, wait));
  const user = findUserByEmail(email);
  // Hash anyway when there is no such account, so the answer takes as long either way.
  const valid = user?.passwordHash ? await verifyPassword(user.passwordHash, input.password) : (await hashPassword(input.password), false);
  if (!user || !valid || user.deactivatedAt || !user.emailVerifiedAt) {
    count(failuresKey, LIMITS.signInFailuresWindowMs);
    return { status: "wrong-details" };
  }
  return { status: "signed-in", userId: user.id };
}

/** Emails a link to choose a new password, if the email has an account. Same answer either way. */
export function requestPasswordReset(input: { email: string; ip: string }): { status: "check-email" } | RateLimited {
  return sendAccountLink(input, "reset_password");
}

/** Emails a one-time sign-in link, if the email has an account. Same answer either way. */
export function requestSignInLink(input: { email: string; ip: string }): { status: "check-email" } | RateLimited {
  return sendAccountLink(input, "sign_in_link");
}

function sendAccountLink(input: { email: string; ip: string }, purpose: "reset_password" | "sign_in_link") {
  const email = normaliseEmail(input.email);
  const limited = hitRateLimits([
    { key: `email-link:ip:${input.ip}`, limit: LIMITS.emailLinkPerIp },
    { key: `email-link:email:${email}:ip:${input.ip}`, limit: LIMITS.emailLinkPerEmailAndIp },
  ]);
  if (!limited.ok) return { status: "rate-limited" as const, retryAfterSeconds: limited.retryAfterSeconds };
  // Past this, the inbox gets no more links for a while, and the page says the same as ever: the
  // newest link already sent still works, so its owner is never shut out.
  if (!hitRateLimits([{ key: `email-link:inbox:${email}`, limit: LIMITS.emailLinksPerInbox }]).ok) return { status: "check-email" as const };
  getDb().transaction((tx) => {
    const user = findUserByEmail(email, tx);
    if (!user || user.deactivatedAt) return;
    const token = issueToken(tx, user.id, purpose);
    const ctx = emailContext(tx, user.language ?? requestLanguage());
    const message =
      purpose === "reset_password"
        ? accountEmails.resetPassword(ctx, { name: user.name, link: link(`/password/${token}`) })
        : accountEmails.signInLink(ctx, { name: user.name, link: link(`/sign-in/link/${token}`) });
    enqueueEmail(tx, user.email, message, `${purpose}:${user.id}:${token.slice(0, 8)}`);
  });
  return { status: "check-email" as const };
}

/**
 * Uses a sign-in link. Following the link proves the person reads that inbox,
 * so it also confirms the email address. A password set before that was not
 * set by someone proved to read it, so it goes (`passwordRemoved` says so, to tell the owner).
 */
export function redeemSignInLink(token: string) {
  return getDb().transaction((tx) => {
    const result = consumeToken(token, ["sign_in_link"], tx);
    if (!result.ok) return result;
    const user = tx.select().from(users).where(eq(users.id, result.userId)).get();
    if (!user || user.deactivatedAt) return { ok: false as const, reason: "unknown" as const };
    const passwordRemoved = !user.emailVerifiedAt && Boolean(user.passwordHash);
    if (!user.emailVerifiedAt) tx.update(users).set({ emailVerifiedAt: new Date(), passwordHash: null }).where(eq(users.id, user.id)).run();
    return { ok: true as const, userId: user.id, passwordRemoved };
  });
}

/** The links that lead to choosing a password: each proves the person reads the account's inbox. */
export const PASSWORD_LINKS = ["reset_password", "invite", "verify_email"] as const;

/**
 * Sets a password from a confirmation, reset or invitation link, which also confirms the email
 * address. A new account's holder confirms their name and age group with it. Ends every other
 * session, since someone who needed a reset may have had their account used by another.
 */
export async function setPasswordWithToken(token: string, password: string, details?: { name: string; ageGroup: AgeGroup }) {
  const passwordHash = await hashPassword(password);
  const result = getDb().transaction((tx) => {
    const used = consumeToken(token, [...PASSWORD_LINKS], tx);
    if (!used.ok) return used;
    const confirming = used.purpose === "verify_email" && details ? { name: details.name.trim(), ageGroup: details.ageGroup } : {};
    tx.update(users)
      .set({ passwordHash, emailVerifiedAt: new Date(), ...confirming })
      .where(eq(users.id, used.userId))
      .run();
    return { ok: true as const, userId: used.userId };
  });
  if (result.ok) await getLucia().invalidateUserSessions(result.userId);
  return result;
}

// ---- People and roles, for admins ----

export function listPeople(db: DbOrTx = getDb()) {
  const people = db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      emailVerifiedAt: users.emailVerifiedAt,
      deactivatedAt: users.deactivatedAt,
      hasPassword: users.passwordHash,
      createdAt: users.createdAt,
    })
    .from(users)
    .orderBy(asc(users.name))
    .all();
  const roles = people.length
    ? db
        .select()
        .from(userRoles)
        .where(
          inArray(
            userRoles.userId,
            people.map((p) => p.id),
          ),
        )
        .all()
    : [];
  return people.map(({ hasPassword, ...person }) => ({
    ...person,
    hasPassword: Boolean(hasPassword),
    roles: ROLES.filter((role) => roles.some((r) => r.userId === person.id && r.role === role)),
  }));
}

export function getPerson(id: string, db: DbOrTx = getDb()) {
  const user = db.select().from(users).where(eq(users.id, id)).get();
  if (!user) return undefined;
  const { passwordHash, ...rest } = user;
  return { ...rest, hasPassword: Boolean(passwordHash), roles: rolesOf(id, db) };
}

export type InviteResult = { status: "invited"; userId: string } | { status: "exists"; userId: string };

/** Creates an account for someone an admin invites, and emails them a link to choose a password. */
export function invitePerson(input: { name: string; email: string; roles: Role[]; invitedBy: { id: string; name: string } }): InviteResult {
  const email = normaliseEmail(input.email);
  return getDb().transaction((tx): InviteResult => {
    const existing = findUserByEmail(email, tx);
    if (existing) return { status: "exists", userId: existing.id };
    const id = newUserId();
    tx.insert(users).values({ id, email, name: input.name.trim() }).run();
    const roles = Array.from(new Set<Role>(["member", ...input.roles]));
    tx.insert(userRoles)
      .values(roles.map((role) => ({ userId: id, role })))
      .run();
    const token = issueToken(tx, id, "invite");
    const message = accountEmails.invitation(emailContext(tx), {
      name: input.name.trim(),
      link: link(`/password/${token}`),
      roles: roles.join(", "),
      invitedBy: input.invitedBy.name,
    });
    enqueueEmail(tx, email, message, `invite:${id}:${token.slice(0, 8)}`);
    return { status: "invited", userId: id };
  });
}

export type RoleChange = { status: "saved" } | { status: "refused"; reason: string };

export function setRoles(userId: string, roles: Role[], actorId: string): RoleChange {
  if (userId === actorId && !roles.includes("admin")) {
    return { status: "refused", reason: translate("admin.person.ownAdmin") };
  }
  getDb().transaction((tx) => {
    tx.delete(userRoles).where(eq(userRoles.userId, userId)).run();
    const unique = Array.from(new Set<Role>(["member", ...roles]));
    tx.insert(userRoles)
      .values(unique.map((role) => ({ userId, role })))
      .run();
  });
  return { status: "saved" };
}

/** Stops an account from being used; its sessions end at once. */
export async function deactivatePerson(userId: string, actorId: string): Promise<RoleChange> {
  if (userId === actorId) return { status: "refused", reason: translate("admin.person.ownAccount") };
  getDb().update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, userId)).run();
  await getLucia().invalidateUserSessions(userId);
  return { status: "saved" };
}

export function reactivatePerson(userId: string) {
  getDb().update(users).set({ deactivatedAt: null }).where(eq(users.id, userId)).run();
}

/**
 * Makes sure an account with the admin role exists for this email, for the
 * first admin of an installation. Returns a link to choose a password when one is needed.
 */
export function ensureAdmin(emailInput: string, name = "Administrator"): { userId: string; created: boolean; passwordLink?: string } {
  const email = normaliseEmail(emailInput);
  return getDb().transaction((tx) => {
    let user = findUserByEmail(email, tx);
    const created = !user;
    if (!user) {
      const id = newUserId();
      tx.insert(users).values({ id, email, name }).run();
      user = tx.select().from(users).where(eq(users.id, id)).get()!;
    }
    for (const role of ["member", "admin"] as const) {
      tx.insert(userRoles).values({ userId: user.id, role }).onConflictDoNothing().run();
    }
    if (user.passwordHash) return { userId: user.id, created };
    const token = issueToken(tx, user.id, "invite");
    const passwordLink = link(`/password/${token}`);
    const message = accountEmails.invitation(emailContext(tx), {
      name: user.name,
      link: passwordLink,
      roles: "member, admin",
      invitedBy: "The person who installed Coproduce",
    });
    enqueueEmail(tx, email, message, `invite:${user.id}:${token.slice(0, 8)}`);
    return { userId: user.id, created, passwordLink };
  });
}

/** For the demo seed and tests: an active, confirmed account with a password. */
export async function createAccount(
  input: { name: string; email: string; password: string; roles: Role[]; ageGroup?: AgeGroup },
  db: DbOrTx = getDb(),
) {
  const id = newUserId();
  const passwordHash = await hashPassword(input.password);
  db.insert(users)
    .values({ id, email: normaliseEmail(input.email), name: input.name, passwordHash, emailVerifiedAt: new Date(), ageGroup: input.ageGroup ?? null })
    .run();
  const roles = Array.from(new Set<Role>(["member", ...input.roles]));
  db.insert(userRoles)
    .values(roles.map((role) => ({ userId: id, role })))
    .run();
  return id;
}

export type SingleSignOnMatch = { status: "matched"; userId: string; created: boolean } | { status: "uninvited" | "deactivated" | "other-subject" };

/**
 * The account a person signing in through the council's single sign-on opens: the one their
 * provider id was linked to before, else the one with their (provider-verified) email address,
 * an admin's invitation included, linked now; else, for an allowed email domain, a new member's
 * account (an admin gives roles). An account linked to another provider id is never opened.
 */
export function accountForSingleSignOn(person: { subject: string; email: string; name: string }, allowedDomains: string[]): SingleSignOnMatch {
  const email = normaliseEmail(person.email);
  return getDb().transaction((tx) => {
    const linked = tx.select().from(users).where(eq(users.oidcSubject, person.subject)).get();
    const user = linked ?? findUserByEmail(email, tx);
    if (user) {
      if (user.deactivatedAt) return { status: "deactivated" } as const;
      if (user.oidcSubject && user.oidcSubject !== person.subject) return { status: "other-subject" } as const;
      // The provider has checked the address: an invitation not yet taken up is taken up now.
      tx.update(users)
        .set({ oidcSubject: person.subject, emailVerifiedAt: user.emailVerifiedAt ?? new Date() })
        .where(eq(users.id, user.id))
        .run();
      return { status: "matched", userId: user.id, created: false } as const;
    }
    if (!allowedDomains.includes(email.split("@")[1] ?? "")) return { status: "uninvited" } as const;
    const id = newUserId();
    tx.insert(users)
      .values({ id, email, name: person.name.slice(0, 100) || email.split("@")[0]!, oidcSubject: person.subject, emailVerifiedAt: new Date() })
      .run();
    tx.insert(userRoles).values({ userId: id, role: "member" }).run();
    return { status: "matched", userId: id, created: true } as const;
  });
}

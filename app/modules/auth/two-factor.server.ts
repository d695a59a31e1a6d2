import crypto from "node:crypto";
import { and, eq, isNotNull, isNull, ne, sql } from "drizzle-orm";
import * as OTPAuth from "otpauth";
import QRCode from "qrcode";
import { recoveryCodes, sessions, twoFactor, type Role } from "~db/schema";
import { getDb, type DbOrTx } from "~/db.server";
import { getAreaSettings } from "~/modules/settings/area.server";
import { recordAudit } from "~/modules/privacy/audit.server";
import { countOf, count, hitRateLimits } from "./rate-limit.server";

// Two-factor sign-in for staff who sign in with a password (or an emailed link): a time-based
// one-time code from an authenticator app (RFC 6238, by otpauth), or one of ten recovery codes.
// Staff who sign in through the council's own sign-in (single sign-on) use its second factor.
// See docs/decisions/0018-staff-sign-in.md.

/** The roles that see other people's personal details, children's included. */
export const STAFF_ROLES: readonly Role[] = ["organiser", "officer", "admin"];
export const isStaff = (roles: readonly Role[]) => roles.some((role) => STAFF_ROLES.includes(role));

const PERIOD = 30;
const RECOVERY_CODES = 10;
// Wrong codes allowed per person before they wait; per address, across people.
export const CODE_LIMITS = { perPerson: { max: 5, windowMs: 15 * 60_000 }, perIp: { max: 30, windowMs: 15 * 60_000 } };

const hash = (code: string) => crypto.createHash("sha256").update(code).digest("hex");
const totpFor = (secret: string, label: string) =>
  new OTPAuth.TOTP({
    issuer: `${getAreaSettings().areaName} Coproduce`,
    label,
    algorithm: "SHA1",
    digits: 6,
    period: PERIOD,
    secret: OTPAuth.Secret.fromBase32(secret),
  });

export type TwoFactorStatus = { state: "off" } | { state: "setting up" } | { state: "on"; since: Date; recoveryCodesLeft: number };

export function twoFactorStatus(userId: string, db: DbOrTx = getDb()): TwoFactorStatus {
  const row = db.select({ confirmedAt: twoFactor.confirmedAt }).from(twoFactor).where(eq(twoFactor.userId, userId)).get();
  if (!row) return { state: "off" };
  if (!row.confirmedAt) return { state: "setting up" };
  const left = db
    .select({ n: sql<number>`count(*)` })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
    .get()!.n;
  return { state: "on", since: row.confirmedAt, recoveryCodesLeft: left };
}

export const hasTwoFactor = (userId: string, db: DbOrTx = getDb()) =>
  Boolean(
    db
      .select({ userId: twoFactor.userId })
      .from(twoFactor)
      .where(and(eq(twoFactor.userId, userId), isNotNull(twoFactor.confirmedAt)))
      .get(),
  );

/** Whether the area asks every member of staff who signs in with a password for a second factor. */
export const twoFactorRequired = (roles: readonly Role[]) => isStaff(roles) && getAreaSettings().staffTwoFactor;

/** Starts setting up (again): a new secret, not used for sign-in until a code from it is typed. */
export function startSetUp(userId: string) {
  const secret = new OTPAuth.Secret({ size: 20 }).base32;
  const db = getDb();
  if (hasTwoFactor(userId, db)) return;
  db.insert(twoFactor)
    .values({ userId, secret, confirmedAt: null, lastStep: null, createdAt: new Date() })
    .onConflictDoUpdate({ target: twoFactor.userId, set: { secret, createdAt: new Date() } })
    .run();
}

/** What the set-up page shows: the secret as text (grouped in fours) and as a QR code for the app to scan. */
export async function setUpDetails(userId: string, label: string) {
  const row = getDb().select().from(twoFactor).where(eq(twoFactor.userId, userId)).get();
  if (!row || row.confirmedAt) return null;
  const uri = totpFor(row.secret, label).toString();
  const svg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { secret: row.secret.match(/.{1,4}/g)!.join(" "), qrSvg: svg };
}

type CodeCheck =
  { ok: true; via: "app" | "recovery code"; recoveryCodesLeft: number } | { ok: false; reason: "wrong" | "rate-limited"; retryAfterSeconds?: number };

/**
 * Checks a code for a person's second factor: six digits from their app (each works once: a code
 * for the same or an earlier 30 seconds than the last one accepted is refused), or an unused
 * recovery code. Wrong codes are limited per person and per address.
 */
export function checkCode(userId: string, input: string, ip: string, options: { confirming?: boolean; now?: number } = {}): CodeCheck {
  const now = options.now ?? Date.now();
  const key = `two-factor:${userId}`;
  const ipLimit = hitRateLimits([{ key: `two-factor:ip:${ip}`, limit: CODE_LIMITS.perIp }], now);
  if (!ipLimit.ok) return { ok: false, reason: "rate-limited", retryAfterSeconds: ipLimit.retryAfterSeconds };
  if (countOf(key, now) >= CODE_LIMITS.perPerson.max)
    return { ok: false, reason: "rate-limited", retryAfterSeconds: CODE_LIMITS.perPerson.windowMs / 1000 };
  const wrong = (): CodeCheck => {
    count(key, CODE_LIMITS.perPerson.windowMs, now);
    return { ok: false, reason: "wrong" };
  };
  const code = input.replace(/[\s-]/g, "").toLowerCase();
  const db = getDb();
  const row = db.select().from(twoFactor).where(eq(twoFactor.userId, userId)).get();
  if (!row || Boolean(row.confirmedAt) === Boolean(options.confirming)) return wrong();
  return db.transaction((tx) => {
    if (/^\d{6}$/.test(code)) {
      const delta = OTPAuth.TOTP.validate({ token: code, secret: OTPAuth.Secret.fromBase32(row.secret), period: PERIOD, timestamp: now, window: 1 });
      const step = Math.floor(now / 1000 / PERIOD) + (delta ?? 0);
      if (delta === null || (row.lastStep !== null && step <= row.lastStep)) return wrong();
      tx.update(twoFactor).set({ lastStep: step }).where(eq(twoFactor.userId, userId)).run();
      return { ok: true, via: "app", recoveryCodesLeft: -1 } as const;
    }
    if (options.confirming || !/^[a-z0-9]{10}$/.test(code)) return wrong();
    const used = tx
      .update(recoveryCodes)
      .set({ usedAt: new Date(now) })
      .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, hash(code)), isNull(recoveryCodes.usedAt)))
      .run();
    if (used.changes !== 1) return wrong();
    const status = twoFactorStatus(userId, tx);
    return { ok: true, via: "recovery code", recoveryCodesLeft: status.state === "on" ? status.recoveryCodesLeft : 0 } as const;
  });
}

/** Ten new recovery codes (the old ones stop working), shown once: only their hashes are kept. */
export function newRecoveryCodes(userId: string, db: DbOrTx = getDb()): string[] {
  // No 0/o or 1/l: they are read off paper.
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  const codes = Array.from({ length: RECOVERY_CODES }, () => Array.from({ length: 10 }, () => alphabet[crypto.randomInt(alphabet.length)]).join(""));
  db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
  db.insert(recoveryCodes)
    .values(codes.map((code) => ({ userId, codeHash: hash(code) })))
    .run();
  return codes.map((code) => `${code.slice(0, 5)}-${code.slice(5)}`);
}

/**
 * Turns two-factor on once a code from the app is right: this session counts as having passed it,
 * the person's other sessions end, and their recovery codes are made.
 */
export function confirmSetUp(userId: string, code: string, ip: string, sessionId: string) {
  const check = checkCode(userId, code, ip, { confirming: true });
  if (!check.ok) return check;
  const codes = getDb().transaction((tx) => {
    tx.update(twoFactor).set({ confirmedAt: new Date() }).where(eq(twoFactor.userId, userId)).run();
    tx.update(sessions).set({ secondFactor: true }).where(eq(sessions.id, sessionId)).run();
    tx.delete(sessions)
      .where(and(eq(sessions.userId, userId), ne(sessions.id, sessionId)))
      .run();
    recordAudit("two-factor:on", `user:${userId}`, null, tx);
    return newRecoveryCodes(userId, tx);
  });
  return { ok: true as const, recoveryCodes: codes };
}

/**
 * Turns two-factor off: by the person (with a code), or by an admin for someone who lost their
 * device, whose sessions then end (they sign in with their password and set it up again).
 */
export function removeTwoFactor(userId: string, by: "self" | "admin") {
  getDb().transaction((tx) => {
    tx.delete(twoFactor).where(eq(twoFactor.userId, userId)).run();
    tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
    if (by === "admin") tx.delete(sessions).where(eq(sessions.userId, userId)).run();
    recordAudit(by === "admin" ? "two-factor:reset" : "two-factor:off", `user:${userId}`, null, tx);
  });
}

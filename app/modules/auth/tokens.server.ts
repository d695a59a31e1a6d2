import crypto from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { authTokens, type TokenPurpose } from "~db/schema";
import { getDb, type DbOrTx } from "~/db.server";
import { translate } from "~/modules/i18n/catalogue.server";

export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  verify_email: 24 * 60 * 60_000,
  reset_password: 60 * 60_000,
  sign_in_link: 15 * 60_000,
  invite: 7 * 24 * 60 * 60_000,
  second_factor: 10 * 60_000,
};

export function randomToken(bytes = 32): string {
  return crypto.randomBytes(bytes).toString("base64url");
}

function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

/**
 * Makes a new one-time token. A new password or sign-in link withdraws the
 * earlier ones; confirmation links all stay valid, as whichever email the
 * person opens first should work.
 */
export function issueToken(db: DbOrTx, userId: string, purpose: TokenPurpose, now = new Date()): string {
  const token = randomToken();
  if (purpose !== "verify_email") {
    db.update(authTokens)
      .set({ usedAt: now })
      .where(and(eq(authTokens.userId, userId), eq(authTokens.purpose, purpose), isNull(authTokens.usedAt)))
      .run();
  }
  db.insert(authTokens)
    .values({
      userId,
      purpose,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]),
    })
    .run();
  return token;
}

export type TokenCheck = { ok: true; userId: string; purpose: TokenPurpose; id: number } | { ok: false; reason: "unknown" | "expired" | "used" };

/** Says whether a token is usable without using it (to decide which page to show). */
export function checkToken(token: string, purposes: TokenPurpose[], db: DbOrTx = getDb(), now = new Date()): TokenCheck {
  if (!token || token.length > 100) return { ok: false, reason: "unknown" };
  const row = db
    .select()
    .from(authTokens)
    .where(eq(authTokens.tokenHash, hashToken(token)))
    .get();
  if (!row || !purposes.includes(row.purpose)) return { ok: false, reason: "unknown" };
  if (row.usedAt) return { ok: false, reason: "used" };
  if (row.expiresAt <= now) return { ok: false, reason: "expired" };
  return { ok: true, userId: row.userId, purpose: row.purpose, id: row.id };
}

/** Uses a token once: a second use, even a simultaneous one, fails. */
export function consumeToken(token: string, purposes: TokenPurpose[], db: DbOrTx = getDb(), now = new Date()): TokenCheck {
  const check = checkToken(token, purposes, db, now);
  if (!check.ok) return check;
  const result = db
    .update(authTokens)
    .set({ usedAt: now })
    .where(and(eq(authTokens.id, check.id), isNull(authTokens.usedAt)))
    .run();
  return result.changes === 1 ? check : { ok: false, reason: "used" };
}

export function tokenProblemMessage(reason: "unknown" | "expired" | "used"): string {
  switch (reason) {
    case "expired":
      return translate("auth.token.expired");
    case "used":
      return translate("auth.token.used");
    default:
      return translate("auth.token.unknown");
  }
}

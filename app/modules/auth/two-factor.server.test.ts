import { eq } from "drizzle-orm";
import * as OTPAuth from "otpauth";
import { beforeEach, describe, expect, it } from "vitest";
import { sessions, twoFactor } from "~db/schema";
import { getDb } from "~/db.server";
import { updateAreaSettings } from "~/modules/settings/area.server";
import { createAccount } from "./accounts.server";
import { getLucia } from "./lucia.server";
import {
  CODE_LIMITS,
  checkCode,
  confirmSetUp,
  newRecoveryCodes,
  removeTwoFactor,
  startSetUp,
  twoFactorRequired,
  twoFactorStatus,
} from "./two-factor.server";
import { resetRateLimits } from "./rate-limit.server";
import { finishSignIn, getUser, pendingSignIn, signInAs } from "./session.server";

const ip = "203.0.113.7";
const secretOf = (userId: string) => getDb().select().from(twoFactor).where(eq(twoFactor.userId, userId)).get()!.secret;
const codeAt = (userId: string, timestamp = Date.now()) =>
  OTPAuth.TOTP.generate({ secret: OTPAuth.Secret.fromBase32(secretOf(userId)), period: 30, timestamp });
const cookiesOf = (headers: Headers) =>
  headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");

let userId: string;
let sessionId: string;
beforeEach(async () => {
  resetRateLimits();
  userId = await createAccount({
    name: "Ola Officer",
    email: `ola-${Math.random()}@example.org`,
    password: "a long pass phrase",
    roles: ["officer"],
  });
  sessionId = (await getLucia().createSession(userId, { secondFactor: false, singleSignOn: false })).id;
});

async function turnOn() {
  startSetUp(userId);
  const result = confirmSetUp(userId, codeAt(userId), ip, sessionId);
  if (!result.ok) throw new Error("could not turn on");
  return result.recoveryCodes;
}

describe("two-factor sign-in", () => {
  it("is on only once a code from the app is right; this session counts as passed and the others end", async () => {
    const other = (await getLucia().createSession(userId, { secondFactor: false, singleSignOn: false })).id;
    startSetUp(userId);
    expect(twoFactorStatus(userId).state).toBe("setting up");
    expect(confirmSetUp(userId, "000000", ip, sessionId)).toMatchObject({ ok: false, reason: "wrong" });
    const codes = await turnOn();
    expect(codes).toHaveLength(10);
    expect(codes[0]).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    expect(twoFactorStatus(userId)).toMatchObject({ state: "on", recoveryCodesLeft: 10 });
    const left = getDb().select().from(sessions).where(eq(sessions.userId, userId)).all();
    expect(left.map((s) => [s.id, s.secondFactor])).toEqual([[sessionId, true]]);
    expect(left.map((s) => s.id)).not.toContain(other);
  });

  it("takes each code once, and no older one after it", async () => {
    await turnOn();
    const later = Date.now() + 30_000;
    expect(checkCode(userId, codeAt(userId, later), ip, { now: later })).toMatchObject({ ok: true, via: "app" });
    expect(checkCode(userId, codeAt(userId, later), ip, { now: later })).toMatchObject({ ok: false, reason: "wrong" });
    expect(checkCode(userId, codeAt(userId), ip, { now: later })).toMatchObject({ ok: false, reason: "wrong" });
  });

  it("takes a recovery code once, typed in any case with or without its hyphen", async () => {
    const [first, second] = await turnOn();
    expect(checkCode(userId, first!.toUpperCase(), ip)).toEqual({ ok: true, via: "recovery code", recoveryCodesLeft: 9 });
    expect(checkCode(userId, first!, ip)).toMatchObject({ ok: false, reason: "wrong" });
    expect(checkCode(userId, ` ${second!.replace("-", "")} `, ip)).toMatchObject({ ok: true, recoveryCodesLeft: 8 });
    // New codes replace the old.
    const fresh = newRecoveryCodes(userId);
    expect(checkCode(userId, fresh[0]!, ip)).toMatchObject({ ok: true });
  });

  it("makes a person wait after five wrong codes, even with the right one", async () => {
    await turnOn();
    for (let i = 0; i < CODE_LIMITS.perPerson.max; i++) expect(checkCode(userId, "123456", ip)).toMatchObject({ ok: false, reason: "wrong" });
    const later = Date.now() + 30_000;
    expect(checkCode(userId, codeAt(userId, later), ip, { now: later })).toMatchObject({ ok: false, reason: "rate-limited" });
  });

  it("asks for the code before any session starts, and the waiting sign-in works once", async () => {
    await turnOn();
    const next = await signInAs(userId, "/manage");
    expect(next.to).toBe("/sign-in/code?redirectTo=%2Fmanage");
    expect(next.headers.getSetCookie().join()).not.toContain("coproduce_session");
    const request = new Request("http://localhost/sign-in/code", { headers: { Cookie: cookiesOf(next.headers) } });
    expect(await pendingSignIn(request)).toBe(userId);
    const signedIn = await finishSignIn(request);
    const user = await getUser(new Request("http://localhost/", { headers: { Cookie: cookiesOf(signedIn!) } }));
    expect(user).toMatchObject({ id: userId, secondFactor: true });
    expect(await finishSignIn(request)).toBeNull();
  });

  it("ends a session that did not pass the second factor its person now has", async () => {
    const cookie = getLucia().createSessionCookie(sessionId).serialize().split(";")[0]!;
    await turnOn();
    const unchecked = (await getLucia().createSession(userId, { secondFactor: false, singleSignOn: false })).id;
    const request = (id: string) =>
      new Request("http://localhost/", { headers: { Cookie: getLucia().createSessionCookie(id).serialize().split(";")[0]! } });
    expect(await getUser(request(unchecked))).toBeNull();
    expect(await getUser(new Request("http://localhost/", { headers: { Cookie: cookie } }))).toMatchObject({ id: userId });
  });

  it("is required of staff only where the area says so; an admin's reset signs the person out", async () => {
    expect(twoFactorRequired(["member", "officer"])).toBe(false);
    updateAreaSettings({ staffTwoFactor: true });
    expect(twoFactorRequired(["member", "officer"])).toBe(true);
    expect(twoFactorRequired(["member", "ambassador"])).toBe(false);
    updateAreaSettings({ staffTwoFactor: false });
    await turnOn();
    removeTwoFactor(userId, "admin");
    expect(twoFactorStatus(userId).state).toBe("off");
    expect(getDb().select().from(sessions).where(eq(sessions.userId, userId)).all()).toEqual([]);
  });
});

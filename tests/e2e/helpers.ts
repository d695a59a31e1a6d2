import AxeBuilder from "@axe-core/playwright";
import * as OTPAuth from "otpauth";
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "correct horse battery staple";
export const DEMO = {
  admin: "admin@northsomerset.example",
  officer: "officer@northsomerset.example",
  member: "parent1@northsomerset.example",
  otherMember: "parent2@northsomerset.example",
  youngPerson: "young.person@northsomerset.example",
  ambassador: "ambassador1@northsomerset.example",
  uninvitedAmbassador: "ambassador3@northsomerset.example",
};

let counter = 0;
/** A fresh email address, so tests never collide. */
export function uniqueEmail(label: string): string {
  return `${label}-${Date.now().toString(36)}-${process.pid}-${counter++}@example.org`;
}

/** Fails with the list of problems if axe finds any WCAG 2.2 A or AA violation. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const problems = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(problems, `Accessibility problems on ${page.url()}`).toEqual([]);
}

/**
 * The newest link in an email to `to` with this subject, read from the
 * development mailbox (the tests run with no SMTP server set).
 */
export async function linkFromEmail(context: BrowserContext, to: string, subject: string, pathPart: string): Promise<string> {
  return firstLink(await emailText(context, to, subject), pathPart);
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // On a phone the menu (and this link in it) is folded behind its button.
  await expect(page.getByRole("link", { name: "Your account", includeHidden: true })).toBeAttached();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("heading", { name: "You have signed out" })).toBeVisible();
}

/** The full text of the newest email to `to` whose subject starts with `subjectStart`. */
export async function emailText(context: BrowserContext, to: string, subjectStart: string): Promise<string> {
  const mailbox = await context.newPage();
  let text = "";
  await expect
    .poll(
      async () => {
        await mailbox.goto("/dev/mailbox");
        const message = mailbox
          .locator("section")
          .filter({ hasText: `To ${to}` })
          .filter({ has: mailbox.getByRole("heading", { name: subjectStart }) })
          .first();
        if ((await message.count()) === 0) return "";
        text = (await message.locator("pre").textContent()) ?? "";
        return text;
      },
      { timeout: 15_000, message: `email "${subjectStart}…" to ${to}` },
    )
    .not.toBe("");
  await mailbox.close();
  return text;
}

/** An officer moves a suggestion to a status on its triage page, with a public note or an outcome. */
export async function changeSuggestionStatus(officer: Page, reference: string, status: string, words: { note?: string; outcome?: string }) {
  await officer.goto(`/manage/suggestions/${Number(reference.slice(3))}`);
  await officer.getByLabel(status, { exact: true }).check();
  if (words.note) await officer.getByLabel("Public note", { exact: true }).fill(words.note);
  if (words.outcome) await officer.getByLabel("Outcome (for done or not possible)").fill(words.outcome);
  await officer.getByRole("button", { name: "Change status" }).click();
  await expect(officer.getByText("Status changed.")).toBeVisible();
}

/** The local GOV.UK Notify the tests run beside the app (tests/playwright.config.ts). */
export const FAKE_NOTIFY = `http://127.0.0.1:${Number(process.env.E2E_PORT || 3217) + 1}`;

type AcceptedText = { id: string; phoneNumber: string; body: string; receipt: string | null };

/** The newest text Notify accepted for `phone` (as 07…) that contains `containing`. */
export async function textTo(phone: string, containing: string, timeout = 15_000): Promise<AcceptedText> {
  let found: AcceptedText | undefined;
  await expect
    .poll(
      async () => {
        const texts = (await (await fetch(`${FAKE_NOTIFY}/_fake/texts`)).json()) as AcceptedText[];
        found = texts.filter((t) => t.phoneNumber === phone && t.body.includes(containing)).at(-1);
        return Boolean(found);
      },
      { timeout, message: `text "${containing}" to ${phone}` },
    )
    .toBe(true);
  return found!;
}

export function firstLink(text: string, pathPart: string): string {
  const match = text.match(new RegExp(`https?://\\S*${pathPart.replace(/[/.]/g, "\\$&")}\\S*`));
  if (!match) throw new Error(`No link containing ${pathPart} in:\n${text}`);
  return match[0];
}

/**
 * Makes an account as a person does: the sign-up form, then the emailed link, where they check
 * their details and choose a password. Leaves them signed in, on their account page.
 */
export async function signUpAndConfirm(page: Page, p: { name: string; email: string; age: "13 to 17" | "18 or over"; password?: string }) {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(p.name);
  await page.getByLabel("Email address").fill(p.email);
  await page.getByLabel(p.age).check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.goto(await linkFromEmail(page.context(), p.email, "Confirm your email address", "/password/"));
  await expect(page.getByRole("heading", { name: "Confirm your account" })).toBeVisible();
  await page.getByLabel("Create a password").fill(p.password ?? "purple kettle river");
  await page.getByLabel("Type it again").fill(p.password ?? "purple kettle river");
  await page.getByRole("button", { name: "Confirm and create account" }).click();
  await expect(page.getByRole("heading", { name: "Your account", exact: true })).toBeVisible();
}

/**
 * Someone an admin (signed in on `admin`) invites to a staff role, who chooses a password from the
 * invitation's link in a browser of their own; their page is signed in on their account.
 */
export async function inviteStaff(
  admin: Page,
  browser: Browser,
  who: { name: string; role: "Engagement officer" | "Event organiser" | "Administrator" },
) {
  const email = uniqueEmail(who.name.split(" ")[0]!.toLowerCase());
  const password = "staff long pass phrase";
  await admin.goto("/admin/people/invite");
  await admin.getByLabel("Their name").fill(who.name);
  await admin.getByLabel("Their email address").fill(email);
  await admin.getByLabel(who.role, { exact: true }).check();
  await admin.getByRole("button", { name: "Send invitation" }).click();
  await expect(admin.getByText(`We have emailed an invitation to ${email}`)).toBeVisible();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(await linkFromEmail(admin.context(), email, "You have been invited to", "/password/"));
  await page.getByLabel("New password").fill(password);
  await page.getByLabel("Type it again").fill(password);
  await page.getByRole("button", { name: "Save password" }).click();
  await expect(page.getByRole("heading", { name: "Your account", exact: true })).toBeVisible();
  return { email, password, page, context };
}

// A code from the authenticator app, as the person's phone would show it: the key is read off the
// set-up page, as they would type it into the app. `stepsAhead` asks for a later 30 seconds' code
// (each code works once, so a second sign-in in the same half-minute needs the next one).
export const appCode = (key: string, stepsAhead = 0) =>
  OTPAuth.TOTP.generate({ secret: OTPAuth.Secret.fromBase32(key.replace(/\s/g, "")), period: 30, timestamp: Date.now() + stepsAhead * 30_000 });

/** Sets up two-factor sign-in from the account page; gives back the app's key and the recovery codes shown. */
export async function setUpTwoFactor(page: Page) {
  await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  await expectAccessible(page);
  const key = (await page.getByTestId("two-factor-secret").textContent())!;
  await page.getByLabel("Code from your authenticator app").fill("123456");
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(page.getByRole("alert")).toContainText("That code is not right");
  await expectAccessible(page);
  await page.getByLabel("Code from your authenticator app").fill(appCode(key));
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(page.getByRole("heading", { name: "Two-factor sign-in is on" })).toBeVisible();
  const codes = await page.locator(".app-recovery-codes code").allTextContents();
  expect(codes).toHaveLength(10);
  await expectAccessible(page);
  await page.getByRole("link", { name: "I have saved my recovery codes" }).click();
  return { key, codes };
}

/** The council's identity provider in the tests (tests/oidc/provider.ts), started beside the app. */
export const TEST_OIDC = `http://127.0.0.1:${Number(process.env.E2E_PORT || 3217) + 2}`;

/**
 * Signs in through the council's account: the button on our sign-in page, then the provider's own
 * pages (its sign-in, which takes any login as the email address, and its consent).
 */
export async function signInWithCouncil(page: Page, login: string, from = "/sign-in") {
  await page.goto(from);
  await page.getByRole("button", { name: "Continue with your North Somerset Council account" }).click();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any password the provider asks for");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

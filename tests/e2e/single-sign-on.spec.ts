import { expect, test, type Browser } from "@playwright/test";
import { DEMO, expectAccessible, signIn, signInWithCouncil, TEST_OIDC, uniqueEmail } from "./helpers";

// Staff single sign-on against a real OpenID Connect provider on loopback. The provider's faults
// apply to the next token it issues, so these journeys run one after another.
test.describe.configure({ mode: "serial" });

const councilEmail = (label: string) => uniqueEmail(label).replace("@example.org", "@council.example");

test("someone from the council signs in with their council account, is given a role by an admin, and signs out there too", async ({
  page,
  browser,
}) => {
  test.slow();
  const email = councilEmail("sso.officer");
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Staff" })).toBeVisible();
  await expectAccessible(page);
  await signInWithCouncil(page, email, "/sign-in?redirectTo=%2Faccount");
  await expect(page.getByRole("heading", { name: "Your account", exact: true })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await expectAccessible(page);

  // Their account starts as a member's: an admin gives the role.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, DEMO.admin);
  await admin.goto("/admin/people");
  await admin
    .getByRole("row", { name: new RegExp(email) })
    .getByRole("link")
    .click();
  await admin.getByLabel("Engagement officer").check();
  await admin.getByRole("button", { name: "Save roles" }).click();
  await expect(admin.getByText("Roles saved")).toBeVisible();
  await adminContext.close();
  await page.goto("/manage");
  await expect(page.getByRole("heading", { name: "Manage" })).toBeVisible();

  // Signing out ends the session here and offers to sign out of the council's account.
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`^${TEST_OIDC}/`));
  await page.getByRole("button", { name: "Yes, sign me out" }).click();
  await expect(page.getByRole("heading", { name: "You have signed out" })).toBeVisible();
  await page.goto("/manage");
  await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Fmanage/);
});

test("an invitation is taken up by signing in with the council account, with the invited role", async ({ page, browser }) => {
  await signIn(page, DEMO.admin);
  const email = uniqueEmail("invited.sso");
  await page.goto("/admin/people/invite");
  await page.getByLabel("Their name").fill("Seren Invited");
  await page.getByLabel("Their email address").fill(email);
  await page.getByLabel("Engagement officer").check();
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`We have emailed an invitation to ${email}`)).toBeVisible();

  const context = await browser.newContext();
  const invited = await context.newPage();
  await signInWithCouncil(invited, email, "/sign-in?redirectTo=%2Fmanage");
  await expect(invited.getByRole("heading", { name: "Manage" })).toBeVisible();
  await context.close();
});

async function refusal(browser: Browser, login: string, fault?: string) {
  if (fault) expect((await fetch(`${TEST_OIDC}/_test/fault`, { method: "POST", body: fault })).ok).toBe(true);
  const context = await browser.newContext();
  const page = await context.newPage();
  const answer = page.waitForResponse((r) => r.url().includes("/sign-in/council/callback"));
  await signInWithCouncil(page, login);
  const status = (await answer).status();
  await expect(page.getByRole("heading", { name: "We could not sign you in" })).toBeVisible();
  const text = await page.locator("main").innerText();
  // Nobody is signed in after any refusal.
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in/);
  await context.close();
  return { status, text };
}

test("a token with the wrong audience, issuer or nonce, or one that has expired, is refused with a clear page", async ({ browser }) => {
  test.slow();
  const email = councilEmail("sso.faults");
  for (const fault of ["audience", "issuer", "nonce", "expired"]) {
    const { status, text } = await refusal(browser, email, fault);
    expect(status, fault).toBe(400);
    expect(text, fault).toContain("answered in a way we could not trust");
  }
  // The same person, with an honest token, gets in.
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWithCouncil(page, email, "/sign-in?redirectTo=%2Faccount");
  await expect(page.getByRole("heading", { name: "Your account", exact: true })).toBeVisible();
  await context.close();
});

test("an unverified email address or an uninvited person is refused, and says what to do", async ({ browser, page }) => {
  const unverified = await refusal(browser, `unverified+${councilEmail("sso.unverified")}`);
  expect(unverified.status).toBe(403);
  expect(unverified.text).toContain("does not have a checked email address");
  const stranger = uniqueEmail("stranger");
  const uninvited = await refusal(browser, stranger);
  expect(uninvited.status).toBe(403);
  expect(uninvited.text).toContain(`There is no account here for ${stranger}. Ask an admin of this site to invite you`);
  // The page itself passes the accessibility checks.
  await page.goto("/sign-in/council/callback?code=x&state=y");
  await expect(page.getByRole("heading", { name: "We could not sign you in" })).toBeVisible();
  await expectAccessible(page);
});

test("a provider's answer brought to another browser, or to another sign-in, is refused", async ({ browser }) => {
  // The provider's answer to one sign-in, as someone watching the address bar could copy it.
  const first = await browser.newContext();
  const page = await first.newPage();
  const answered = page.waitForRequest(/\/sign-in\/council\/callback\?/);
  await signInWithCouncil(page, councilEmail("sso.state"));
  const answer = (await answered).url();
  expect(answer).toContain("state=");
  await first.close();

  // In a browser that started no sign-in: refused.
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  const response = await other.goto(answer);
  expect(response?.status()).toBe(400);
  await expect(other.getByText("This sign-in was not started on this site")).toBeVisible();
  await other.goto("/account");
  await expect(other).toHaveURL(/\/sign-in/);

  // In a browser part-way through its own sign-in (its state is another): refused too.
  await other.goto("/sign-in");
  await other.getByRole("button", { name: "Continue with your North Somerset Council account" }).click();
  await expect(other.locator('input[name="login"]')).toBeVisible();
  await other.goto(answer);
  await expect(other.getByText("This sign-in was not started on this site")).toBeVisible();
  await other.goto("/account");
  await expect(other).toHaveURL(/\/sign-in/);
  await elsewhere.close();
});

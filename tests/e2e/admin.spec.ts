import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, linkFromEmail, signIn, signOut, uniqueEmail } from "./helpers";

test("an admin invites an officer, who chooses a password and reaches officer pages a member cannot", async ({ page, context, browser }) => {
  // A long journey: on a busy machine it gets three times the usual minute.
  test.slow();
  const email = uniqueEmail("officer");
  await signIn(page, DEMO.admin);
  await page.getByRole("link", { name: "Manage" }).click();
  await expect(page.getByRole("heading", { name: "Manage" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "People and roles" }).click();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Invite someone" }).click();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("alert")).toContainText("Enter their name");
  await expectAccessible(page);
  await page.getByLabel("Their name").fill("Nia Roberts");
  await page.getByLabel("Their email address").fill(email);
  await page.getByLabel("Engagement officer").check();
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`We have emailed an invitation to ${email}`)).toBeVisible();
  await expect(page.getByRole("row", { name: /Nia Roberts/ })).toContainText("Invited");
  await signOut(page);

  const link = await linkFromEmail(context, email, "You have been invited to North Somerset Coproduce", "/password/");
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Choose a password to start" })).toBeVisible();
  await page.getByLabel("New password").fill("officer long phrase");
  await page.getByLabel("Type it again").fill("officer long phrase");
  await page.getByRole("button", { name: "Save password" }).click();
  await expect(page.getByText("Engagement officer")).toBeVisible();
  await page.getByRole("link", { name: "Manage" }).click();
  await expect(page.getByRole("heading", { name: "Manage" })).toBeVisible();
  await expect(page.getByText(/sent, \d+ waiting/)).toBeVisible();
  // Officers do not manage people.
  await page.goto("/admin/people");
  await expect(page.getByRole("heading", { name: "You cannot see this page" })).toBeVisible();

  // A member is refused the officer page with a 403 and a plain explanation.
  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await signIn(member, DEMO.member);
  await expect(member.getByRole("link", { name: "Manage" })).toHaveCount(0);
  const response = await member.goto("/manage");
  expect(response?.status()).toBe(403);
  await expect(member.getByRole("heading", { name: "You cannot see this page" })).toBeVisible();
  await expectAccessible(member);
  await memberContext.close();

  // A visitor is asked to sign in first.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto("/manage");
  await expect(visitor).toHaveURL(/\/sign-in\?redirectTo=%2Fmanage/);
  await visitorContext.close();
});

test("a deactivated account's session stops working at once", async ({ page, browser, context }) => {
  const email = uniqueEmail("leaver");
  await signIn(page, DEMO.admin);
  await page.goto("/admin/people/invite");
  await page.getByLabel("Their name").fill("Dan Leaver");
  await page.getByLabel("Their email address").fill(email);
  await page.getByLabel("Event organiser").check();
  await page.getByRole("button", { name: "Send invitation" }).click();

  const leaverContext = await browser.newContext();
  const leaver = await leaverContext.newPage();
  await leaver.goto(await linkFromEmail(context, email, "You have been invited to North Somerset Coproduce", "/password/"));
  await leaver.getByLabel("New password").fill("organiser long phrase");
  await leaver.getByLabel("Type it again").fill("organiser long phrase");
  await leaver.getByRole("button", { name: "Save password" }).click();
  await expect(leaver.getByRole("heading", { name: "Your account", exact: true })).toBeVisible();

  await page.goto("/admin/people");
  await page.getByRole("link", { name: "Dan Leaver" }).click();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Deactivate account" }).click();
  await expect(page.getByText("Account deactivated.")).toBeVisible();
  await expectAccessible(page);

  await leaver.goto("/account");
  await expect(leaver).toHaveURL(/\/sign-in/);
  await leaver.getByLabel("Email address").fill(email);
  await leaver.getByLabel("Password", { exact: true }).fill("organiser long phrase");
  await leaver.getByRole("button", { name: "Sign in" }).click();
  await expect(leaver.getByRole("alert")).toContainText("Enter a correct email address and password");
  await leaverContext.close();
});

test("an admin changes the local area's settings and roles, and cannot lock themselves out", async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.goto("/admin/settings");
  await expectAccessible(page);
  await page.getByLabel("The local area's name").fill("");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("alert")).toContainText("Enter the local area's name");
  await expectAccessible(page);
  await page.getByLabel("The local area's name").fill("North Somerset");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();

  await page.goto("/admin/people");
  await page.getByRole("link", { name: "Alex Morgan" }).click();
  await page.getByLabel("Administrator").uncheck();
  await page.getByRole("button", { name: "Save roles" }).click();
  await expect(page.getByRole("alert")).toContainText("You cannot remove your own admin role");
  await expect(page.getByLabel("Administrator")).not.toBeChecked();
  await page.goto("/admin/people");
  await expect(page.getByRole("row", { name: /Alex Morgan/ })).toContainText("Administrator");
});

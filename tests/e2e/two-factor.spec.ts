import { expect, test } from "@playwright/test";
import { appCode, DEMO, expectAccessible, inviteStaff, setUpTwoFactor, signIn, signOut } from "./helpers";

test("an officer turns on two-factor sign-in, signs in with a code and with a recovery code, and an admin resets it", async ({ page, browser }) => {
  test.slow();
  await signIn(page, DEMO.admin);
  const name = `Tomos Ifan ${Date.now().toString(36)}`;
  const officer = await inviteStaff(page, browser, { name, role: "Engagement officer" });
  const me = officer.page;

  await me.getByRole("link", { name: "Set up two-factor sign-in" }).click();
  await expect(me.getByRole("heading", { name: "Two-factor sign-in" })).toBeVisible();
  await expectAccessible(me);
  const { key, codes } = await setUpTwoFactor(me);
  await expect(me.getByText("You have 10 recovery codes left.")).toBeVisible();

  // Signing in now asks for the code before anything else.
  await signOut(me);
  await me.goto("/sign-in?redirectTo=%2Fmanage");
  await me.getByLabel("Email address").fill(officer.email);
  await me.getByLabel("Password", { exact: true }).fill(officer.password);
  await me.getByRole("button", { name: "Sign in" }).click();
  await expect(me.getByRole("heading", { name: "Enter your security code" })).toBeVisible();
  await expect(me.getByRole("link", { name: "Your account" })).toHaveCount(0);
  await expectAccessible(me);
  await me.getByRole("button", { name: "Sign in" }).click();
  await expect(me.getByRole("alert")).toContainText("Enter the code from your authenticator app");
  await me.getByLabel("Security code").fill("000000");
  await me.getByRole("button", { name: "Sign in" }).click();
  await expect(me.getByRole("alert")).toContainText("That code is not right");
  await expectAccessible(me);
  await me.getByLabel("Security code").fill(appCode(key, 1));
  await me.getByRole("button", { name: "Sign in" }).click();
  await expect(me.getByRole("heading", { name: "Manage" })).toBeVisible();

  // A lost phone: a recovery code signs in once.
  await signOut(me);
  await me.goto("/sign-in");
  await me.getByLabel("Email address").fill(officer.email);
  await me.getByLabel("Password", { exact: true }).fill(officer.password);
  await me.getByRole("button", { name: "Sign in" }).click();
  await me.getByText("I cannot use my authenticator app").click();
  await expect(me.getByText("Type one of the recovery codes you saved")).toBeVisible();
  await me.getByLabel("Security code").fill(codes[0]!.toUpperCase());
  await me.getByRole("button", { name: "Sign in" }).click();
  await expect(me.getByText("You used a recovery code. You have 9 left.")).toBeVisible();
  await expectAccessible(me);
  // Two forms ask for a code here; a wrong one is reported against the form it was typed in.
  const newCodes = me.locator("form", { has: me.getByRole("button", { name: "Make new recovery codes" }) });
  await newCodes.getByLabel("Security code").fill("000000");
  await newCodes.getByRole("button", { name: "Make new recovery codes" }).click();
  await expect(me.getByRole("alert")).toContainText("That code is not right");
  await me
    .getByRole("alert")
    .getByRole("link", { name: /That code is not right/ })
    .click();
  await expect(newCodes.getByLabel("Security code")).toBeFocused();
  await expect(
    me.locator("form", { has: me.getByRole("button", { name: "Turn off two-factor sign-in" }) }).locator(".govuk-error-message"),
  ).toHaveCount(0);
  await expectAccessible(me);

  // And with no codes left, an admin resets it: the officer is signed out, and signs in with their password alone.
  await page.goto("/admin/people");
  await page.getByRole("link", { name }).click();
  await expect(page.getByText(/^On since/)).toBeVisible();
  await page.getByRole("button", { name: "Reset two-factor sign-in" }).click();
  await expect(page.getByText("Their two-factor sign-in is reset")).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: /^Off$/ })).toBeVisible();
  await expectAccessible(page);
  await me.goto("/manage");
  await expect(me).toHaveURL(/\/sign-in\?redirectTo=%2Fmanage/);
  await signIn(me, officer.email, officer.password);
  await me.goto("/account");
  await expect(me.getByRole("link", { name: "Set up two-factor sign-in" })).toBeVisible();
  await officer.context.close();
});

test("a member has no two-factor page, and the code page needs a password first", async ({ page }) => {
  await page.goto("/sign-in/code");
  await expect(page).toHaveURL(/\/sign-in$/);
  await signIn(page, DEMO.member);
  const refused = await page.goto("/account/two-factor");
  expect(refused?.status()).toBe(403);
  await expect(page.getByText("Two-factor sign-in is for staff")).toBeVisible();
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Two-factor sign-in" })).toHaveCount(0);
});

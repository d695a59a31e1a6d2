import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, inviteStaff, setUpTwoFactor, signIn } from "../helpers";

// The area asks all staff for two-factor sign-in. This journey runs alone, after every other, as
// every other signs in as staff with a password alone; it turns the setting off again at the end.
test("where the area requires it, staff set up two-factor sign-in before any staff page", async ({ page, browser }) => {
  test.slow();
  await signIn(page, DEMO.admin);
  const admin = await inviteStaff(page, browser, { name: `Gwen Admin ${Date.now().toString(36)}`, role: "Administrator" });
  const officer = await inviteStaff(page, browser, { name: `Rhys Officer ${Date.now().toString(36)}`, role: "Engagement officer" });

  const settings = admin.page;
  try {
    await settings.goto("/admin/settings");
    await settings.getByLabel("Staff must use two-factor sign-in").check();
    await settings.getByRole("button", { name: "Save settings" }).click();
    // The admin who turned it on is the first asked.
    await expect(settings).toHaveURL(/\/account\/two-factor\?required=1/);
    await expect(settings.getByText("Your area asks everyone who works with people's details")).toBeVisible();
    await expectAccessible(settings);
    await setUpTwoFactor(settings);
    // Codes saved, they are back on the page they were going to.
    await expect(settings).toHaveURL(/\/admin\/settings$/);
    await expect(settings.getByLabel("Staff must use two-factor sign-in")).toBeChecked();

    // An officer signed in with a password alone reaches no staff page until they set it up.
    const me = officer.page;
    await me.goto("/manage/suggestions");
    await expect(me).toHaveURL(/\/account\/two-factor\?required=1/);
    await setUpTwoFactor(me);
    await expect(me.getByRole("heading", { name: "Suggestions to triage" })).toBeVisible();
    await me.goto("/account/two-factor");
    await expect(me.getByText("You have 10 recovery codes left.")).toBeVisible();
    await expect(me.getByText("it cannot be turned off")).toBeVisible();
    await expect(me.getByRole("button", { name: "Turn off two-factor sign-in" })).toHaveCount(0);
    // Members are not asked.
    const member = await browser.newPage();
    await signIn(member, DEMO.member);
    await member.goto("/account");
    await expect(member.getByRole("heading", { name: "Your account", exact: true })).toBeVisible();
    await member.close();
  } finally {
    await settings.goto("/admin/settings");
    await settings.getByLabel("Staff must use two-factor sign-in").uncheck();
    await settings.getByRole("button", { name: "Save settings" }).click();
    await expect(settings.getByText("Settings saved")).toBeVisible();
  }
  await admin.context.close();
  await officer.context.close();
});

import { expect, test } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, expectAccessible, linkFromEmail, signIn, signOut, signUpAndConfirm, uniqueEmail } from "./helpers";

test("a parent signs up, confirms their email and chooses a password, signs out and signs in", async ({ page, context }) => {
  // A long journey: on a busy machine it gets three times the usual minute.
  test.slow();
  const email = uniqueEmail("parent");
  await page.goto("/");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Create an account" }).click();
  await expect(page.getByRole("heading", { name: "Create an account" })).toBeVisible();
  await expectAccessible(page);

  // Mistakes first: each is explained beside its field and in the summary.
  await page.getByLabel("Your name").fill("Rachel Evans");
  await page.getByLabel("Email address").fill("rachel at example");
  await page.getByRole("button", { name: "Create account" }).click();
  const summary = page.getByRole("alert");
  await expect(summary).toContainText("There is a problem");
  await expect(summary).toContainText("Enter an email address in the correct format");
  await expect(summary).toContainText("Tell us how old you are");
  await expect(page.getByLabel("Your name")).toHaveValue("Rachel Evans");
  await expectAccessible(page);

  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("18 or over").check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expectAccessible(page);

  // No password exists until the address is confirmed: the confirmation link is where it is chosen.
  const confirm = await linkFromEmail(context, email, "Confirm your email address", "/password/");
  await page.goto(confirm);
  await expect(page.getByRole("heading", { name: "Confirm your account" })).toBeVisible();
  await expect(page.getByLabel("Your name")).toHaveValue("Rachel Evans");
  await expect(page.getByLabel("18 or over")).toBeChecked();
  await expectAccessible(page);
  await page.getByLabel("Create a password").fill("password123");
  await page.getByLabel("Type it again").fill("password123");
  await page.getByRole("button", { name: "Confirm and create account" }).click();
  await expect(page.getByRole("alert")).toContainText("Your password is too easy to guess");
  await expectAccessible(page);
  await page.getByLabel("Create a password").fill("purple kettle river");
  await page.getByLabel("Type it again").fill("purple kettle river");
  await page.getByRole("button", { name: "Confirm and create account" }).click();
  await expect(page.getByText("Your password has been saved and you are signed in.")).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await expectAccessible(page);
  await signOut(page);
  // The link works once.
  await page.goto(confirm);
  await expect(page.getByText("This link has already been used.")).toBeVisible();

  await signIn(page, email, "purple kettle river");
  await page.getByRole("link", { name: "Your account" }).click();
  await expect(page.getByRole("heading", { name: "Your account", exact: true })).toBeVisible();
  await signOut(page);
  await expectAccessible(page);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Faccount/);
});

test("signing up with an email that has an account says the same, changes nothing and tells the owner", async ({ page, context }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Not Rachel");
  await page.getByLabel("Email address").fill(DEMO.member);
  await page.getByLabel("18 or over").check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await linkFromEmail(context, DEMO.member, "You already have an account", "/forgot-password");
  // The original password still works.
  await signIn(page, DEMO.member, DEMO_PASSWORD);
});

test("a wrong password gets one message that does not say which part was wrong", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(DEMO.member);
  await page.getByLabel("Password", { exact: true }).fill("not the password at all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toContainText("Enter a correct email address and password");
  await expect(page.getByLabel("Email address")).toHaveValue(DEMO.member);
  await expectAccessible(page);
});

test("a forgotten password is reset by an emailed link that works once", async ({ page, context }) => {
  const email = uniqueEmail("reset");
  // An account to reset, made through the invite-free route: sign up and confirm.
  await signUpAndConfirm(page, { name: "Tom Bennett", email, age: "18 or over", password: "first long phrase" });
  await signOut(page);

  await page.goto("/sign-in");
  await page.getByRole("link", { name: "I have forgotten my password" }).click();
  await expectAccessible(page);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  const link = await linkFromEmail(context, email, "Reset your password", "/password/");
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("New password").fill("second long phrase");
  await page.getByLabel("Type it again").fill("second long phrase typo");
  await page.getByRole("button", { name: "Save password" }).click();
  await expect(page.getByRole("alert")).toContainText("The passwords do not match");
  await page.getByLabel("New password").fill("second long phrase");
  await page.getByLabel("Type it again").fill("second long phrase");
  await page.getByRole("button", { name: "Save password" }).click();
  await expect(page.getByText("Your password has been saved and you are signed in.")).toBeVisible();
  await signOut(page);

  await page.goto(link);
  await expect(page.getByText("This link has already been used.")).toBeVisible();
  await signIn(page, email, "second long phrase");
});

test("a person signs in with a one-time emailed link", async ({ page, context }) => {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Email me a link to sign in instead" }).click();
  await expectAccessible(page);
  await page.getByLabel("Email address").fill(DEMO.youngPerson);
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  const link = await linkFromEmail(context, DEMO.youngPerson, "Your sign-in link", "/sign-in/link/");
  await page.goto(link);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Continue to sign in" }).click();
  await expect(page.getByRole("heading", { name: "Your account", exact: true })).toBeVisible();
  await signOut(page);

  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This sign-in link does not work" })).toBeVisible();
  await expect(page.getByText("This link has already been used.")).toBeVisible();
  await page.goto("/sign-in/link/made-up-token");
  await expect(page.getByText("This link is not valid.")).toBeVisible();
});

test("signing out of every device ends the other sessions too", async ({ browser, page }) => {
  const email = DEMO.otherMember;
  await signIn(page, email);
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, email);

  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out of every device" }).click();
  await expect(page.getByRole("heading", { name: "You have signed out" })).toBeVisible();
  await otherPage.goto("/account");
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await other.close();
});

import { expect, test } from "@playwright/test";
import { emailText, expectAccessible, firstLink, signUpAndConfirm, uniqueEmail } from "./helpers";

test("an under-13 cannot make an account, and is shown other ways to have their say", async ({ page, context }) => {
  const email = uniqueEmail("child");
  await page.goto("/sign-up");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("alert")).toContainText("Tell us how old you are");
  await expectAccessible(page);
  await page.getByLabel("Your name").fill("Ava Small");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Under 13").check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "You need to be 13 or over to have an account" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Tell us your idea without an account" })).toBeVisible();
  await expectAccessible(page);
  // No account was made: signing in fails and no confirmation email was sent.
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("purple kettle river");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toBeVisible();
  const mailbox = await context.newPage();
  await mailbox.goto("/dev/mailbox");
  await expect(mailbox.getByText(`To ${email}`)).toHaveCount(0);
});

test("a 13 to 17 year old's name never appears on the charter, even if the form is tampered with", async ({ page, context, baseURL }) => {
  const email = uniqueEmail("teen");
  const name = `Kai Teen ${Date.now().toString(36)}`;
  await signUpAndConfirm(page, { name, email, age: "13 to 17" });

  await page.goto("/charter/sign");
  await expect(page.getByText("your name is not shown on the charter page, because you are under 18")).toBeVisible();
  await expect(page.getByLabel("Show my name and organisation on the charter page")).toHaveCount(0);
  await expectAccessible(page);
  // A hand-made post asking to be listed, as a professional, is still not listed.
  await page.request.post("/charter/sign", {
    headers: { Origin: baseURL! },
    form: { name, email, kind: "professional", organisation: "", listPublicly: "yes", agree: "yes" },
  });
  await page.goto(firstLink(await emailText(context, email, "Confirm you are signing the co-production charter"), "/charter/confirm/"));
  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page.getByRole("heading", { name: "Thank you for signing" })).toBeVisible();
  for (const path of ["/charter", "/charter/evidence", "/you-said-we-did", "/events", "/reviews", "/surveys"]) {
    await page.goto(path);
    expect(await page.locator("main").textContent()).not.toContain(name);
  }
  await page.goto("/tell-us");
  await expect(page.getByLabel("Email address")).toHaveValue("");
});

import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, signIn, signOut, signUpAndConfirm, textTo, uniqueEmail } from "./helpers";

/** The bytes of the test server's database file and its write-ahead log. */
function databaseBytes(): string {
  const file = path.resolve(".cache/e2e/coproduce.db");
  return [file, `${file}-wal`]
    .filter((f) => fs.existsSync(f))
    .map((f) => fs.readFileSync(f).toString("latin1"))
    .join("");
}

test("a member downloads everything held about them, then deletes their account: nothing of who they are is left in the database file", async ({
  page,
}) => {
  const email = uniqueEmail("leaver");
  const name = `Orla Leaver${Date.now().toString(36)}`;
  const words = `Please keep the ${Date.now().toString(36)} sensory room open after school.`;
  await signUpAndConfirm(page, { name, email, age: "18 or over" });
  await page.goto("/tell-us");
  await page.getByLabel("Your suggestion").fill(words);
  await page.getByLabel("Parent or carer").check();
  await page.getByLabel("Your name (optional)").fill(name);
  await page.getByLabel("I agree").check();
  await page.getByRole("button", { name: "Send suggestion" }).click();
  await expect(page.getByRole("heading", { name: "Thank you, we have your suggestion" })).toBeVisible();

  await page.goto("/account");
  await page.getByRole("link", { name: "See and download everything we hold about you" }).click();
  await expect(page.getByRole("heading", { name: "Your data" })).toBeVisible();
  await expect(page.getByText(words)).toBeVisible();
  await expectAccessible(page);
  const file = JSON.parse(await (await page.request.get("/account/your-data.json")).text()) as {
    account: { email: string }[];
    suggestions: { yourWords: string }[];
  };
  expect(file.account[0].email).toBe(email);
  expect(file.suggestions.map((s) => s.yourWords)).toEqual([words]);

  await page.getByRole("link", { name: "Delete your account" }).click();
  await expect(page.getByRole("heading", { name: "Delete your account" })).toBeVisible();
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByRole("alert")).toContainText("Tick the box to confirm");
  await expectAccessible(page);
  await page.getByLabel("Yes, delete my account and erase my details").check();
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByRole("heading", { name: "Your account has been deleted" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expectAccessible(page);

  const bytes = databaseBytes();
  expect(bytes).toContain(words); // what they said stays, anonymised
  expect(bytes).not.toContain(email);
  expect(bytes).not.toContain(name);
});

test("an officer handles a request made by phone: finds the person, downloads their data and erases them", async ({ page }) => {
  const email = uniqueEmail("caller");
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Pat Caller");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("18 or over").check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  await signIn(page, DEMO.officer);
  await page.goto("/manage/data-requests");
  await expectAccessible(page);
  await page.getByLabel("Their email address").fill("nobody-here@example.org");
  await page.getByRole("button", { name: "Find" }).click();
  await expect(page.getByText("No account uses that email address.")).toBeVisible();
  await page.getByLabel("Their email address").fill(DEMO.officer);
  await page.getByRole("button", { name: "Find" }).click();
  await expect(page.getByText("This is a staff account")).toBeVisible();
  await page.getByLabel("Their email address").fill(email);
  await page.getByRole("button", { name: "Find" }).click();
  await expect(page.getByRole("heading", { name: "Pat Caller" })).toBeVisible();
  const href = await page.getByRole("link", { name: "Download their data (JSON)" }).getAttribute("href");
  expect(await (await page.request.get(href!)).text()).toContain(email);
  await page.getByRole("button", { name: "Erase account" }).click();
  await expect(page.getByRole("alert")).toContainText("Say how the request was made");
  await expectAccessible(page);
  await page.getByLabel("How was the request made?").fill("Phone call on 23 November; identity checked with their address.");
  await page.getByLabel("Erase Pat Caller’s details and cancel their future bookings").check();
  await page.getByRole("button", { name: "Erase account" }).click();
  await expect(page.getByText("The account has been erased.")).toBeVisible();
  await page.goto(`/manage/data-requests?email=${encodeURIComponent(email)}`);
  await expect(page.getByText("No account uses that email address.")).toBeVisible();
  await signOut(page);

  await signIn(page, DEMO.admin);
  await page.goto("/admin/audit?q=Phone+call+on+23+November");
  await expect(page.getByRole("cell", { name: /^erase users:/ })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Priya Shah" }).filter({ hasText: "erase" })).toHaveCount(1);
  await expectAccessible(page);
});

test("a member chooses how they are contacted, in one place", async ({ page }) => {
  await signIn(page, DEMO.member);
  await page.goto("/account");
  await page.getByRole("link", { name: "Choose how we contact you" }).click();
  await expect(page.getByRole("heading", { name: "How we contact you" })).toBeVisible();
  await expectAccessible(page);
  await expect(page.getByLabel("Updates on my suggestions")).toBeChecked();
  await expect(page.getByLabel("New surveys")).not.toBeChecked();
  await page.getByLabel("New surveys").check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved. We will contact you only about what you have chosen, the way you chose.")).toBeVisible();
  await expect(page.getByLabel("New surveys")).toBeChecked();
  await page.getByLabel("New surveys").uncheck();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByLabel("New surveys")).not.toBeChecked();
});

test("a member chooses text messages: their next suggestion is acknowledged by text", async ({ page }) => {
  test.slow();
  await signUpAndConfirm(page, { name: "Tomos Text", email: uniqueEmail("texter"), age: "18 or over" });
  await page.goto("/account/contact");
  await expect(page.getByLabel("Email", { exact: true })).toBeChecked();
  await page.getByLabel("Text message", { exact: true }).check();
  await page.getByLabel("UK mobile number").fill("020 7946 0000");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("link", { name: "Enter a UK mobile number, like 07400 123456" })).toBeVisible();
  await expectAccessible(page);
  const phone = `07400${String(Math.floor(Math.random() * 1e6)).padStart(6, "0")}`;
  await page.getByLabel("UK mobile number").fill(phone);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved. We will contact you only about what you have chosen, the way you chose.")).toBeVisible();
  await expect(page.getByLabel("Text message", { exact: true })).toBeChecked();
  await expect(page.getByLabel("UK mobile number")).toHaveValue(`+44${phone.slice(1)}`);

  // Tell us offers the way they chose, already filled in.
  await page.goto("/tell-us");
  await expect(page.getByLabel("Text message", { exact: true })).toBeChecked();
  await page.getByLabel("Your suggestion").fill("The school nurse should text parents after a seizure at school.");
  await page.getByLabel("Parent or carer").check();
  await page.getByLabel("I agree").check();
  await page.getByRole("button", { name: "Send suggestion" }).click();
  const reference = (await page.locator(".govuk-panel__body strong").textContent())!.trim();
  expect((await textTo(phone, reference)).body).toContain(`we have your suggestion ${reference}`);
});

import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, signIn, changeSuggestionStatus } from "./helpers";

// A parent who reads letters, not screens: the update is printed in a PDF officers post in a
// window envelope, and marked posted.

test("a parent chooses a letter; an officer prints the waiting letters as one PDF and marks them posted", async ({ page, browser }) => {
  test.slow();
  const marker = Date.now().toString(36);
  await page.goto("/tell-us");
  await page.getByLabel("Your suggestion").fill(`Letters ${marker}: the hydrotherapy pool timetable is only on the website.`);
  await page.getByLabel("Parent or carer").check();
  await page.getByLabel("Letter by post").check();
  await page.getByLabel("Address", { exact: true }).fill("4 Orchard Close\nNailsea");
  await page.getByLabel("Postcode").fill("BS48");
  await page.getByLabel("I agree").check();
  await page.getByRole("button", { name: "Send suggestion" }).click();
  await expect(page.getByRole("link", { name: "Give your name, so we know who to write to" })).toBeVisible();
  await page.getByLabel("Your name (optional)").fill("Hana Letter");
  await page.getByRole("button", { name: "Send suggestion" }).click();
  await expect(page.getByRole("link", { name: "Enter a full UK postcode, like BS23 1UJ" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Postcode").fill("bs48 1ab");
  await page.getByRole("button", { name: "Send suggestion" }).click();
  const reference = (await page.locator(".govuk-panel__body strong").textContent())!.trim();

  const officerContext = await browser.newContext();
  const officer = await officerContext.newPage();
  await signIn(officer, DEMO.officer);
  await changeSuggestionStatus(officer, reference, "Done", { outcome: `The pool timetable is now printed at every library (${marker}).` });

  await officer.goto("/manage");
  await officer.getByRole("link", { name: "Letters to post" }).click();
  await expect(officer.getByText(new RegExp(`^${reference}, postcode BS48 1AB, since`))).toBeVisible();
  await expectAccessible(officer);
  const href = (await officer.getByRole("link", { name: "Download these letters to print (PDF)" }).getAttribute("href"))!;
  const pdf = await officer.request.get(href);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["cache-control"]).toBe("private, no-store");
  const bytes = await pdf.body();
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  // One page for each letter listed.
  const listed = await officer.locator(".govuk-list--bullet li").count();
  expect((bytes.toString("latin1").match(/\/Type \/Page\b/g) ?? []).length).toBe(listed);
  await officer.getByRole("button", { name: "Mark these letters as posted" }).click();
  await expect(officer.getByText(/letters? marked as posted\./)).toBeVisible();
  await expect(officer.getByRole("heading", { name: "No letters waiting" })).toBeVisible();
  await expect(officer.getByText(/posted .* by Priya Shah$/).first()).toBeVisible();
  await officerContext.close();
});

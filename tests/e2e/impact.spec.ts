import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, signIn } from "./helpers";

const SHORT_BREAKS =
  "Holiday activities for disabled children fill up too quickly, and families near the border cannot use schemes in neighbouring areas.";

test("a visitor who switches to easy read sees the easy-read outcome, and the standard one otherwise", async ({ page }) => {
  await page.goto("/you-said-we-did?q=holiday+activities");
  await page.getByRole("link", { name: SHORT_BREAKS }).click();
  await expect(page.getByRole("heading", { name: `You said: ${SHORT_BREAKS}` })).toBeVisible();
  const outcome = page.locator(".app-outcome");
  await expect(outcome).toContainText("We changed how short breaks are booked: places open two weeks before each holiday");
  await expect(outcome).not.toContainText("We keep some places");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Switch to easy read" }).click();
  await expect(page.getByRole("button", { name: "Switch to standard wording" })).toBeVisible();
  await expect(outcome).toContainText("We keep some places for families who have not had a break yet.");
  await expect(outcome).not.toContainText("places open two weeks before each holiday");
  await expectAccessible(page);
  // The board follows the same choice.
  await page.goto("/you-said-we-did?q=holiday+activities");
  await expect(page.locator("article", { hasText: SHORT_BREAKS })).toContainText("We changed how you book short breaks.");

  await page.getByRole("button", { name: "Switch to standard wording" }).click();
  await expect(page.locator("article", { hasText: SHORT_BREAKS })).toContainText("places open two weeks before each holiday");
});

test("an officer writes an easy-read outcome where one is missing, guided by its reading age", async ({ page }) => {
  await signIn(page, DEMO.officer);
  await page.goto("/manage/suggestions");
  await page.getByRole("link", { name: /^Show (it|them)$/ }).click();
  await expect(page.getByText("Showing published outcomes with no easy-read version.")).toBeVisible();
  await expectAccessible(page);
  const row = page.getByRole("row").filter({ hasText: "No easy read" }).first();
  await row.getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Easy-read outcome" })).toBeVisible();
  await expect(page.getByTestId("reading-age-outcomeEasyRead")).toHaveText(/write something/);

  const field = page.getByLabel("The same outcome in easy read");
  await field.fill("The arrangements have been comprehensively reconsidered following extensive consultation with stakeholders.");
  await expect(page.getByTestId("reading-age-outcomeEasyRead")).toContainText("aim for 9 or under");
  await field.fill("We looked at this again.\nWe listened to you.");
  await expect(page.getByTestId("reading-age-outcomeEasyRead")).toContainText("Good for easy read.");
  await page.getByRole("button", { name: "Save easy-read outcome" }).click();
  await expect(page.getByText("Easy-read outcome saved.")).toBeVisible();
  await expect(page.getByLabel("The same outcome in easy read")).toHaveValue("We looked at this again.\nWe listened to you.");
  await expectAccessible(page);

  // Too long: a clear message, and what was typed is kept.
  await page.getByLabel("The same outcome in easy read").fill("x".repeat(3001));
  await page.getByRole("button", { name: "Save easy-read outcome" }).click();
  await expect(page.getByRole("alert")).toContainText("Easy-read outcome must be 3,000 characters or fewer");
  await expect(page.getByLabel("The same outcome in easy read")).toHaveValue("x".repeat(3001));
});

test("an officer sets how far families are involved in a strategy action, and the public page says so", async ({ page, browser, baseURL }) => {
  await signIn(page, DEMO.officer);
  await page.goto("/manage/strategy");
  await page
    .getByRole("link", { name: /^4\.2 / })
    .first()
    .click();
  // The strategy page has the same question in its "add an action" form: wait for the action's own page.
  await expect(page.getByRole("heading", { name: "Action 4.2" })).toBeVisible();
  await page.getByRole("group", { name: "How far are families involved?" }).getByLabel("Co-design", { exact: true }).check();
  await page.getByRole("button", { name: "Save action" }).click();
  await expect(page.getByText("Action saved.")).toBeVisible();
  await expect(page.getByRole("group", { name: "How far are families involved?" }).getByLabel("Co-design", { exact: true })).toBeChecked();
  await expectAccessible(page);
  const actionPath = (await page.getByRole("link", { name: "See the public page" }).getAttribute("href"))!;

  const visitor = await (await browser.newContext({ baseURL })).newPage();
  await visitor.goto(actionPath);
  await expect(visitor.locator("strong.govuk-tag", { hasText: "Co-design" })).toBeVisible();
  await expect(visitor.getByText("We design it together with you, and you help decide.")).toBeVisible();
  await visitor.goto("/strategy");
  await expect(
    visitor
      .getByRole("row")
      .filter({ hasText: /^4\.2 / })
      .first(),
  ).toContainText("Families involved: co-design");
  await expectAccessible(visitor);
});

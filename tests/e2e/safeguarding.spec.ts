import { expect, test } from "@playwright/test";
import { DEMO, emailText, expectAccessible, firstLink, signIn } from "./helpers";

const LEAD = "safeguarding.lead@northsomerset.example";

test("a survey answer with a safeguarding phrase is held back, the lead gets a link without the words, and records what was done", async ({
  page,
  browser,
  baseURL,
  context,
}) => {
  const marker = `otter${Date.now().toString(36)}`;
  const words = `I am not safe at home since ${marker} moved in.`;

  // A young person answers the open demo survey.
  const visitorContext = await browser.newContext({ baseURL });
  const visitor = await visitorContext.newPage();
  await visitor.goto("/surveys");
  await visitor.getByRole("link", { name: "Growing up: what do you need to get ready for adulthood?" }).click();
  await expect(visitor.getByRole("heading", { name: "Growing up: what do you need to get ready for adulthood?" })).toBeVisible();
  const surveyPath = new URL(visitor.url()).pathname;
  await visitor.getByRole("button", { name: "Start now" }).click();
  await visitor.getByLabel("A child or young person").check();
  await visitor.getByLabel("What would make the move to adult services easier for you? (optional)").fill(words);
  await visitor.getByRole("button", { name: "Save and check your answers" }).click();
  await visitor.getByRole("button", { name: "Send my answers" }).click();
  const reference = (await visitor.locator(".govuk-panel__body strong").textContent())!.trim();
  await visitorContext.close();

  const alert = await emailText(context, LEAD, `Safeguarding concern: A survey answer (${reference})`);
  expect(alert).not.toContain(marker);
  expect(alert).not.toContain("not safe at home");

  // Officers see a banner, the concern, and the answer held back where it was written.
  await signIn(page, DEMO.officer);
  await page.goto("/manage");
  await expect(page.getByText(/possible safeguarding concerns? (is|are) waiting/)).toBeVisible();
  await page.goto(firstLink(alert, "/manage/surveys/").replace(/^https?:\/\/[^/]+/, ""));
  const answer = page.locator("li").filter({ hasText: marker });
  await expect(answer.getByText("Held back: possible safeguarding concern")).toBeVisible();
  await expect(answer.getByRole("button", { name: /Turn into a suggestion/ })).toHaveCount(0);
  await expectAccessible(page);

  // Published results never carry the words.
  await page.goto(surveyPath.replace("/surveys/", "/manage/surveys/"));
  await page.getByRole("button", { name: "Publish the results" }).click();
  await expect(page.getByText("The results are published.")).toBeVisible();
  const publicResults = await browser.newContext({ baseURL });
  const reader = await publicResults.newPage();
  await reader.goto(`${surveyPath}/results`);
  await expect(reader.getByRole("heading", { name: /Growing up/ })).toBeVisible();
  expect(await reader.content()).not.toContain(marker);
  await publicResults.close();

  await page.goto("/manage/safeguarding");
  await expectAccessible(page);
  const card = page.locator("section").filter({ hasText: `A survey answer (${reference})` });
  await expect(card.getByText("automatically (matched “not safe at home”)")).toBeVisible();
  await card.getByRole("button", { name: "Record what was done" }).click();
  await expect(page.getByRole("alert")).toContainText("Say what you did about this concern");
  await expectAccessible(page);
  await page
    .locator("section")
    .filter({ hasText: `A survey answer (${reference})` })
    .getByLabel("What did you do?")
    .fill("Passed to the children's services front door the same day.");
  await page
    .locator("section")
    .filter({ hasText: `A survey answer (${reference})` })
    .getByRole("button", { name: "Record what was done" })
    .click();
  await expect(page.getByText("What you did has been recorded.")).toBeVisible();
  await expect(
    page
      .locator("section")
      .filter({ hasText: `A survey answer (${reference})` })
      .getByText("Dealt with"),
  ).toBeVisible();
});

test("an officer can flag a review comment by hand; it never reaches the public page", async ({ page }) => {
  await signIn(page, DEMO.officer);
  await page.goto("/manage/reviews");
  await page.getByRole("link", { name: "Turning 18: a guide for young people with SEND" }).click();
  await page.getByRole("link", { name: "Review of version 1" }).click();
  const comment = page.locator("article").filter({ hasText: "Put the phone numbers in here." });
  await comment.getByRole("button", { name: /Flag as a safeguarding concern/ }).click();
  await expect(page.getByText("The comment is held back and the safeguarding contact has been emailed a link.")).toBeVisible();
  await expect(
    page.locator("article").filter({ hasText: "Put the phone numbers in here." }).getByText("Held back: possible safeguarding concern"),
  ).toBeVisible();
  await page.goto("/reviews");
  await page.getByRole("link", { name: "Turning 18: a guide for young people with SEND" }).click();
  await expect(page.getByText("Add phone numbers for each service.")).toHaveCount(0);
  await expect(page.getByText("Say when an EHC plan can end.")).toBeVisible();
});

import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, signIn } from "./helpers";

test("an officer sets how far families are involved in an event, and it shows publicly in words", async ({ page, browser, baseURL }) => {
  await signIn(page, DEMO.officer);
  await page.goto("/manage/events");
  await page.getByRole("link", { name: "Online coffee morning: preparing for adulthood" }).first().click();
  await expect(page.getByRole("group", { name: "How far are families involved?" })).toBeVisible();
  await page.getByRole("group", { name: "How far are families involved?" }).getByLabel("Consult", { exact: true }).check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("group", { name: "How far are families involved?" }).getByLabel("Consult", { exact: true })).toBeChecked();
  await expectAccessible(page);
  const eventPath = new URL(page.url()).pathname.replace("/manage", "");

  const visitorContext = await browser.newContext({ baseURL });
  const visitor = await visitorContext.newPage();
  await visitor.goto(eventPath);
  await expect(visitor.getByText("We ask for your views and take them into account before we decide.")).toBeVisible();
  await expect(visitor.locator("strong.govuk-tag", { hasText: "Consult" })).toBeVisible();
  await expectAccessible(visitor);
  await visitor.goto("/reviews");
  await visitor.getByRole("link", { name: "Turning 18: a guide for young people with SEND" }).click();
  await expect(visitor.getByText("We work with you through the process, and your views shape the options.")).toBeVisible();
  await visitorContext.close();
});

import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, signIn, signOut } from "./helpers";

test("every officer action in a journey leaves its audit entry, which an admin can search and download", async ({ page }) => {
  const marker = `kestrel${Date.now().toString(36)}`;
  await signIn(page, DEMO.officer);
  await page.goto("/manage/topics");
  await page.getByLabel("Add a topic").fill(`Topic ${marker}`);
  await page.getByRole("button", { name: "Add topic" }).click();
  await expect(page.getByText(`Topic ${marker}`).first()).toBeVisible();
  await page.goto("/manage/surveys");
  await page.getByLabel("Title").fill(`Survey ${marker}`);
  await page.getByRole("button", { name: "Create survey" }).click();
  await expect(page.getByText("Survey created.")).toBeVisible();
  const surveyId = new URL(page.url()).pathname.split("/").pop()!;
  await page.getByLabel("Add a page").fill(`Page ${marker}`);
  await page.getByRole("button", { name: "Add page" }).click();
  await expect(page.getByRole("heading", { name: `Page 2: Page ${marker}` })).toBeVisible();
  expect((await page.request.get(`/manage/surveys/${surveyId}/responses.csv`)).ok()).toBe(true);
  await signOut(page);

  // Officers cannot read the trail; admins can.
  await signIn(page, DEMO.officer);
  expect((await page.goto("/admin/audit"))!.status()).toBe(403);
  await signOut(page);
  await signIn(page, DEMO.admin);
  await page.goto("/admin/audit");
  await expectAccessible(page);
  await page.getByLabel("Containing").fill(marker);
  await page.getByRole("button", { name: "Search" }).click();
  for (const record of [/^insert topics:\d+$/, /^insert surveys:\d+$/, /^insert survey_pages:\d+$/]) {
    await expect(
      page
        .getByRole("row")
        .filter({ has: page.getByRole("cell", { name: record }) })
        .filter({ hasText: "Priya Shah" }),
    ).toHaveCount(1);
  }
  await expect(page.getByText(`name: (empty) → Topic ${marker}`)).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Containing").fill(`survey-responses:${surveyId}`);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("cell", { name: `export survey-responses:${surveyId}` })).toBeVisible();
  const csv = await (await page.request.get(`/admin/audit.csv?q=${marker}`)).text();
  expect(csv.split("\n")[0]).toBe("When,Who,Action,Record,Before,After");
  expect(csv).toContain(`Topic ${marker}`);
});

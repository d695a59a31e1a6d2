import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, signIn, changeSuggestionStatus } from "./helpers";

// A parent who would rather hear from the forum than from the council: the forum's organisers see
// what to pass on, with only a first name and how to reach them, and mark it passed on.

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a parent chooses to hear through the forum; an organiser passes the news on and marks it", async ({ page, browser }) => {
    test.slow();
    const marker = Date.now().toString(36);
    await page.goto("/tell-us");
    await page.getByLabel("Your suggestion").fill(`Forum ${marker}: the portage visits stop without warning in the school holidays.`);
    await page.getByLabel("Parent or carer").check();
    await page.getByLabel("Through North Somerset Parent Carers Working Together").check();
    await page.getByLabel("How can the forum reach you?").fill(`Thursday coffee morning at Clevedon ${marker}`);
    await page.getByLabel("I agree").check();
    await page.getByRole("button", { name: "Send suggestion" }).click();
    await expect(page.getByRole("link", { name: "Give your first name, so the forum knows who to tell" })).toBeVisible();
    await page.getByLabel("Your name (optional)").fill("Grace Okoro");
    await page.getByRole("button", { name: "Send suggestion" }).click();
    const reference = (await page.locator(".govuk-panel__body strong").textContent())!.trim();

    const officerContext = await browser.newContext();
    const officer = await officerContext.newPage();
    await signIn(officer, DEMO.officer);
    await changeSuggestionStatus(officer, reference, "Under review", { note: `We are asking the portage team about cover (${marker}).` });
    await officerContext.close();

    const organiserContext = await browser.newContext();
    const organiser = await organiserContext.newPage();
    await signIn(organiser, "organiser@northsomerset.example");
    await organiser.goto("/manage/events");
    await organiser.getByRole("link", { name: "Updates to pass on" }).click();
    const update = organiser.locator("section").filter({ has: organiser.getByRole("heading", { name: `Grace, about ${reference}` }) });
    await expect(update.getByText(`Thursday coffee morning at Clevedon ${marker}`)).toBeVisible();
    await expect(update.getByText(`We are asking the portage team about cover (${marker}).`)).toBeVisible();
    expect(await organiser.content()).not.toContain("Okoro");
    expect(await organiser.content()).not.toContain("portage visits stop without warning");
    await update.getByRole("button", { name: `Mark as passed on to Grace about ${reference}` }).click();
    await expect(organiser.getByText("Marked as passed on.")).toBeVisible();
    await expect(organiser.getByRole("heading", { name: `Grace, about ${reference}` })).toHaveCount(0);
    await expect(organiser.getByText(new RegExp(`^Grace, ${reference}: passed on`))).toBeVisible();
    await organiserContext.close();

    // Checked with axe in a browser that runs it.
    const checker = await browser.newContext({ javaScriptEnabled: true });
    const checkPage = await checker.newPage();
    await signIn(checkPage, "organiser@northsomerset.example");
    await checkPage.goto("/manage/forum");
    await expectAccessible(checkPage);
    await checkPage.goto("/tell-us");
    await checkPage.getByLabel("Through North Somerset Parent Carers Working Together").check();
    await expect(checkPage.getByLabel("How can the forum reach you?")).toBeVisible();
    await expect(checkPage.getByLabel("UK mobile number")).toBeHidden();
    await expectAccessible(checkPage);
    await checker.close();
  });
});

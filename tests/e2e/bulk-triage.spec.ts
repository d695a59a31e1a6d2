import { expect, test, type Browser } from "@playwright/test";
import { DEMO, emailText, expectAccessible, firstLink, signIn, uniqueEmail } from "./helpers";

// An officer answers many suggestions in one step: everything matching a filter gets the same
// outcome, each contributor is emailed about their own suggestion and finds it on their tracking page.

async function tellUs(browser: Browser, topic: string, words: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = uniqueEmail("bulk");
  await page.goto("/tell-us");
  await page.getByLabel("Your suggestion").fill(words);
  await page.getByLabel("What is it about? (optional)").selectOption({ label: topic });
  await page.getByLabel("Parent or carer").check();
  await page.getByLabel("Email", { exact: true }).check();
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("I agree").check();
  await page.getByRole("button", { name: "Send suggestion" }).click();
  await expect(page.getByRole("heading", { name: "Thank you, we have your suggestion" })).toBeVisible();
  const reference = (await page.locator(".govuk-panel__body strong").textContent())!.trim();
  const trackLink = firstLink(await emailText(context, email, `We have your suggestion ${reference}`), "/track/");
  return { context, page, email, reference, trackLink };
}

for (const javaScript of [true, false]) {
  test(`an officer closes every suggestion matching a filter with one outcome, and each person is told (JavaScript ${javaScript ? "on" : "off"})`, async ({
    browser,
  }) => {
    test.slow();
    // axe runs in the page, so it checks the pages with JavaScript on.
    const check = javaScript ? expectAccessible : async () => {};
    const topic = `Bus passes ${javaScript ? "on" : "off"} ${Date.now().toString(36)}`;
    const officerContext = await browser.newContext({ javaScriptEnabled: javaScript });
    const officer = await officerContext.newPage();
    await signIn(officer, DEMO.officer);
    await officer.goto("/manage/topics");
    await officer.getByLabel("Add a topic").fill(topic);
    await officer.getByRole("button", { name: "Add topic" }).click();
    await expect(officer.getByRole("cell", { name: topic, exact: true })).toBeVisible();

    const people = [
      await tellUs(browser, topic, "Bus passes should arrive before term starts."),
      await tellUs(browser, topic, "Let us renew bus passes online."),
    ];

    // Nothing chosen: a clear message, nothing changed.
    await officer.goto("/manage/suggestions");
    await officer.getByLabel("Topic", { exact: true }).selectOption({ label: topic });
    await officer.getByRole("button", { name: "Show suggestions" }).click();
    await expect(officer.locator("caption")).toContainText("2 suggestions");
    await officer.getByLabel("Change their status, with one public note and outcome").check();
    await officer.getByRole("button", { name: "Apply to the chosen suggestions" }).click();
    await expect(officer.locator(".govuk-error-summary")).toContainText("Tick at least one suggestion, or choose all that match the filter");

    // Done needs an outcome: refused for both, and neither changes.
    await officer.getByLabel(/^All 2 that match the filter/).check();
    await officer.getByLabel("Change their status, with one public note and outcome").check();
    await officer.getByLabel("New status", { exact: true }).selectOption({ label: "Done" });
    await officer.getByRole("button", { name: "Apply to the chosen suggestions" }).click();
    await expect(officer.locator(".govuk-error-summary")).toContainText("nothing has been changed");
    await check(officer);

    await officer.getByLabel(/^All 2 that match the filter/).check();
    await officer.getByLabel("Change their status, with one public note and outcome").check();
    await officer.getByLabel("New status", { exact: true }).selectOption({ label: "Done" });
    await officer.getByLabel("Outcome (for done or not possible)").fill("Bus passes are now sent in July and can be renewed online.");
    await officer.getByRole("button", { name: "Apply to the chosen suggestions" }).click();
    await expect(officer.getByText("2 suggestions moved to done; 2 people will be emailed.")).toBeVisible();

    // Each person is emailed about their own suggestion and sees the outcome on their tracking page.
    for (const person of people) {
      await emailText(person.context, person.email, `Update on ${person.reference}`);
      await person.page.goto(person.trackLink);
      await expect(person.page.getByText("Bus passes are now sent in July and can be renewed online.")).toBeVisible();
    }
    await Promise.all([officerContext.close(), ...people.map((p) => p.context.close())]);
  });
}

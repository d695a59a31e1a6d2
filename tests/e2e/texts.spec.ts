import { expect, test } from "@playwright/test";
import { DEMO, FAKE_NOTIFY, expectAccessible, signIn, textTo, uniqueEmail, changeSuggestionStatus } from "./helpers";
import { demoIds } from "./routes";

// A parent who never reads email hears back by text message, through GOV.UK Notify (a local server
// that speaks its API): a receipt, each update with a short link to their own view, and officers
// told while texts cannot go out.

test("a parent chooses text messages: the receipt and each update come by text, each with a short link to their own view", async ({
  browser,
  page,
}) => {
  test.slow();
  const phone = `07400${String(Math.floor(Math.random() * 1e6)).padStart(6, "0")}`;
  const marker = Date.now().toString(36);
  await page.goto("/tell-us");
  await page.getByLabel("Your suggestion").fill(`Texts ${marker}: the speech therapy service should text reminders, I never see emails.`);
  await page.getByLabel("Parent or carer").check();
  await page.getByLabel("Text message", { exact: true }).check();
  await page.getByLabel("UK mobile number").fill("01632 960000");
  await page.getByLabel("I agree").check();
  await page.getByRole("button", { name: "Send suggestion" }).click();
  await expect(page.getByRole("alert")).toContainText("Enter a UK mobile number, like 07400 123456");
  await expect(page.getByLabel("UK mobile number")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("UK mobile number").fill(`${phone.slice(0, 5)} ${phone.slice(5)}`);
  await page.getByRole("button", { name: "Send suggestion" }).click();
  const reference = (await page.locator(".govuk-panel__body strong").textContent())!.trim();

  const receipt = await textTo(phone, reference);
  expect(receipt.body).toMatch(/we have your suggestion YS-\d+/);
  expect(receipt.body).toMatch(/\/t\/[A-Za-z0-9_-]{16} /);
  expect(receipt.body).toContain("Stop texts:");

  // An officer answers it with a long outcome: the text shortens it to stay within two segments.
  const officerContext = await browser.newContext();
  const officer = await officerContext.newPage();
  await signIn(officer, DEMO.officer);
  const outcome =
    "The speech therapy service now sends a text two days before every booked session, " +
    `and again on the morning, to every family who asks (${marker}).`;
  await changeSuggestionStatus(officer, reference, "Done", { outcome });

  const update = await textTo(phone, "It is now: done");
  expect(update.body.length).toBeLessThanOrEqual(306);
  expect(update.body).toContain("We did: The speech therapy service");
  const own = /https?:\/\/\S+\/t\/[A-Za-z0-9_-]{16}/.exec(update.body)![0];
  await expect.poll(async () => (await textTo(phone, "It is now: done")).receipt).toBe("delivered");
  const viewer = await browser.newContext();
  const view = await viewer.newPage();
  await view.goto(own);
  await expect(view.getByRole("heading", { name: "Your suggestion", level: 1 })).toBeVisible();
  await expect(view.getByText(outcome)).toBeVisible();
  await viewer.close();

  // Notify refuses the key for a while: officers are told, the text waits, and goes when Notify takes it again.
  await fetch(`${FAKE_NOTIFY}/_fake/fail`, { method: "POST", body: JSON.stringify({ status: 403, count: 1000 }) });
  try {
    await changeSuggestionStatus(officer, reference, "In progress", { note: "We are adding the morning text too." });
    await expect
      .poll(async () => {
        await officer.goto("/manage");
        return officer.getByText(/^Text messages have not gone out since/).count();
      })
      .toBe(1);
    await expect(officer.getByText("The last answer was: Notify 403: AuthError: Invalid token: API key revoked")).toBeVisible();
    await expectAccessible(officer);
  } finally {
    await fetch(`${FAKE_NOTIFY}/_fake/fail`, { method: "POST", body: JSON.stringify({ clear: true }) });
  }
  // Its next try is 30 seconds after the first.
  await textTo(phone, "It is now: in progress", 90_000);
  await officer.goto("/manage");
  await expect(officer.getByText(/^Text messages have not gone out since/)).toHaveCount(0);
  await officerContext.close();
});

test("a family asks for a text reminder the day before when they book: only a UK mobile number will do", async ({ page }) => {
  const { event } = demoIds();
  await page.goto(`/events/${event}/register`);
  await page.getByLabel("Your name").fill("Priya Text");
  await page.getByLabel("Email address").fill(uniqueEmail("text-reminder"));
  await page.getByLabel("Phone number (optional)").fill("01934 888 888");
  await page.getByLabel("Text me a reminder the day before").check();
  await page.getByLabel("Parent or carer").check();
  await page.getByLabel("How many places do you need?").fill("1");
  await page.getByLabel("I agree").check();
  await page.getByRole("button", { name: "Book" }).click();
  await expect(page.getByRole("link", { name: "To get a text reminder, enter a UK mobile number, like 07400 123456" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Phone number (optional)").fill("07400 654321");
  await page.getByRole("button", { name: "Book" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
});

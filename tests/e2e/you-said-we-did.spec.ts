import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { DEMO, emailText, expectAccessible, firstLink, linkFromEmail, signIn, textTo, uniqueEmail, changeSuggestionStatus } from "./helpers";

// The whole loop, as people use it: a visitor says something, an officer
// answers it through the strategy, and the visitor hears what happened.
async function walkTheLoop(browser: Browser, visitorContext: BrowserContext, visitor: Page, javaScript: boolean) {
  const marker = `kestrel${Date.now().toString(36)}${javaScript ? "js" : "nojs"}`;
  const email = uniqueEmail("loop");
  const check = javaScript ? expectAccessible : async () => {};

  // 1. The visitor makes a suggestion.
  await visitor.goto("/");
  await visitor.getByRole("link", { name: "Tell us what you think" }).first().click();
  await expect(visitor.getByRole("heading", { name: "Tell us what you think" })).toBeVisible();
  await check(visitor);
  await visitor.getByRole("button", { name: "Send suggestion" }).click();
  await expect(visitor.getByText("There is a problem")).toBeVisible();
  await expect(visitor.getByRole("link", { name: "Tell us your suggestion" })).toBeVisible();
  await expect(visitor.getByRole("link", { name: "Tell us who you are" })).toBeVisible();
  await check(visitor);
  const words = `The ${marker} summer scheme books up in minutes and my daughter never gets a place.`;
  await visitor.getByLabel("Your suggestion").fill(words);
  await visitor.getByLabel("What is it about? (optional)").selectOption({ label: "Short breaks and activities" });
  await visitor.getByLabel("Parent or carer").check();
  await visitor.getByLabel("Your name (optional)").fill("Amira Loop");
  await visitor.getByLabel("Email", { exact: true }).check();
  await visitor.getByLabel("Email address").fill(email);
  await visitor.getByLabel("I agree").check();
  await visitor.getByRole("button", { name: "Send suggestion" }).click();
  await expect(visitor.getByRole("heading", { name: "Thank you, we have your suggestion" })).toBeVisible();
  const reference = (await visitor.locator(".govuk-panel__body strong").textContent())!.trim();
  expect(reference).toMatch(/^YS-\d{4,}$/);
  await check(visitor);

  // 2. The receipt has the reference and the private tracking link.
  const receipt = await emailText(visitorContext, email, `We have your suggestion ${reference}`);
  const trackLink = firstLink(receipt, "/track/");

  // 3. An officer triages it.
  const officerContext = await browser.newContext({ javaScriptEnabled: javaScript });
  const officer = await officerContext.newPage();
  await signIn(officer, DEMO.officer);
  await officer.goto("/manage/suggestions");
  await check(officer);
  await officer.getByRole("link", { name: reference }).click();
  await expect(officer.getByRole("heading", { name: `Triage ${reference}` })).toBeVisible();
  await expect(officer.getByText(words)).toBeVisible();
  await check(officer);

  await officer.getByRole("button", { name: "Publish" }).click();
  await expect(officer.getByText("Write the public wording before publishing").first()).toBeVisible();
  const wording = `Summer ${marker} scheme places run out too quickly.`;
  await officer.getByLabel("Public wording").fill(wording);
  await officer.getByRole("button", { name: "Save wording" }).click();
  await expect(officer.getByText("Public wording saved.")).toBeVisible();
  await officer.getByLabel(/^2\.3 /).check();
  await officer.getByRole("button", { name: "Save actions" }).click();
  await expect(officer.getByText("Strategy actions saved.")).toBeVisible();
  await officer.getByRole("button", { name: "Publish" }).click();
  await expect(officer.getByText("Published on the “You said, we did” board.").first()).toBeVisible();

  await officer.getByLabel("In progress", { exact: true }).check();
  await officer.getByLabel("Public note", { exact: true }).fill("Providers are adding a second booking window.");
  await officer.getByRole("button", { name: "Change status" }).click();
  await expect(officer.getByText("Status changed.")).toBeVisible();

  await officer.getByLabel("Done", { exact: true }).check();
  await officer.getByRole("button", { name: "Change status" }).click();
  await expect(officer.getByText("Write what we did").first()).toBeVisible();
  await check(officer);
  await officer.getByLabel("Outcome (for done or not possible)").fill(`We added a second ${marker} booking window and held places back.`);
  await officer.getByRole("button", { name: "Change status" }).click();
  await expect(officer.getByText("Status changed.")).toBeVisible();
  await officerContext.close();

  // 4. It is on the board and on the action's page.
  await visitor.goto(`/you-said-we-did?q=${marker}`);
  await expect(visitor.getByRole("heading", { name: "1 suggestion match" })).toBeVisible();
  await expect(visitor.getByRole("link", { name: new RegExp(wording) })).toBeVisible();
  await expect(visitor.getByText(`We did: We added a second ${marker} booking window`)).toBeVisible();
  await check(visitor);
  await visitor.getByRole("link", { name: new RegExp(wording) }).click();
  await expect(visitor.getByRole("heading", { name: `You said: ${wording}` })).toBeVisible();
  await expect(visitor.getByText("Providers are adding a second booking window.")).toBeVisible();
  await check(visitor);
  await visitor.getByRole("link", { name: /^2\.3 / }).click();
  await expect(visitor.getByRole("heading", { name: /^2\.3 / })).toBeVisible();
  await expect(visitor.getByRole("link", { name: new RegExp(wording) })).toBeVisible();
  await check(visitor);

  // 5. The visitor was told at each step, and the tracking page shows the timeline.
  const inProgress = await emailText(visitorContext, email, `Update on ${reference}: in progress`);
  expect(inProgress).toContain("Providers are adding a second booking window.");
  const done = await emailText(visitorContext, email, `Update on ${reference}: done`);
  expect(done).toContain(`We added a second ${marker} booking window`);
  await visitor.goto(trackLink);
  await expect(visitor.getByRole("heading", { name: "Your suggestion" })).toBeVisible();
  await expect(visitor.getByText(words)).toBeVisible();
  for (const step of ["Received", "Published", "In progress", "Done"]) {
    await expect(visitor.getByRole("heading", { name: step, exact: true })).toBeVisible();
  }
  await check(visitor);

  // 6. Nothing public shows the contributor's email or their own words.
  for (const path of [
    "/you-said-we-did",
    `/you-said-we-did?q=${marker}`,
    "/you-said-we-did/outcomes.xml",
    "/you-said-we-did.csv",
    "/you-said-we-did/report",
    "/strategy",
  ]) {
    const body = await (await visitor.request.get(path)).text();
    expect(body, path).not.toContain(email);
    expect(body, path).not.toContain("Amira Loop");
    expect(body, path).not.toContain("never gets a place");
  }

  // 7. One click stops further emails.
  await visitor.goto(firstLink(done, "/stop-updates/"));
  await expect(visitor.getByRole("heading", { name: `You will not get more updates about ${reference}` })).toBeVisible();
  await check(visitor);
}

test("every update leads to the person's own view, though the suggestion was never published", async ({ browser, context, page }) => {
  test.slow();
  const marker = Date.now().toString(36);
  const email = uniqueEmail("own-view");
  await page.goto("/tell-us");
  await page.getByLabel("Your suggestion").fill(`Private ${marker}: the speech therapy letters reach us after the appointment.`);
  await page.getByLabel("Parent or carer").check();
  await page.getByLabel("Email", { exact: true }).check();
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("I agree").check();
  await page.getByRole("button", { name: "Send suggestion" }).click();
  const reference = (await page.locator(".govuk-panel__body strong").textContent())!.trim();

  // An officer answers it without publishing it: it is about one family.
  const officerContext = await browser.newContext();
  const officer = await officerContext.newPage();
  await signIn(officer, DEMO.officer);
  await changeSuggestionStatus(officer, reference, "Done", { outcome: `Letters now go out two weeks ahead (${marker}).` });
  await officerContext.close();

  // The update's link opens their own view: status, outcome and timeline, not the board's front page.
  const update = await emailText(context, email, `Update on ${reference}: done`);
  const own = firstLink(update, "/track/");
  expect(update).not.toContain("/you-said-we-did");
  const viewer = await browser.newContext();
  const view = await viewer.newPage();
  await view.goto(own);
  await expect(view.getByRole("heading", { name: "Your suggestion", level: 1 })).toBeVisible();
  await expect(view.getByText(reference).first()).toBeVisible();
  await expect(view.getByText(`Letters now go out two weeks ahead (${marker}).`)).toBeVisible();
  await expect(view.getByRole("heading", { name: "Done", exact: true })).toBeVisible();
  await expectAccessible(view);
  await viewer.close();
});

test("the whole loop: a suggestion is answered through the strategy and the person is told", async ({ browser, context, page }) => {
  // A long journey: on a busy machine it gets three times the usual minute.
  test.slow();
  await walkTheLoop(browser, context, page, true);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the whole loop works with JavaScript turned off", async ({ browser, context, page }) => {
    await walkTheLoop(browser, context, page, false);
  });
});

test("visitors and members cannot reach triage, the dashboard or the private CSV", async ({ page, browser }) => {
  for (const path of ["/manage", "/manage/suggestions", "/manage/suggestions/1", "/manage/strategy", "/manage/topics"]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/sign-in\?redirectTo=/);
  }
  const csv = await page.request.get("/manage/suggestions.csv", { maxRedirects: 0 });
  expect(csv.status()).toBe(302);

  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await signIn(member, DEMO.member);
  for (const path of ["/manage", "/manage/suggestions", "/manage/suggestions/1", "/manage/strategy"]) {
    const response = await member.goto(path);
    expect(response?.status(), path).toBe(403);
  }
  const memberCsv = await member.request.get("/manage/suggestions.csv");
  expect(memberCsv.status()).toBe(403);
  expect(await memberCsv.text()).not.toContain("rachel.demo@northsomerset.example");
  await memberContext.close();
});

test("a visitor says “me too” with an email they confirm, and is counted once however often they post", async ({ page, context, baseURL }) => {
  await page.goto("/you-said-we-did?q=jargon");
  await page
    .getByRole("link", { name: /jargon/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/you-said-we-did\/\d+$/);
  const suggestionUrl = page.url();
  const count = async () =>
    Number(
      (
        await page
          .getByText(/said “me too”|Nobody has said/)
          .first()
          .textContent()
      )?.match(/\d+/)?.[0] ?? 0,
    );
  const before = await count();
  await page.getByLabel("Email", { exact: true }).check();
  await page.getByLabel("Email address").fill("not an email");
  await page.getByRole("button", { name: "Me too" }).click();
  await expect(page.getByRole("alert")).toContainText("Enter an email address in the correct format");
  // The page has no application JavaScript: GOV.UK Frontend's own script moves focus to the summary.
  await expect(page.getByRole("alert")).toBeFocused();
  await expectAccessible(page);
  const email = uniqueEmail("supporter");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Tell me, the same way, when something changes").check();
  await page.getByRole("button", { name: "Me too" }).click();
  await expect(page.getByText("We have sent a link to the address you gave.")).toBeVisible();
  await expectAccessible(page);
  // Not counted until the address is confirmed, however many times the form is posted.
  for (let i = 0; i < 3; i++) {
    await page.request.post(suggestionUrl, { form: { email: uniqueEmail("inflated") }, headers: { Origin: baseURL! } });
  }
  await page.goto(suggestionUrl);
  expect(await count()).toBe(before);

  const link = await linkFromEmail(context, email, "Confirm your “me too”", "/me-too/");
  await page.goto(link);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Confirm my “me too”" }).click();
  await expect(page.getByText("We have counted your “me too”.")).toBeVisible();
  expect(await count()).toBe(before + 1);
  // The same address again changes nothing, and the page answers as before.
  await page.getByLabel("Email", { exact: true }).check();
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Me too" }).click();
  await expect(page.getByText("We have sent a link to the address you gave.")).toBeVisible();
  expect(await count()).toBe(before + 1);
  // The link works once.
  expect((await page.request.get(link)).status()).toBe(404);

  // Someone without email says "me too" by text: the texted link counts it.
  const phone = `07400${String(Math.floor(Math.random() * 1e6)).padStart(6, "0")}`;
  await page.getByLabel("Text message", { exact: true }).check();
  await page.getByLabel("UK mobile number").fill(phone);
  await page.getByRole("button", { name: "Me too" }).click();
  await expect(page.getByText("We have sent a link to the number you gave.")).toBeVisible();
  const texted = /https?:\/\/\S+\/me-too\/\S+/.exec((await textTo(phone, "me too")).body)![0];
  await page.goto(texted);
  await page.getByRole("button", { name: "Confirm my “me too”" }).click();
  await expect(page.getByText("We have counted your “me too”.")).toBeVisible();
  expect(await count()).toBe(before + 2);
});

test("a safeguarding concern is never published and the lead is told by a link, not the words", async ({ page, context }) => {
  const marker = `heron${Date.now().toString(36)}`;
  await page.goto("/tell-us");
  await page.getByLabel("Your suggestion").fill(`Worried about ${marker} at home.`);
  await page.getByLabel("Young person").check();
  await page.getByLabel("I agree").check();
  await page.getByRole("button", { name: "Send suggestion" }).click();
  const reference = (await page.locator(".govuk-panel__body strong").textContent())!.trim();

  await signIn(page, DEMO.officer);
  await page.goto("/manage/suggestions");
  await page.getByRole("link", { name: reference }).click();
  await page.getByRole("button", { name: "Mark as safeguarding concern" }).click();
  await expect(page.getByRole("alert")).toContainText("Tick the box to confirm");
  await page.getByLabel("Yes, this is a safeguarding concern").check();
  await page.getByRole("button", { name: "Mark as safeguarding concern" }).click();
  await expect(page.getByText("Marked as a safeguarding concern. The safeguarding contact")).toBeVisible();
  await expect(page.getByRole("button", { name: "Publish" })).toHaveCount(0);
  await expectAccessible(page);

  const alert = await emailText(context, "safeguarding.lead@northsomerset.example", `Safeguarding concern: ${reference}`);
  expect(alert).toContain("/manage/suggestions/");
  expect(alert).not.toContain(marker);
});

test("the strategy pages show every area and action with its status in words", async ({ page }) => {
  await page.goto("/strategy");
  await expect(page.getByRole("heading", { name: "North Somerset Local Area SEND Strategy" })).toBeVisible();
  for (const area of ["Area 1 – Identifying needs", "Area 2 – Meeting needs", "Area 3 – Ensuring outcomes", "Area 4 – Enabling actions"]) {
    await expect(page.getByRole("heading", { name: area })).toBeVisible();
  }
  await expect(page.getByText("At risk").first()).toBeVisible();
  await expectAccessible(page);
  await page.goto("/you-said-we-did/report");
  await expectAccessible(page);
});

test("a signed-in member finds their own suggestions and bookings in their account", async ({ page }) => {
  const marker = `wren${Date.now().toString(36)}`;
  // An account no other test signs out.
  await signIn(page, "ambassador2@northsomerset.example");
  await page.goto("/tell-us");
  // She is 17: nothing that would contact her is filled in unless she asks.
  await expect(page.getByLabel("Email address")).toHaveValue("");
  await page.getByLabel("Your suggestion").fill(`Please run ${marker} sessions on Saturdays.`);
  await page.getByLabel("Young person").check();
  await page.getByLabel("I agree").check();
  await page.getByRole("button", { name: "Send suggestion" }).click();
  const reference = (await page.locator(".govuk-panel__body strong").textContent())!.trim();

  await page.goto("/events");
  await page.getByRole("link", { name: "Short breaks listening event" }).click();
  await page.getByRole("link", { name: "Book a place" }).click();
  await expect(page.getByLabel("Your name")).toHaveValue("Maya Okafor");
  await page.getByLabel("Young person").check();
  await page.getByLabel("I agree").check();
  await page.getByRole("button", { name: "Book" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  await page.goto("/account");
  await expect(page.getByRole("link", { name: "Short breaks listening event" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: reference }).click();
  // The words are on the account page too: wait for the suggestion's own page before checking it.
  await expect(page).toHaveURL(/\/account\/suggestions\/\d+$/);
  await expect(page.getByText(`Please run ${marker} sessions on Saturdays.`)).toBeVisible();
  await expectAccessible(page);
  // Someone else's suggestion is not theirs to see.
  const response = await page.goto("/account/suggestions/1");
  expect(response?.status()).toBe(404);
});

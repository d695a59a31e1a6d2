import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO, expectAccessible, signIn, uniqueEmail } from "../helpers";
import { demoDatabase, demoIds } from "../routes";

// From hundreds of voices to key messages: an officer turns a survey's free-text answers into
// suggestions, the organiser records an event's points, the officer accepts two suggested
// groupings as themes, links each to a strategy action, closes 40 suggestions with one outcome in
// one step and publishes "What you told us". Every contributor who left an email hears back, and
// a visitor reads the key messages, with JavaScript off too, and nothing private is on it.

// Random letters, so this run's words are its own and group together.
const word = () => Array.from({ length: 7 }, () => "bcdfghjklmnpqrstvwz"[Math.floor(Math.random() * 19)]).join("") + "ox";

const HOLIDAY = (w: string, n: number) => `Holiday club places ${w} for disabled children run out in minutes, please add more places (${n}).`;
const TRANSPORT = (w: string, n: number) => `The school transport driver ${w} changes every week and my child gets anxious (${n}).`;

async function tellUs(request: APIRequestContext, origin: string, topic: number, body: string, email: string) {
  const response = await request.post("/tell-us", {
    form: { body, topic: String(topic), kind: "parent_carer", name: "", email, consent: "yes", website: "" },
    headers: { Origin: origin },
    maxRedirects: 0,
  });
  expect(response.status(), await response.text()).toBe(302);
  return response.headers()["location"]!;
}

async function answerSurvey(request: APIRequestContext, origin: string, surveyId: number | string, questionId: number, words: string) {
  const headers = { Origin: origin };
  expect((await request.post(`/surveys/${surveyId}`, { form: { website: "" }, headers, maxRedirects: 0 })).status()).toBe(302);
  const saved = await request.post(`/surveys/${surveyId}/page/1`, {
    form: { intent: "save", respondentKind: "young_person", [`q${questionId}`]: words },
    headers,
    maxRedirects: 0,
  });
  expect(saved.status(), await saved.text()).toBe(302);
  const sent = await request.post(`/surveys/${surveyId}/check`, { form: {}, headers, maxRedirects: 0 });
  expect(sent.headers()["location"]).toContain("/done");
}

test("an officer turns many voices into two key messages, closes 40 suggestions at once and publishes What you told us", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const holiday = word();
  const transport = word();
  const topicName = `Key messages ${holiday}`;
  const db = demoDatabase();
  const { openSurvey } = demoIds();
  const textQuestion = (
    db.prepare("select id from survey_questions where survey_id = ? and kind = 'long_text' order by id limit 1").get(openSurvey) as { id: number }
  ).id;
  // The demo area's first past event (lowest id): events other journeys make are theirs alone.
  const pastEvent = (
    db.prepare("select id from events where status = 'published' and starts_at < ? order by id limit 1").get(Date.now()) as {
      id: number;
    }
  ).id;

  const officerContext = await browser.newContext();
  const officer = await officerContext.newPage();
  await signIn(officer, DEMO.officer);
  await officer.goto("/manage/topics");
  await officer.getByLabel("Add a topic").fill(topicName);
  await officer.getByRole("button", { name: "Add topic" }).click();
  await expect(officer.getByRole("cell", { name: topicName, exact: true })).toBeVisible();
  const topic = (demoDatabase().prepare("select id from topics where name = ?").get(topicName) as { id: number }).id;

  // Forty parents use the Tell us form (its real posts, as a browser without JavaScript sends them).
  const visitors = await browser.newContext();
  const people: { email: string; track: string }[] = [];
  for (let n = 0; n < 40; n++) {
    const email = uniqueEmail(`voice${n}`);
    const body = n % 2 ? HOLIDAY(holiday, n) : TRANSPORT(transport, n);
    people.push({ email, track: await tellUs(visitors.request, baseURL!, topic, body, email) });
  }
  // Two young people answer the open survey in their own words.
  for (const n of [1, 2]) {
    const respondent = await browser.newContext();
    await answerSurvey(respondent.request, baseURL!, openSurvey, textQuestion, `More holiday club places ${holiday} for teenagers, number ${n}.`);
    await respondent.close();
  }
  // The organiser records what was heard at an event.
  const organiserContext = await browser.newContext();
  const organiser = await organiserContext.newPage();
  await signIn(organiser, "organiser@northsomerset.example");
  await organiser.goto(`/manage/events/${pastEvent}/heard`);
  await organiser.getByLabel("Summary").fill("Families told us about school transport.");
  await organiser
    .getByLabel("Points people made")
    .fill(`School transport driver ${transport} changes too often\nA new transport driver ${transport} every week upsets children`);
  await organiser.getByRole("button", { name: "Save" }).click();
  await expect(organiser.getByText("2 points are now in the")).toBeVisible();
  await organiserContext.close();

  // The survey's answers that match become suggestions in one step.
  await officer.goto(`/manage/surveys/${openSurvey}/results?q=${holiday}#answers`);
  await officer.getByLabel("All 2 that match the search, not only the ones ticked").check();
  await officer.getByLabel("Make each a suggestion, to follow it through “You said, we did”").check();
  await officer.getByRole("button", { name: "Apply to the ticked answers" }).click();
  await expect(officer.getByText("2 answers made suggestions, in the triage list.")).toBeVisible();

  // Suggested groupings: nothing is in a theme until the officer accepts one.
  await officer.goto("/manage/themes/suggested");
  await officer.getByRole("button", { name: /Find groupings/ }).click();
  await expect(officer.getByText(/groupings? found/).first()).toBeVisible();
  await expectAccessible(officer);
  const themes: [string, string, RegExp][] = [
    [holiday, `Holiday club places ${holiday}`, /^2\.3 /],
    [transport, `School transport drivers ${transport}`, /^4\.3 /],
  ];
  for (const [unique, name, action] of themes) {
    // The biggest grouping with this run's word (they are listed biggest first).
    const grouping = officer
      .locator("section")
      .filter({ has: officer.getByRole("heading", { name: new RegExp(unique, "i") }) })
      .first();
    await grouping.getByLabel("Name").fill(name);
    await grouping.getByLabel("Description (for a new theme)").fill(`What families told us about ${name}.`);
    await grouping.getByRole("button", { name: /^Accept/ }).click();
    await expect(officer.getByText(new RegExp(`Theme “${name}” created with \\d+ items`))).toBeVisible();
    await officer.goto("/manage/themes");
    await officer.getByRole("link", { name }).click();
    const held = await officer.getByRole("heading", { name: /^\d+ items$/ }).textContent();
    expect(Number(held!.split(" ")[0])).toBeGreaterThanOrEqual(20);
    await officer.getByLabel(action).check();
    await officer.getByRole("button", { name: "Save linked actions" }).click();
    await expect(officer.getByText("Linked actions saved.")).toBeVisible();
    await expectAccessible(officer);
    await officer.goto("/manage/themes/suggested");
  }

  // Forty suggestions closed with one outcome, in one step; each person is told once.
  await officer.goto(`/manage/suggestions?topic=${topic}`);
  await expect(officer.locator("caption")).toContainText("40 suggestions");
  await officer.getByLabel(/^All 40 that match the filter/).check();
  await officer.getByLabel("Change their status, with one public note and outcome").check();
  await officer.getByLabel("New status", { exact: true }).selectOption({ label: "Done" });
  const outcome = `From next summer there are 200 more holiday club places and every school transport route keeps its driver (${holiday}).`;
  await officer.getByLabel("Outcome (for done or not possible)").fill(outcome);
  await officer.getByRole("button", { name: "Apply to the chosen suggestions" }).click();
  await expect(officer.getByText("40 suggestions moved to done; 40 people will be emailed.")).toBeVisible();

  // "What you told us" for the period, published.
  const title = `What you told us ${holiday}`;
  await officer.goto("/manage/told-us");
  await officer.getByLabel("Title").fill(title);
  for (const [, name] of themes) await officer.getByLabel(name).check();
  await officer.getByRole("button", { name: "Save as a draft" }).click();
  await expect(officer.getByText("Page saved as a draft.")).toBeVisible();
  await expectAccessible(officer);
  await officer.getByRole("button", { name: "Publish" }).click();
  await expect(officer.getByText("Published: the page is public now.")).toBeVisible();

  // Every contributor who left an email finds the outcome on their tracking page and in their email.
  for (const person of people) expect(await (await visitors.request.get(person.track)).text()).toContain(outcome);
  const mailbox = await visitors.newPage();
  const updateTo = (email: string) =>
    mailbox
      .locator("section")
      .filter({ hasText: `To ${email}` })
      .filter({ has: mailbox.getByRole("heading", { name: /^Update on YS-\d+/ }) });
  await expect
    .poll(
      async () => {
        await mailbox.goto("/dev/mailbox");
        let toldOnce = 0;
        for (const person of people) if ((await updateTo(person.email).count()) === 1) toldOnce++;
        return toldOnce;
      },
      { timeout: 60_000, message: "each of the 40 people has one update email" },
    )
    .toBe(40);
  await expect(updateTo(people[0]!.email).locator("pre")).toContainText("From next summer there are 200 more holiday club places");

  // A visitor reads the key messages, with JavaScript off, and nothing private is on the page.
  for (const javaScriptEnabled of [false, true]) {
    const visitor = await browser.newContext({ javaScriptEnabled });
    const page = await visitor.newPage();
    await page.goto("/you-said-we-did");
    await page.getByRole("link", { name: "What you told us: the key messages" }).click();
    await page.getByRole("link", { name: title }).click();
    await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
    for (const [, name] of themes) await expect(page.getByRole("heading", { name: new RegExp(name) })).toBeVisible();
    await expect(page.getByText(/^Raised by \d+ parents and carers and young people/).first()).toBeVisible();
    await expect(page.getByRole("link", { name: /^Action 2\.3:/ })).toBeVisible();
    await expect(page.getByRole("link", { name: /^Action 4\.3:/ })).toBeVisible();
    const text = await page.locator("main").innerText();
    for (const secret of ["run out in minutes", "gets anxious", "for teenagers", "@example"]) expect(text).not.toContain(secret);
    if (javaScriptEnabled) await expectAccessible(page);
    await visitor.close();
  }
  db.close();
  await Promise.all([officerContext.close(), visitors.close()]);
});

test("without JavaScript, an officer finds a strategy action by its words and links a theme to it, keeping what was ticked", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const officer = await context.newPage();
  await signIn(officer, DEMO.officer);
  await officer.goto("/manage/themes");
  await officer.getByRole("link", { name: "Finding information in plain words" }).click();
  await officer.getByLabel("Find an action by its number or words").fill("autism diagnosis");
  await officer.getByRole("button", { name: "Find actions" }).click();
  await expect(officer.getByText(/^\d+ of \d+ actions shown$/)).toBeVisible();
  await expect(officer.getByLabel(/^1\.2 /)).toBeVisible();
  await expect(officer.getByLabel(/^3\.5 /)).toBeHidden();
  // Actions ticked before stay ticked and shown.
  await expect(officer.getByLabel(/^4\.2 /)).toBeChecked();
  await officer.getByLabel(/^1\.2 /).check();
  await officer.getByRole("button", { name: "Save linked actions" }).click();
  await expect(officer.getByText("Linked actions saved.")).toBeVisible();
  for (const code of ["1.2", "4.1", "4.2"])
    await expect(officer.getByRole("link", { name: new RegExp(`^${code.replace(".", "\\.")} `) })).toBeVisible();
  await context.close();
});

test("a parent writing something others have said is shown their words, to add their voice: as they type, and after sending without JavaScript", async ({
  browser,
}) => {
  const words = "We have waited a year for an autism assessment and nobody tells us where we are on the waiting list.";
  const published = "Families waiting for an autism assessment are not told where they are on the list or what help they can get while waiting.";
  const typing = await (await browser.newContext()).newPage();
  await typing.goto("/tell-us");
  await typing.getByLabel("Your suggestion").fill(words);
  await expect(typing.getByRole("heading", { name: "Others have said something like this" })).toBeVisible();
  await expect(typing.getByRole("link", { name: published })).toBeVisible();
  await expectAccessible(typing);
  await typing.context().close();

  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/tell-us");
  await page.getByLabel("Your suggestion").fill(words);
  await page.getByLabel("Parent or carer").check();
  await page.getByLabel("I agree").check();
  await page.getByRole("button", { name: "Send suggestion" }).click();
  await expect(page.getByRole("heading", { name: "Thank you, we have your suggestion" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Others have said something like this" })).toBeVisible();
  await page.getByRole("link", { name: published }).click();
  await expect(page.getByRole("heading", { name: `You said: ${published}` })).toBeVisible();
  await context.close();
});

test("without JavaScript, an officer adds a review round's ticked comments to a theme in one step", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const officer = await context.newPage();
  await signIn(officer, DEMO.officer);
  const db = demoDatabase();
  const round = (db.prepare("select round_id as id from review_comments where safeguarding = 0 order by round_id limit 1").get() as { id: number })
    .id;
  db.close();
  await officer.goto(`/manage/reviews/rounds/${round}`);
  await officer.getByLabel("Add them to a theme (key message)").check();
  await officer.getByLabel("Theme to add them to").selectOption({ label: "Transport to school and college" });
  await officer.getByRole("button", { name: "Apply to the ticked comments" }).click();
  await expect(officer.getByRole("alert")).toContainText("Tick at least one comment");
  // The boxes sit beside each comment, among its own forms, and belong to the step's form below.
  await officer.getByRole("article").getByRole("checkbox").first().check();
  await officer.getByLabel("Add them to a theme (key message)").check();
  await officer.getByLabel("Theme to add them to").selectOption({ label: "Transport to school and college" });
  await officer.getByRole("button", { name: "Apply to the ticked comments" }).click();
  await expect(officer.getByText("1 comment added to the theme.")).toBeVisible();
  await officer.goto("/manage/themes");
  await officer.getByRole("link", { name: "Transport to school and college" }).click();
  // Counted under its source, whether it is still a comment or was made a suggestion before.
  await expect(officer.getByRole("rowheader", { name: "Document review" })).toBeVisible();
  await context.close();
});

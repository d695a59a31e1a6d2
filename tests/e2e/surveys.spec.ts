import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectAccessible, signIn } from "./helpers";

type NewQuestion = {
  page: string;
  kind: string;
  text: string;
  easy?: string;
  choices?: string;
  other?: boolean;
  required?: boolean;
  low?: string;
  high?: string;
};

async function addQuestion(page: Page, surveyPath: string, pageNumber: number, q: NewQuestion) {
  await page.goto(surveyPath);
  await page.getByRole("link", { name: `Add a question to page ${pageNumber}` }).click();
  await page.getByLabel(q.kind, { exact: true }).check();
  await page.getByLabel("The question").fill(q.text);
  if (q.easy) await page.getByLabel("Easy-read question (optional)").fill(q.easy);
  if (q.choices) await page.getByLabel("Choices (for single and multiple choice)").fill(q.choices);
  if (q.other) await page.getByLabel("Add “Other, please say” to the choices").check();
  if (q.required) await page.getByLabel("People must answer this question").check();
  if (q.low) await page.getByLabel("For a rating: what 1 means (optional)").fill(q.low);
  if (q.high) await page.getByLabel("For a rating: what 5 means (optional)").fill(q.high);
  await page.getByRole("button", { name: "Save question" }).click();
  await expect(page.getByText("Question saved.")).toBeVisible();
}

test("an officer builds a survey; a parent answers without JavaScript, a young person in easy read; results, CSV, a suggestion and the summary follow", async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow();
  const title = `Short breaks check ${Date.now().toString(36)}`;
  const idea = `Open the holiday clubs on Saturdays ${Date.now().toString(36)}`;

  // The officer builds a two-page survey with every type of question.
  await signIn(page, DEMO.officer);
  await page.goto("/manage/surveys");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Create survey" }).click();
  await expect(page.getByRole("alert")).toContainText("Enter title");
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Create survey" }).click();
  await expect(page.getByText("Survey created.")).toBeVisible();
  const surveyPath = new URL(page.url()).pathname;
  const id = surveyPath.split("/").pop()!;
  await expectAccessible(page);

  await page.getByRole("link", { name: "Add a question to page 1" }).click();
  await page.getByRole("button", { name: "Save question" }).click();
  await expect(page.getByRole("alert")).toContainText("Choose the type of question");
  await expectAccessible(page);
  await addQuestion(page, surveyPath, 1, {
    page: "1",
    kind: "Single choice",
    text: "Which short break do you use most?",
    easy: "Which break do you go to most?",
    choices: "Holiday clubs | Clubs in the school holidays\nA sitting service | Someone looks after you at home",
    other: true,
    required: true,
  });
  await addQuestion(page, surveyPath, 1, { page: "1", kind: "Multiple choice", text: "What gets in the way?", choices: "Cost\nDistance\nBooking" });
  await addQuestion(page, surveyPath, 1, {
    page: "1",
    kind: "Rating from 1 to 5",
    text: "How good are short breaks?",
    easy: "Are short breaks good?",
    required: true,
    low: "Very poor",
    high: "Very good",
  });
  await page.getByLabel("Add a page").fill("Your ideas");
  await page.getByRole("button", { name: "Add page" }).click();
  await expect(page.getByRole("heading", { name: "Page 2: Your ideas" })).toBeVisible();
  await expectAccessible(page);
  await addQuestion(page, surveyPath, 2, { page: "2", kind: "Short text", text: "Which town do you live in?" });
  await addQuestion(page, surveyPath, 2, { page: "2", kind: "Long text", text: "What would make short breaks better?" });
  await addQuestion(page, surveyPath, 2, {
    page: "2",
    kind: "Yes, no or not sure",
    text: "Would you use a weekend short break?",
    easy: "Would you go at the weekend?",
  });

  await page.getByRole("link", { name: "Change the settings, dates and introduction" }).click();
  await expect(page.getByRole("heading", { name: "Survey settings" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("textbox", { name: "Introduction", exact: true }).click();
  await page.keyboard.type("Tell us which short breaks work for your family.");
  await page.getByLabel("Easy-read introduction (optional)").fill("Tell us about short breaks. There are 2 pages.");
  await page.getByLabel("Who it is for").fill("Families and young people");
  await page.getByLabel("No", { exact: true }).check();
  await page.getByLabel(/Ask for optional contact details/).check();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await page.getByRole("link", { name: "Preview as a respondent" }).click();
  await expect(page.getByRole("group", { name: "Which short break do you use most?" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "See the easy-read wording" }).click();
  await expect(page.getByText("Clubs in the school holidays")).toBeVisible();
  await expectAccessible(page);
  await page.goto(surveyPath);
  await page.getByRole("button", { name: "Publish survey" }).click();
  await expect(page.getByText("Published.")).toBeVisible();

  // A parent answers with JavaScript turned off, and changes an answer from "check your answers".
  const noScript = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const parent = await noScript.newPage();
  await parent.goto(`/surveys/${id}`);
  await parent.getByRole("button", { name: "Start now" }).click();
  await expect(parent.getByText("Page 1 of 2")).toBeVisible();
  await parent.getByRole("button", { name: "Save and continue" }).click();
  await expect(parent.getByRole("alert")).toContainText("Tell us who you are answering as");
  await expect(parent.getByRole("alert")).toContainText("Choose an answer to “Which short break do you use most?”");
  await parent.getByLabel("A parent or carer").check();
  await parent.getByLabel("Holiday clubs").check();
  await parent.getByLabel("Cost").check();
  await parent.getByLabel("Booking").check();
  await parent.getByRole("group", { name: "How good are short breaks?" }).getByLabel("4", { exact: true }).check();
  await parent.getByRole("button", { name: "Save and continue" }).click();
  await expect(parent.getByText("Page 2 of 2")).toBeVisible();
  await parent.getByLabel("Which town do you live in? (optional)").fill("Weston");
  await parent.getByLabel("What would make short breaks better? (optional)").fill(idea);
  await parent
    .getByRole("group", { name: /Would you use a weekend short break/ })
    .getByLabel("Yes", { exact: true })
    .check();
  await parent.getByRole("button", { name: "Save and check your answers" }).click();
  await expect(parent.getByRole("heading", { name: "Check your answers before sending them" })).toBeVisible();
  await expect(parent.getByText("Cost, Booking")).toBeVisible();
  await parent.getByRole("link", { name: "Change your answer to “Which town do you live in?”" }).click();
  await parent.getByLabel("Which town do you live in? (optional)").fill("Clevedon");
  await parent.getByRole("button", { name: "Save and check your answers" }).click();
  await expect(parent.getByText("Clevedon")).toBeVisible();
  await expect(parent.getByText("Weston", { exact: true })).toHaveCount(0);
  await parent.getByRole("button", { name: "Send my answers" }).click();
  await expect(parent.getByRole("heading", { name: "Answers sent" })).toBeVisible();
  await expect(parent.getByText(/SR-\d{5}/)).toBeVisible();
  await noScript.close();

  // A young person answers in easy read.
  const youngContext = await browser.newContext({ baseURL });
  const young = await youngContext.newPage();
  await young.goto(`/surveys/${id}`);
  await expectAccessible(young);
  await young.getByRole("button", { name: "Start now" }).click();
  await young.getByRole("button", { name: "Save and continue" }).click();
  await expect(young.getByRole("alert")).toContainText("Tell us who you are answering as");
  await expectAccessible(young);
  await young.getByRole("button", { name: "Switch to easy read" }).click();
  await expect(young.getByRole("group", { name: "Which break do you go to most?" })).toBeVisible();
  await expectAccessible(young);
  await young.getByLabel("I am a young person").check();
  await young.getByLabel("Someone looks after you at home").check();
  await young.getByRole("group", { name: "Are short breaks good?" }).getByLabel("2", { exact: true }).check();
  await young.getByRole("button", { name: "Save and continue" }).click();
  await young
    .getByRole("group", { name: /Would you go at the weekend/ })
    .getByLabel("No", { exact: true })
    .check();
  await young.getByRole("button", { name: "Save and check your answers" }).click();
  await expect(young.getByRole("heading", { name: "Check your answers" })).toBeVisible();
  await expectAccessible(young);
  await young.getByRole("button", { name: "Send", exact: true }).click();
  await expect(young.getByRole("heading", { name: "Thank you" })).toBeVisible();
  await expectAccessible(young);
  await young.getByRole("link", { name: "See your answers" }).click();
  await expect(young.getByRole("heading", { name: "Your answers" })).toBeVisible();
  await young.getByRole("button", { name: "Switch to standard wording" }).click();
  await expect(young.getByText("Which short break do you use most?")).toBeVisible();
  await expectAccessible(young);
  await young.getByRole("button", { name: "Switch to easy read" }).click();
  await expect(young.getByRole("button", { name: "Switch to standard wording" })).toBeVisible();
  await young.goto(`/surveys/${id}`);
  await expect(young.getByText("Tell us about short breaks. There are 2 pages.")).toBeVisible();
  await expect(young.getByText("You have already answered this survey.")).toBeVisible();
  await youngContext.close();

  // The results show exactly what was given.
  await page.goto(`/manage/surveys/${id}/results`);
  await expect(page.getByText("2 people answered.").first()).toBeVisible();
  await expect(page.getByRole("row", { name: "Holiday clubs 1 50%" })).toBeVisible();
  await expect(page.getByRole("row", { name: "A sitting service 1 50%" })).toBeVisible();
  await expect(page.getByRole("row", { name: "Cost 1 100%" })).toBeVisible();
  await expect(page.getByText("The average rating was 3 out of 5.")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Show answers from").selectOption({ label: "A child or young person" });
  await page.getByRole("button", { name: "Show", exact: true }).click();
  await expect(page.getByText("Answers from A child or young person: 1 of the 2 people who answered.")).toBeVisible();
  await expect(page.getByText("The average rating was 2 out of 5.")).toBeVisible();

  const csv = await (await page.request.get(`/manage/surveys/${id}/responses.csv`)).text();
  const lines = csv.trim().split("\n");
  expect(lines).toHaveLength(3);
  expect(lines[0]).toBe(
    "Reference,Sent,Answering as,Language,Name,Email,Which short break do you use most?,What gets in the way?: " +
      "Cost,What gets in the way?: Distance,What gets in the way?: Booking,How good are short " +
      "breaks?,Which town do you live in?,What would make short breaks better?,Would you use a weekend " +
      "short break?",
  );
  expect(lines[1]).toContain(`A parent or carer,English,,,Holiday clubs,Yes,,Yes,4,Clevedon,${idea},Yes`);
  expect(lines[2]).toContain("A child or young person,English,,,A sitting service,,,,2,,,No");

  // A free-text answer becomes a suggestion in triage, and the summary shows it.
  await page.goto(`/manage/surveys/${id}/results?q=${encodeURIComponent("Saturdays")}#answers`);
  await page
    .locator("li")
    .filter({ hasText: idea })
    .getByRole("button", { name: /Turn into a suggestion/ })
    .click();
  const banner = page.getByText(/The answer is now suggestion YS-\d+/);
  await expect(banner).toBeVisible();
  const reference = /YS-\d+/.exec((await banner.textContent())!)![0];
  await page.goto("/manage/suggestions");
  await page.getByRole("link", { name: reference }).click();
  await expect(page.getByText(idea)).toBeVisible();
  await page.getByLabel("Public wording").fill(`Open holiday clubs on Saturdays (${reference})`);
  await page.getByRole("button", { name: "Save wording" }).click();
  // Publishing needs the wording saved first: wait for it rather than race it.
  await expect(page.getByText("Public wording saved.")).toBeVisible();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Published on the “You said, we did” board.").first()).toBeVisible();

  await page.goto(surveyPath);
  await page.getByRole("button", { name: "Close the survey now" }).click();
  await expect(page.getByText("The survey is closed.")).toBeVisible();
  await page.getByRole("button", { name: "Publish the results" }).click();
  await expect(page.getByText("The results are published.")).toBeVisible();
  await page.goto(`/manage/surveys/${id}/summary`);
  await expectAccessible(page);
  await page.getByLabel("What we asked").fill("We asked families which short breaks work for them.");
  await page.getByLabel("Headline results").fill("Half use holiday clubs.\nMost want weekend breaks.");
  await page.getByRole("button", { name: "Save and publish" }).click();
  await expect(page.getByText("The summary is published.")).toBeVisible();

  const visitorContext = await browser.newContext({ baseURL });
  const visitor = await visitorContext.newPage();
  await visitor.goto("/surveys");
  await expectAccessible(visitor);
  await visitor.goto(`/surveys/${id}/summary`);
  await expect(visitor.getByRole("heading", { name: "We asked, you said, we did" })).toBeVisible();
  await expect(visitor.getByText("2 people answered.")).toBeVisible();
  await expect(visitor.getByRole("link", { name: `Open holiday clubs on Saturdays (${reference})` })).toBeVisible();
  await expectAccessible(visitor);
  await visitor.getByRole("link", { name: "See all the results" }).click();
  await expect(visitor.getByRole("row", { name: "Holiday clubs 1 50%" })).toBeVisible();
  expect(await visitor.content()).not.toContain(idea);
  await expectAccessible(visitor);
  await visitor.goto(`/surveys/${id}`);
  await expect(visitor.getByText(/This survey closed/)).toBeVisible();
  await visitorContext.close();
});

import { expect, test } from "@playwright/test";
import { DEMO, emailText, expectAccessible, firstLink, signIn, uniqueEmail } from "./helpers";
import { demoIds } from "./routes";

// The loop in another language: a family writes in Urdu, an officer sees the language, answers in
// English, has the answer translated through the translation service's CSV, and the family reads it in Urdu.

test("an officer answers a suggestion made in Urdu and has the outcome translated through a CSV; the family reads it in Urdu", async ({
  browser,
  baseURL,
}) => {
  test.slow();
  const email = uniqueEmail("translate");
  const marker = Date.now().toString(36);

  // A family tells us something in Urdu, without JavaScript.
  const familyContext = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const family = await familyContext.newPage();
  await family.goto("/tell-us?lang=ur");
  await family.getByLabel("آپ کی تجویز").fill(`چھٹیوں کے کلب ہفتے کے دن بھی کھلے ہونے چاہییں ${marker}`);
  await family.getByLabel("والدین یا نگہداشت کرنے والا").check();
  await family.getByLabel("ای میل", { exact: true }).check();
  await family.getByLabel("ای میل ایڈریس").fill(email);
  await family.getByLabel("میں متفق ہوں").check();
  await family.getByRole("button", { name: "تجویز بھیجیں" }).click();
  const reference = (await family.locator(".govuk-panel__body strong").textContent())!;
  const trackLink = firstLink(await emailText(familyContext, email, "ہمیں آپ کی تجویز"), "/track/");
  const id = Number(reference.replace(/\D/g, ""));

  // The officer sees it was written in Urdu, keeps an English rendering, publishes and answers it.
  const officerContext = await browser.newContext({ baseURL });
  const officer = await officerContext.newPage();
  await signIn(officer, DEMO.officer);
  await officer.goto(`/manage/suggestions/${id}`);
  await expect(officer.getByText("اردو (emails to them are in this language)")).toBeVisible();
  await officer.getByLabel("In English (private)").fill(`Holiday clubs should open on Saturdays too ${marker}`);
  await officer.getByRole("button", { name: "Save the English rendering" }).click();
  await expect(officer.getByText("English rendering saved.")).toBeVisible();
  await officer.getByLabel("Public wording").fill(`Open holiday clubs on Saturdays (${marker})`);
  await officer.getByRole("button", { name: "Save wording" }).click();
  await officer.getByRole("button", { name: "Publish" }).click();
  await expect(officer.getByText("Published on the “You said, we did” board.").first()).toBeVisible();
  await officer.getByLabel("Done", { exact: true }).check();
  await officer.getByLabel("Outcome (for done or not possible)").fill(`Two holiday clubs now open on Saturdays (${marker}).`);
  await officer.getByRole("button", { name: "Change status" }).click();
  await expect(officer.getByText("Status changed.")).toBeVisible();

  // The dashboard says what Urdu lacks; the list shows this outcome.
  await officer.goto("/manage");
  await officer.getByRole("link", { name: /اردو: \d+ texts? to translate/ }).click();
  await expect(officer.getByRole("heading", { name: "Translations", level: 1 })).toBeVisible();
  await expect(officer.getByText(`Two holiday clubs now open on Saturdays (${marker}).`)).toBeVisible();
  await expectAccessible(officer);

  // A file with a mistake imports nothing and names the row.
  const download = await officer.request.get("/manage/translations.csv?into=ur");
  expect(download.headers()["cache-control"]).toBe("private, no-store");
  const lines = (await download.text())
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r?\n/);
  const outcomeLine = lines.find((line) => line.startsWith(`suggestion:${id}:outcome,`))!;
  const wordingLine = lines.find((line) => line.startsWith(`suggestion:${id}:publicWording,`))!;
  const filled = (line: string, text: string) => `${line.replace(/,,$/, "")},${text},Word Bridge Translations`;
  const upload = (csv: string) =>
    officer.getByLabel("Translated file (CSV or XLIFF)").setInputFiles({ name: "ur.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await upload([lines[0], filled(outcomeLine, "دو کلب"), `suggestion:${id}:nonsense,ur,,,کچھ,`].join("\n"));
  await officer.getByRole("button", { name: "Import translations" }).click();
  await expect(officer.getByRole("alert")).toContainText("Nothing was imported: the file has 1 problem");
  await expect(officer.getByText("Row 3: This is not a text that can be translated")).toBeVisible();
  await expectAccessible(officer);

  const urduOutcome = `اب دو چھٹیوں کے کلب ہفتے کے دن کھلتے ہیں (${marker})۔`;
  await upload([lines[0], filled(outcomeLine, urduOutcome), filled(wordingLine, `چھٹیوں کے کلب ہفتے کو کھولیں (${marker})`)].join("\n"));
  await officer.getByRole("button", { name: "Import translations" }).click();
  await expect(officer.getByText("Imported 2 translations; no rows were blank.")).toBeVisible();
  await officer.goto(`/manage/suggestions/${id}`);
  await expect(officer.getByText("outcome: provided by Word Bridge Translations")).toBeVisible();
  await officerContext.close();

  // The family's own page and the board show the Urdu; an email brings the outcome in Urdu.
  await family.goto(trackLink);
  await expect(family.getByText(urduOutcome)).toBeVisible();
  await family.goto(`/you-said-we-did/${id}`);
  await expect(family.getByRole("heading", { level: 1 })).toContainText(`چھٹیوں کے کلب ہفتے کو کھولیں (${marker})`);
  await expect(family.getByText(urduOutcome)).toBeVisible();
  const inUrdu = await emailText(familyContext, email, `${reference} کے بارے میں تازہ خبر`);
  expect(inUrdu).toContain(urduOutcome);

  // In Welsh nothing is translated yet: the English, marked as such, with a note in Welsh.
  await family.goto(`/you-said-we-did/${id}?lang=cy`);
  await expect(family.getByRole("heading", { level: 1 })).toContainText(`Open holiday clubs on Saturdays (${marker})`);
  await expect(family.locator(`h1 [lang="en-GB"]`)).toHaveText(`Open holiday clubs on Saturdays (${marker})`);
  await expect(family.getByText("Heb ei gyfieithu i'r Cymraeg eto").first()).toBeVisible();
  await familyContext.close();
});

test("a forum organiser reaches the translations from their events page", async ({ page }) => {
  await signIn(page, "organiser@northsomerset.example");
  await page.goto("/manage/events");
  await page.getByRole("link", { name: "Translations", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Translations", level: 1 })).toBeVisible();
});

test("an organiser has an event's words translated in a translation tool (XLIFF); a Welsh family reads them", async ({ browser, baseURL }) => {
  test.slow();
  const organiserContext = await browser.newContext({ baseURL });
  const organiser = await organiserContext.newPage();
  await signIn(organiser, "organiser@northsomerset.example");
  const file = await (await organiser.request.get("/manage/translations.xlf?into=cy")).text();
  const descriptionId = /<trans-unit id="event:(\d+):description"/.exec(file)![1]!;
  const event = Number(descriptionId);
  const marker = Date.now().toString(36);
  const target = (field: string, text: string) => (xliff: string) =>
    xliff.replace(
      new RegExp(`(<trans-unit id="event:${event}:${field}"[^>]*>\\s*<source>[^<]*</source>\\s*)<target state="needs-translation"></target>`),
      `$1<target state="translated">${text}</target>`,
    );
  const translated = [
    target("title", `Bore coffi i rieni (${marker})`),
    target("description", `## Croeso\n\nDewch i siarad â ni am seibiannau byr (${marker}).`),
  ].reduce((xliff, fill) => fill(xliff), file);
  await organiser.goto("/manage/translations?into=cy");
  await organiser
    .getByLabel("Translated file (CSV or XLIFF)")
    .setInputFiles({ name: "cy.xlf", mimeType: "application/xliff+xml", buffer: Buffer.from(translated) });
  await organiser.getByRole("button", { name: "Import translations" }).click();
  await expect(organiser.getByText(/Imported 2 translations; \d+ blank rows? (was|were) skipped\./)).toBeVisible();
  await organiserContext.close();

  const familyContext = await browser.newContext({ baseURL });
  const family = await familyContext.newPage();
  await family.goto(`/events/${event}?lang=cy`);
  await expect(family.getByRole("heading", { level: 1 })).toHaveText(`Bore coffi i rieni (${marker})`);
  await expect(family.getByRole("heading", { level: 2, name: "Croeso" })).toBeVisible();
  await expect(family.getByText(`Dewch i siarad â ni am seibiannau byr (${marker}).`)).toBeVisible();
  // The access notes are not translated yet: shown in English, and the page says so in Welsh.
  await expect(family.getByText("Heb ei gyfieithu i'r Cymraeg eto")).toBeVisible();
  await expectAccessible(family);
  await familyContext.close();
});

test("a family reads in Polish, which the area translates its texts into while the pages stay in English", async ({ browser, baseURL }) => {
  test.slow();
  const event = demoIds().event;
  const marker = Date.now().toString(36);
  const polishTitle = `Poranna kawa dla rodziców (${marker})`;

  // The officer has the event's title translated into Polish, one of the area's content languages.
  const officerContext = await browser.newContext({ baseURL });
  const officer = await officerContext.newPage();
  await signIn(officer, DEMO.officer);
  const lines = (await (await officer.request.get("/manage/translations.csv?into=pl")).text())
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r?\n/);
  const titleLine = lines.find((line) => line.startsWith(`event:${event}:title,`))!;
  await officer.goto("/manage/translations?into=pl");
  await expect(officer.getByRole("heading", { name: /^Into Polish: \d+ texts to translate/ })).toBeVisible();
  await officer.getByLabel("Translated file (CSV or XLIFF)").setInputFiles({
    name: "pl.csv",
    mimeType: "text/csv",
    buffer: Buffer.from([lines[0], `${titleLine.replace(/,,$/, "")},${polishTitle},Biuro Tłumaczeń`].join("\n")),
  });
  await officer.getByRole("button", { name: "Import translations" }).click();
  await expect(officer.getByText("Imported 1 translation; no rows were blank.")).toBeVisible();
  await officerContext.close();

  // A family picks Polski: the page is in English, the title in Polish and marked so, the rest says it is not translated yet.
  const familyContext = await browser.newContext({ baseURL });
  const family = await familyContext.newPage();
  await family.goto(`/events/${event}`);
  await family.getByRole("navigation", { name: "Languages" }).getByRole("link", { name: "Polski" }).click();
  await expect(family.locator("html")).toHaveAttribute("lang", "en-GB");
  await expect(family.locator('h1 [lang="pl"]')).toHaveText(polishTitle);
  await expect(family.locator('.app-language-switcher [aria-current="true"]')).toHaveText("Polski");
  await expect(family.getByText("In Polish: what the area writes, where it is translated. Pages stay in English.")).toBeVisible();
  await expect(family.getByText("Not translated into Polish yet: shown in English.").first()).toBeVisible();
  await expectAccessible(family);

  // The choice is remembered; the booking records it, and its email is in English with the title in Polish.
  await family.goto("/events");
  await expect(family.getByRole("link", { name: polishTitle })).toBeVisible();
  const email = uniqueEmail("polish");
  await family.goto(`/events/${event}/register`);
  await family.getByLabel("Your name").fill("Zofia Nowak");
  await family.getByLabel("Email address").fill(email);
  await family.getByLabel("Parent or carer").check();
  await family.getByLabel("How many places do you need?").fill("1");
  await family.getByLabel("I agree").check();
  await family.getByRole("button", { name: "Book" }).click();
  await expect(family.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const confirmation = await emailText(familyContext, email, `You are booked: ${polishTitle}`);
  expect(confirmation).toContain("Hello Zofia Nowak");
  await familyContext.close();
});

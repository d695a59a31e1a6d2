import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, changeSuggestionStatus, expectAccessible, signIn, textTo } from "./helpers";
import { demoIds } from "./routes";

// The loop closed for people who do not use email: a walk-in who gives only a mobile number, a
// parent who answers a survey on paper with a postal address, and someone whose paper Tell us form
// asks to hear through the forum. Each is told the way they chose, and the evidence counts them.

const FORUM = "Through North Somerset Parent Carers Working Together";

const MM = 72 / 25.4; // PDF points in a millimetre
/** Where a DL window envelope shows the address of an A4 letter folded in three, in millimetres. */
const WINDOW = { x: 20, y: 40, w: 90, h: 45 };

/**
 * Looks at the printed letter for `name` as poppler draws it: the words inside the envelope's window
 * (pdftotext cropped to it), and the page as a grey image (pdftoppm, 2 pixels a millimetre) with
 * how many dark pixels fall in the window and in the band above it, which the envelope hides.
 */
function lookAtLetter(pdf: Buffer, name: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "letters-"));
  const file = path.join(dir, "letters.pdf");
  const run = (cmd: string, args: (string | number)[]) => execFileSync(cmd, args.map(String)).toString("latin1");
  try {
    fs.writeFileSync(file, pdf);
    const pages = Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [file]))![1]);
    const n = Array.from({ length: pages }, (_, i) => i + 1).find((p) => run("pdftotext", ["-f", p, "-l", p, file, "-"]).includes(name));
    if (!n) throw new Error(`No letter for ${name}`);
    const crop = [WINDOW.x, WINDOW.y, WINDOW.w, WINDOW.h].map((v) => Math.round(v * MM));
    const inWindow = run("pdftotext", ["-f", n, "-l", n, "-x", crop[0]!, "-y", crop[1]!, "-W", crop[2]!, "-H", crop[3]!, file, "-"]);
    run("pdftoppm", ["-f", n, "-l", n, "-gray", "-r", 50.8, "-singlefile", file, path.join(dir, "page")]);
    const image = fs.readFileSync(path.join(dir, "page.pgm"));
    // A binary greymap: "P5", width, height, 255, then one byte a pixel.
    const header = /^P5\s+(\d+)\s+\d+\s+255\s/.exec(image.subarray(0, 40).toString("latin1"))!;
    const w = Number(header[1]);
    const pixels = image.subarray(header[0].length);
    const dark = (x0: number, y0: number, x1: number, y1: number) => {
      let count = 0;
      for (let y = y0 * 2; y < y1 * 2; y++) for (let x = x0 * 2; x < x1 * 2; x++) if (pixels[y * w + x]! < 128) count++;
      return count;
    };
    execFileSync("pdftoppm", ["-f", String(n), "-l", String(n), "-png", "-r", "50", "-singlefile", file, path.join(dir, "page")]);
    return {
      inWindow,
      darkInWindow: dark(WINDOW.x, WINDOW.y, WINDOW.x + WINDOW.w, WINDOW.y + WINDOW.h),
      darkAbove: dark(0, 0, 210, WINDOW.y - 5),
      png: fs.readFileSync(path.join(dir, "page.png")),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function shownReference(page: Page, message: RegExp): Promise<string> {
  const flash = page.getByText(message);
  await expect(flash).toBeVisible();
  return /YS-\d+/.exec((await flash.textContent())!)![0];
}

test("a walk-in by text, a paper survey by post and a paper form through the forum: each is told, and counted", async ({ browser }) => {
  test.slow();
  const marker = Date.now().toString(36);
  const ids = demoIds();
  const phone = `07400${String(Math.floor(Math.random() * 1e6)).padStart(6, "0")}`;

  // At the event: a walk-in gives only a mobile number, and the organiser notes their point in their name.
  const organiserContext = await browser.newContext();
  const organiser = await organiserContext.newPage();
  await signIn(organiser, "organiser@northsomerset.example");
  await organiser.goto(`/manage/events/${ids.event}/check-in`);
  await organiser.getByLabel("Their name").fill(`Wyn ${marker}`);
  await organiser.getByRole("group", { name: "Who are they?" }).getByLabel("Parent or carer").check();
  await organiser.getByLabel("Text message", { exact: true }).check();
  await organiser.getByLabel("UK mobile number").fill("0740012");
  await organiser.getByRole("button", { name: "Add walk-in" }).click();
  await expect(organiser.getByRole("link", { name: "Enter a UK mobile number, like 07400 123456" })).toBeVisible();
  await expectAccessible(organiser);
  await organiser.getByLabel("UK mobile number").fill(phone);
  await organiser.getByRole("button", { name: "Add walk-in" }).click();
  await expect(organiser.getByText(`Wyn ${marker}`, { exact: true })).toBeVisible();
  await organiser.goto(`/manage/events/${ids.event}/heard`);
  await organiser.getByLabel("Who said it").selectOption({ label: `Wyn ${marker}` });
  await organiser.getByLabel("What they said").fill(`Walk-in ${marker}: the bus pass form asks for the same letters every year.`);
  await organiser.getByRole("button", { name: "Add their point" }).click();
  await expect(organiser.getByText("they will hear back the way they chose")).toBeVisible();
  const receipt = await textTo(phone, "we have your suggestion");
  const walkIn = /YS-\d+/.exec(receipt.body)![0];

  // A paper Tell us form asks to hear through the forum: the organiser types it in as written.
  await organiser.goto("/manage/events");
  await organiser.getByRole("link", { name: "Type in paper forms" }).click();
  await expectAccessible(organiser);
  await organiser.getByRole("link", { name: "A Tell us form" }).click();
  await organiser.getByLabel("Your suggestion").fill(`Paper ${marker}: the respite centre leaflet is only in English.`);
  await organiser.getByLabel("Parent or carer").check();
  await organiser.getByLabel("Your name (optional)").fill("Fran");
  await organiser.getByLabel(FORUM).check();
  await organiser.getByLabel("How can the forum reach you?").fill("Thursday coffee morning at Castlewood");
  await organiser.getByLabel("English", { exact: true }).check();
  await organiser.getByRole("button", { name: "Save this form" }).click();
  await expect(organiser.getByRole("link", { name: /Tick to confirm they signed the consent on the paper form/ })).toBeVisible();
  await expectAccessible(organiser);
  await organiser.getByLabel("They signed this consent on the paper form").check();
  await organiser.getByRole("button", { name: "Save this form" }).click();
  const byForum = await shownReference(organiser, /Saved as YS-\d+\. Type in the next form\./);
  await expect(organiser.getByLabel("Your suggestion")).toHaveValue("");

  // A parent's paper survey gives a postal address: an officer types it in, then makes their answer a suggestion.
  const officerContext = await browser.newContext();
  const officer = await officerContext.newPage();
  await signIn(officer, DEMO.officer);
  await officer.goto("/manage/paper");
  await officer.getByRole("link", { name: /Growing up/ }).click();
  await officer.getByRole("group", { name: "Who are you answering as?" }).getByLabel("Parent or carer").check();
  const idea = `Survey ${marker}: a named person at the adult team before my son turns 18.`;
  await officer.getByLabel(/What would make the move to adult services easier for you/).fill(idea);
  await officer.getByLabel("Your name", { exact: true }).fill("Gwen Post");
  await officer.getByLabel("Letter by post").check();
  await officer.getByLabel("Address", { exact: true }).fill("7 Church Lane\nBackwell");
  await officer.getByLabel("Postcode").fill("bs48 3pq");
  await officer.getByLabel("English", { exact: true }).check();
  await officer.getByLabel("They signed this consent on the paper form").check();
  await expectAccessible(officer);
  await officer.getByRole("button", { name: "Save this form" }).click();
  await expect(officer.getByText(/Response SR-\d+ saved\. Type in the next one\./)).toBeVisible();
  await officer.goto(`/manage/surveys/${ids.openSurvey}/results?q=${encodeURIComponent(marker)}#answers`);
  await officer
    .locator("li")
    .filter({ hasText: idea })
    .getByRole("button", { name: /Turn into a suggestion/ })
    .click();
  const byPost = await shownReference(officer, /The answer is now suggestion YS-\d+/);

  // Before closing each, the officer sees who will be told, and how; then closes it.
  const told = { [walkIn]: "1 person by text message", [byPost]: "1 person by letter", [byForum]: "1 person through the forum" };
  for (const [reference, how] of Object.entries(told)) {
    await officer.goto(`/manage/suggestions/${Number(reference.slice(3))}`);
    await expect(officer.locator("#will-be-told")).toContainText(how);
    await changeSuggestionStatus(officer, reference, "Done", { outcome: `Sorted (${marker}): ${reference} is answered.` });
  }

  // The text reaches Notify; the letter is in the printed PDF; the forum's list shows the third.
  const update = await textTo(phone, "It is now: done");
  expect(update.body).toContain(`Sorted (${marker})`);
  await officer.goto("/manage/letters");
  const href = (await officer.getByRole("link", { name: "Download these letters to print (PDF)" }).getAttribute("href"))!;
  const letter = lookAtLetter(await (await officer.request.get(href)).body(), "Gwen Post");
  await test.info().attach("letter to Gwen Post", { body: letter.png, contentType: "image/png" });
  // The name and address show through the window, and nothing is printed in the band above it.
  expect(letter.inWindow).toMatch(/Gwen Post\s+7 Church Lane\s+Backwell\s+BS48 3PQ/);
  expect(letter.darkInWindow).toBeGreaterThan(200);
  expect(letter.darkAbove).toBe(0);
  await officer.getByRole("button", { name: "Mark these letters as posted" }).click();
  await expect(officer.getByText(/letters? marked as posted\./)).toBeVisible();

  await organiser.goto("/manage/forum");
  const forumNews = organiser.getByRole("region", { name: `Fran, about ${byForum}` });
  await expect(forumNews).toContainText("Thursday coffee morning at Castlewood");
  await forumNews.getByRole("button", { name: "Mark as passed on" }).click();
  await organiserContext.close();

  // The evidence report counts all three as told, by the way each chose.
  await officer.goto("/manage/evidence");
  const table = officer.getByRole("table", { name: /People told of the/ });
  for (const way of ["By text message", "By letter (posted)", "Through the forum (passed on)"]) {
    const n = Number(
      await table
        .getByRole("row", { name: new RegExp(`^${way.replace(/[()]/g, "\\$&")}`) })
        .getByRole("cell")
        .textContent(),
    );
    expect(n, way).toBeGreaterThanOrEqual(1);
  }
  await expectAccessible(officer);
  await officerContext.close();
});

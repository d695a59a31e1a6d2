import { expect, test, type Page } from "@playwright/test";
import { DEMO, emailText, expectAccessible, firstLink, signIn } from "./helpers";

const PARAGRAPHS = [
  "Short breaks give families a rest and give young people time with friends.",
  "You can ask for a short break through the local offer or your social worker.",
  "Holiday clubs run in every school holiday.",
];

async function writeDocument(page: Page, title: string) {
  await page.goto("/manage/reviews");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Start a new document" }).click();
  await expect(page.getByRole("heading", { name: "Start a new document" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Save version 1" }).click();
  await expect(page.getByRole("alert")).toContainText("Enter title");
  await expect(page.getByRole("alert")).toContainText("Enter the document text");
  await expectAccessible(page);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("What it is for").fill("A guide to short breaks for young people.");
  const editor = page.getByRole("textbox", { name: "Document text" });
  await editor.click();
  for (const [i, paragraph] of PARAGRAPHS.entries()) {
    if (i > 0) await page.keyboard.press("Enter");
    await page.keyboard.type(paragraph);
  }
  await page.getByRole("button", { name: "Save version 1" }).click();
  await expect(page.getByText("Version 1 is saved.")).toBeVisible();
  return /\/manage\/reviews\/(\d+)/.exec(page.url())![1]!;
}

test("an officer runs a review round: ambassadors comment without JavaScript, every comment is answered, and version 2 shows what changed", async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow();
  const title = `Short breaks guide ${Date.now().toString(36)}`;
  await signIn(page, DEMO.officer);
  const documentId = await writeDocument(page, title);
  await expectAccessible(page);

  // An easy-read explanation for the first paragraph.
  await page.getByRole("link", { name: "Easy-read explanations for version 1" }).click();
  await expect(page.getByRole("heading", { name: "Easy-read explanations" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("What paragraph 1 means, in easy words").fill("Short breaks are time off for you and your family.");
  await page.getByRole("button", { name: "Save explanations" }).click();
  await expect(page.getByText("Easy-read explanations saved.")).toBeVisible();

  // A round for two ambassadors.
  await page.goto(`/manage/reviews/${documentId}`);
  await page.getByRole("link", { name: "Invite reviewers to version 1" }).click();
  await expect(page.getByRole("heading", { name: "Invite reviewers to version 1" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Send invitations" }).click();
  await expect(page.getByRole("alert")).toContainText("Choose at least one person to invite");
  await expectAccessible(page);
  await page.getByLabel("Sam Carter").check();
  await page.getByLabel("Maya Okafor").check();
  await page.getByRole("button", { name: "Send invitations" }).click();
  await expect(page.getByText("Invitations sent to 2 people.")).toBeVisible();
  await expectAccessible(page);
  const roundPath = new URL(page.url()).pathname.replace("/manage", "");

  // The ambassador reviews with JavaScript turned off.
  const noScript = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const ambassador = await noScript.newPage();
  await signIn(ambassador, DEMO.ambassador);
  const invitation = await emailText(noScript, DEMO.ambassador, `Will you review “${title}”?`);
  await ambassador.goto(firstLink(invitation, "/reviews/rounds/"));
  expect(new URL(ambassador.url()).pathname).toBe(roundPath);
  await expect(ambassador.getByRole("heading", { name: title })).toBeVisible();
  await ambassador.getByText("What this means (paragraph 1)").click();
  await expect(ambassador.getByText("Short breaks are time off for you and your family.")).toBeVisible();
  await ambassador.getByRole("link", { name: "Largest" }).click();
  await expect(ambassador.getByRole("link", { name: "Largest" })).toHaveAttribute("aria-current", "true");

  await ambassador.getByText("Comment on paragraph 3", { exact: true }).click();
  await ambassador.getByRole("button", { name: "Add comment on paragraph 3" }).click();
  await expect(ambassador.getByRole("alert")).toContainText("Write your comment");

  const comments = ["What is a short break? Say it at the start.", "Who do I ask at school? Add that."];
  for (const [i, comment] of comments.entries()) {
    await ambassador.getByText(`Comment on paragraph ${i + 1}`, { exact: true }).click();
    await ambassador.getByLabel(`Your comment on paragraph ${i + 1}`).fill(comment);
    await ambassador.getByRole("button", { name: `Add comment on paragraph ${i + 1}` }).click();
    await expect(ambassador.getByText("Comment added.")).toBeVisible();
    await expect(ambassador.getByText(comment)).toBeVisible();
  }
  // The chosen text size is kept after commenting.
  await expect(ambassador.getByRole("link", { name: "Largest" })).toHaveAttribute("aria-current", "true");
  await ambassador.getByRole("button", { name: "Send my review" }).click();
  await expect(ambassador.getByRole("alert")).toContainText("Choose a number from 1 to 5 for “How easy was this to understand?”");
  await ambassador.getByRole("group", { name: "How easy was this to understand?" }).getByLabel("4", { exact: true }).check();
  await ambassador.getByLabel("What would you change?").fill("Shorter sentences.");
  await ambassador.getByRole("button", { name: "Send my review" }).click();
  await expect(ambassador.getByText("Thank you: your review has been sent.")).toBeVisible();

  // An ambassador who was not invited is refused.
  const other = await browser.newContext({ baseURL });
  const outsider = await other.newPage();
  await signIn(outsider, DEMO.uninvitedAmbassador);
  const refused = await outsider.goto(roundPath);
  expect(refused!.status()).toBe(403);
  await expect(outsider.getByText("You were not invited to review this document.")).toBeVisible();
  await outsider.goto("/reviews");
  await expect(outsider.getByText(title)).toHaveCount(0);
  await other.close();

  // The officer answers both comments, paragraph by paragraph.
  await page.goto(`/manage${roundPath}`);
  await expect(page.getByRole("heading", { name: "Paragraph 1" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Paragraph 2" })).toBeVisible();
  await expect(page.getByText("Average 4 out of 5, from 1 reviewer")).toBeVisible();
  await expectAccessible(page);
  const first = page.locator("article").filter({ hasText: comments[0]! });
  await first.getByLabel("Your answer").fill("You said to explain short breaks first, so we added a sentence at the start.");
  await first.getByRole("radio", { name: "Accepted", exact: true }).check();
  await first.getByLabel(/For the public page/).fill("Explain what a short break is at the start.");
  await first.getByRole("button", { name: "Save answer" }).click();
  await expect(page.getByText("Answer saved.")).toBeVisible();
  const second = page.locator("article").filter({ hasText: comments[1]! });
  await second.getByLabel("Your answer").fill("We kept this paragraph as it is.");
  await second.getByRole("radio", { name: "Not accepted" }).check();
  await second.getByRole("button", { name: "Save answer" }).click();
  await expect(page.getByRole("alert")).toContainText("Say why the comment was not accepted");
  await expectAccessible(page);
  await second.getByLabel("If not accepted, why not?").fill("Each school names its SENCO on the local offer page, which we link to.");
  await second.getByRole("button", { name: "Save answer" }).click();
  await expect(page.getByText("Answer saved.")).toBeVisible();
  await page
    .locator("article")
    .filter({ hasText: comments[0]! })
    .getByRole("button", { name: /Turn into a suggestion/ })
    .click();
  await expect(page.getByText(/The comment is now suggestion YS-\d+/)).toBeVisible();

  // Version 2, with a change summary, edited in the rich text editor.
  await page.goto(`/manage/reviews/${documentId}`);
  await page.locator(".app-editor p").first().click();
  await page.keyboard.press("Home");
  await page.keyboard.type("A short break is time away from caring. ");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Draft saved.")).toBeVisible();
  await page.getByRole("button", { name: "Publish version 2" }).click();
  await expect(page.getByRole("alert")).toContainText("Say what changed in this version before you publish it");
  await page.getByLabel("What changed").fill("We explained what a short break is, as Sam asked.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await page.getByRole("button", { name: "Publish version 2" }).click();
  await expect(page.getByText("Version 2 is published. 1 reviewer was emailed a link to what changed.")).toBeVisible();

  // The ambassador is told, and sees how each comment was answered (now with JavaScript on, so axe can check the pages).
  await noScript.close();
  const withScript = await browser.newContext({ baseURL });
  const reader = await withScript.newPage();
  await signIn(reader, DEMO.ambassador);
  const answered = await emailText(withScript, DEMO.ambassador, `Your comments on “${title}” have been answered`);
  await reader.goto(firstLink(answered, "/reviews/rounds/"));
  await expect(reader.getByText("You said to explain short breaks first, so we added a sentence at the start.")).toBeVisible();
  await expect(reader.getByText("Each school names its SENCO on the local offer page, which we link to.")).toBeVisible();
  await expect(reader.getByText("Accepted", { exact: true })).toBeVisible();
  await expect(reader.getByText("Not accepted", { exact: true })).toBeVisible();
  await expectAccessible(reader);
  await reader.getByText("Comment on paragraph 3", { exact: true }).click();
  await reader.getByRole("button", { name: "Add comment on paragraph 3" }).click();
  await expect(reader.getByRole("alert")).toContainText("Write your comment");
  await expectAccessible(reader);
  await reader.getByLabel("Your comment on paragraph 3").fill(`<script>alert(1)</script>${"x".repeat(2001)}`);
  await reader.getByRole("button", { name: "Add comment on paragraph 3" }).click();
  await expect(reader.getByRole("alert")).toContainText("Your comment must be 2,000 characters or fewer");
  await expect(reader.getByLabel("Your comment on paragraph 3")).toHaveValue(/^<script>alert\(1\)<\/script>x+$/);
  await reader.goto("/reviews");
  await expect(reader.getByText("2 of your 2 comments have been answered.").first()).toBeVisible();
  await expectAccessible(reader);
  await emailText(withScript, DEMO.ambassador, `Version 2 of “${title}” is ready`);
  await reader.goto(roundPath);
  await reader.getByRole("link", { name: "See what changed" }).click();
  await expect(reader.getByRole("heading", { name: "What changed from version 1 to version 2" })).toBeVisible();
  await expect(reader.getByText("We explained what a short break is, as Sam asked.")).toBeVisible();
  await expect(reader.locator("ins")).toContainText("A short break is time away from caring.");
  await expect(reader.getByText("1 paragraph changed.")).toBeVisible();
  await expectAccessible(reader);
  await withScript.close();

  // The draft is not public until the officer publishes the review page.
  const visitor = await browser.newContext({ baseURL });
  const anon = await visitor.newPage();
  expect((await anon.goto(`/reviews/${documentId}/changes`))!.status()).toBe(403);
  expect((await anon.goto(`/reviews/${documentId}`))!.status()).toBe(404);
  await page.getByLabel("Introduction for the public page").fill("Young people told us how to make this guide clearer.");
  await page.getByRole("button", { name: "Publish the public page" }).click();
  await expect(page.getByText("The public page is published.")).toBeVisible();
  await anon.goto("/reviews");
  await anon.getByRole("link", { name: title }).click();
  await expect(anon.getByRole("heading", { name: "Ambassadors reviewed this document: they said, we changed" })).toBeVisible();
  await expect(anon.getByText("Explain what a short break is at the start.")).toBeVisible();
  const html = await anon.content();
  for (const privateText of [...comments, "Sam Carter", DEMO.ambassador, "Shorter sentences."]) expect(html).not.toContain(privateText);
  await expectAccessible(anon);
  await anon.getByRole("link", { name: /See what changed/ }).click();
  await expect(anon.locator("ins")).toContainText("A short break is time away from caring.");
  await visitor.close();
});

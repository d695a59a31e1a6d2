import { expect, test } from "@playwright/test";
import { DEMO, emailText, expectAccessible, firstLink, signIn, uniqueEmail } from "./helpers";

// These tests share the one charter, and the last publishes a new version: run them in order.
test.describe.configure({ mode: "serial" });

async function signAndConfirm(
  page: import("@playwright/test").Page,
  context: import("@playwright/test").BrowserContext,
  who: { name: string; email: string; listed: boolean },
) {
  await page.goto("/charter/sign");
  await page.getByLabel("Your name").fill(who.name);
  await page.getByLabel("Email address").fill(who.email);
  await page.getByLabel("Parent or carer").check();
  if (who.listed) await page.getByLabel("Show my name and organisation on the charter page").check();
  await page.getByLabel("I agree with the statements and commitments in the charter").check();
  await page.getByRole("button", { name: "Sign the charter" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.goto(firstLink(await emailText(context, who.email, "Confirm you are signing the co-production charter"), "/charter/confirm/"));
  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page.getByRole("heading", { name: "Thank you for signing" })).toBeVisible();
}

test("a parent signs the charter, confirms by email, appears on it, and can withdraw", async ({ page, context }) => {
  // A long journey: on a busy machine it gets three times the usual minute.
  test.slow();
  const email = uniqueEmail("signer");
  const name = `Priya Signer ${Date.now().toString(36)}`;
  await page.goto("/charter");
  await expect(page.getByRole("heading", { name: "Our co-production charter" })).toBeVisible();
  await expect(page.getByText("I am an equal partner in the local area")).toBeVisible();
  await expect(page.getByText("Kenton Mee")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Sign the charter" }).click();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Sign the charter" }).click();
  await expect(page.getByRole("alert")).toContainText("Tell us who you are signing as");
  await expectAccessible(page);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Parent or carer").check();
  await page.getByLabel("Show my name and organisation on the charter page").check();
  await page.getByLabel("I agree with the statements and commitments in the charter").check();
  await page.getByRole("button", { name: "Sign the charter" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  // Not counted until confirmed.
  await page.goto("/charter");
  await expect(page.getByText(name)).toHaveCount(0);
  const confirm = await emailText(context, email, "Confirm you are signing the co-production charter");
  await page.goto(firstLink(confirm, "/charter/confirm/"));
  await expectAccessible(page);
  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page.getByRole("heading", { name: "Thank you for signing" })).toBeVisible();
  await page.goto("/charter");
  await expect(page.getByText(name)).toBeVisible();

  // Signing twice gets the same answer as signing once (the page never says who has signed); the email says it was already signed.
  await page.goto("/charter/sign");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Parent or carer").check();
  await page.getByLabel("I agree with the statements and commitments in the charter").check();
  await page.getByRole("button", { name: "Sign the charter" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await emailText(context, email, "You have already signed the co-production charter");

  const thanks = await emailText(context, email, "Thank you for signing the co-production charter");
  await page.goto(firstLink(thanks, "/charter/signature/"));
  await expectAccessible(page);
  await page.getByRole("button", { name: "Withdraw my signature" }).click();
  await expect(page.getByRole("heading", { name: "Your signature has been withdrawn" })).toBeVisible();
  await page.goto("/charter");
  await expect(page.getByText(name)).toHaveCount(0);
  expect(await page.content()).not.toContain(email);
});

test("an officer records evidence of a commitment being kept", async ({ page }) => {
  const note = `Families co-wrote the transport policy ${Date.now().toString(36)}.`;
  await signIn(page, DEMO.officer);
  await page.goto("/manage/charter");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Add evidence" }).click();
  await expect(page.getByRole("alert")).toContainText("Choose a commitment");
  await page.getByLabel("Which commitment?").selectOption({ index: 4 });
  await page.getByLabel("Date").fill("2026-09-30");
  await page.getByLabel("What happened").fill(note);
  await page.getByLabel("Link (optional)").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Add evidence" }).click();
  await expect(page.getByRole("alert")).toContainText("The link must be a page on this site");
  await page.getByLabel("Link (optional)").fill("/strategy");
  await page.getByRole("button", { name: "Add evidence" }).click();
  await expect(page.getByText("Evidence added")).toBeVisible();
  await page.goto("/charter/evidence");
  await expect(page.getByRole("listitem").filter({ hasText: note })).toContainText("30 September 2026");
  await expectAccessible(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("signing the charter works and explains mistakes", async ({ page }) => {
    await page.goto("/charter/sign");
    await page.getByLabel("Your name").fill("Org Signer");
    await page.getByLabel("Email address").fill(uniqueEmail("org"));
    await page.getByLabel("On behalf of an organisation").check();
    await page.getByLabel("I agree with the statements and commitments in the charter").check();
    await page.getByRole("button", { name: "Sign the charter" }).click();
    await expect(page.getByRole("link", { name: "Enter the organisation's name" })).toBeVisible();
    await page.getByLabel("Organisation (optional, unless signing for one)").fill("Weston Family Hub");
    await page.getByRole("button", { name: "Sign the charter" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  });
});

test("someone who signs unlisted is counted but not named; a new version invites signers to sign again", async ({ page, context, browser }) => {
  const count = async () =>
    Number(
      (
        await page
          .getByRole("row", { name: /Parent carers/ })
          .getByRole("cell")
          .textContent()
      )?.trim(),
    );
  await page.goto("/charter");
  const before = await count();
  const listed = { name: `Listed Parent ${Date.now().toString(36)}`, email: uniqueEmail("listed"), listed: true };
  const unlisted = { name: `Quiet Parent ${Date.now().toString(36)}`, email: uniqueEmail("unlisted"), listed: false };
  await signAndConfirm(page, context, listed);
  await signAndConfirm(page, context, unlisted);
  await page.goto("/charter");
  expect(await count()).toBe(before + 2);
  await expect(page.getByText(listed.name)).toBeVisible();
  await expect(page.getByText(unlisted.name)).toHaveCount(0);

  const officerContext = await browser.newContext();
  const officer = await officerContext.newPage();
  await signIn(officer, DEMO.officer);
  await officer.goto("/manage/charter");
  const editor = officer.getByRole("textbox", { name: "Charter text" });
  await editor.click();
  await officer.keyboard.press("Control+End");
  await editor.pressSequentially(" We will report back within 20 working days.");
  await officer.getByLabel("Summary of what changed").fill("We now promise to report back within 20 working days.");
  await officer.getByRole("button", { name: "Save draft" }).click();
  await expect(officer.getByText("Draft saved.")).toBeVisible();
  await officer.getByRole("button", { name: "Publish this version" }).click();
  await expect(officer.getByText(/Published\. \d+ earlier signers have been invited to sign again\./)).toBeVisible();
  await officerContext.close();

  const invite = await emailText(context, listed.email, "The co-production charter has changed: will you sign again?");
  expect(invite).toContain("We now promise to report back within 20 working days.");
  await page.goto("/charter");
  await expect(page.getByText("We will report back within 20 working days.")).toBeVisible();
  await expect(page.getByText(`${listed.name}`)).toBeVisible(); // still shown, against the version they signed
  await expect(page.getByText(/signed version 1/).first()).toBeVisible();
});

import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectAccessible, signIn, signOut } from "../helpers";

// These journeys read figures for the whole area, or switch on an area-wide setting, so they run
// one after another once every other journey has finished (see playwright.config.ts).
test.describe.configure({ mode: "serial" });

const ORGANISER = "organiser@northsomerset.example";
const CARE_PLANS = "Share children's medical care plans with after-school clubs and short-break providers.";

function database() {
  return new Database(path.resolve(process.cwd(), ".cache/e2e/coproduce.db"), { readonly: true, fileMustExist: true });
}

async function figure(page: Page, label: string) {
  return (
    await page
      .getByRole("row", { name: new RegExp(`^${label}`) })
      .getByRole("cell")
      .innerText()
  ).trim();
}

test("the evidence report lists an action with the event and survey suggestions that shaped it, and its counts match the database", async ({
  page,
}) => {
  await signIn(page, DEMO.officer);
  await page.goto("/manage");
  await page.getByRole("link", { name: "Evidence report: what changed because families told us" }).click();
  await expect(page.getByRole("heading", { name: "What changed because families told us" })).toBeVisible();
  await page.getByLabel("From").fill("2000-01-01");
  await page.getByLabel("To").fill("2100-12-31");
  await page.getByRole("button", { name: "Show report" }).click();
  await expect(page.getByText("1 January 2000 to 31 December 2100")).toBeVisible();
  await expectAccessible(page);

  const shortBreaks = page.locator(".app-evidence-action").filter({ has: page.getByRole("link", { name: /^2\.3 / }) });
  await expect(shortBreaks).toContainText("Listening event: Physical impairment and medical support: listening event");
  await expect(shortBreaks).toContainText("Survey: Short breaks: what works for your family?");
  await expect(shortBreaks.getByRole("row", { name: new RegExp(CARE_PLANS.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) })).toContainText(
    "Physical impairment and medical support",
  );
  await expect(shortBreaks.getByRole("row", { name: /Let families book holiday clubs online/ })).toContainText(
    "Short breaks: what works for your family?",
  );
  await expect(shortBreaks.locator("strong.govuk-tag", { hasText: "Engage" }).first()).toBeVisible();

  const db = database();
  const one = (query: string) => String((db.prepare(query).get() as { n: number }).n);
  const expected = {
    "Suggestions received": one("select count(*) as n from suggestions where status != 'merged' and safeguarding = 0"),
    "Event registrations": one(
      "select count(*) as n from registrations r join events e on e.id = r.event_id where e.status = 'published' and r.status = 'confirmed'",
    ),
    "People who came to events": one(
      "select count(*) as n from registrations r join events e on e.id = r.event_id where e.status = 'published' and r.attended_at is not null",
    ),
    "Survey responses": one("select count(*) as n from survey_responses where status = 'submitted'"),
    "Charter signatures": one("select count(*) as n from charter_signatures where status = 'confirmed'"),
    "Ambassador comments on documents": one("select count(*) as n from review_comments"),
  };
  db.close();
  expect(Number(expected["Survey responses"])).toBeGreaterThan(40);
  for (const [label, count] of Object.entries(expected)) expect(await figure(page, label), label).toBe(count);

  // The CSV holds the same figures and nothing personal.
  const csv = await (await page.request.get("/manage/evidence.csv?from=2000-01-01&to=2100-12-31")).text();
  expect(csv).toContain(`Total,,,,,,,Registrations,${expected["Event registrations"]},`);
  expect(csv).toContain(`Total,,,,,,,Survey responses,${expected["Survey responses"]},`);
  expect(csv).toContain(`Total,,,,,,,Charter signatures,${expected["Charter signatures"]},`);
  expect(csv).not.toMatch(/@northsomerset\.example|\(demo\)/);

  // The forum's organiser can read it too; a parent cannot.
  await signOut(page);
  await signIn(page, ORGANISER);
  await page.goto("/manage/events");
  await page.getByRole("link", { name: "Evidence report: what changed because families told us" }).click();
  await expect(page.getByRole("heading", { name: "What changed because families told us" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Who took part" })).toBeVisible();
  await signOut(page);
  await signIn(page, DEMO.member);
  expect((await page.request.get("/manage/evidence")).status()).toBe(403);
});

test("with joint sign-off on, an officer's outcome is public only once the forum agrees it; a send-back keeps it private with the comment", async ({
  page,
  browser,
  baseURL,
}) => {
  await signIn(page, DEMO.admin);
  await page.goto("/admin/settings");
  await page.getByLabel("Outcomes need the forum’s agreement before they are published").check();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await signOut(page);

  const visitor = await (await browser.newContext({ baseURL })).newPage();
  await visitor.goto("/you-said-we-did?q=medical+care+plans");
  await visitor.getByRole("link", { name: CARE_PLANS }).click();
  await expect(visitor.getByRole("heading", { name: `You said: ${CARE_PLANS}` })).toBeVisible();
  const publicPath = new URL(visitor.url()).pathname;
  const id = publicPath.split("/").pop();

  try {
    await signIn(page, DEMO.officer);
    await page.goto(`/manage/suggestions/${id}`);
    await expect(page.getByText("Joint sign-off is on")).toBeVisible();
    await page.getByRole("group", { name: "New status" }).getByLabel("Done", { exact: true }).check();
    await page.getByLabel("Outcome (for done or not possible)").fill("Care plans are now shared with every after-school club.");
    await page.getByRole("button", { name: "Change status or propose the outcome" }).click();
    await expect(page.getByText("Outcome proposed.")).toBeVisible();
    await expect(page.getByText("It is waiting for the parent carer forum to agree it")).toBeVisible();
    await expectAccessible(page);

    await visitor.reload();
    await expect(visitor.getByRole("heading", { name: "We did" })).toHaveCount(0);
    await expect(visitor.getByText("Care plans are now shared")).toHaveCount(0);

    // The forum representative sends it back: the comment is required, and it stays private.
    await signOut(page);
    await signIn(page, ORGANISER);
    await page.goto("/manage/events");
    await page.getByRole("link", { name: "Outcomes to agree" }).click();
    const proposal = page.locator("section", { hasText: CARE_PLANS });
    await expect(proposal).toContainText("Care plans are now shared with every after-school club.");
    await expectAccessible(page);
    await proposal.getByRole("button", { name: "Send it back" }).click();
    await expect(page.getByRole("alert")).toContainText("Say why you are sending it back");
    await page
      .locator("section", { hasText: CARE_PLANS })
      .getByLabel(/what should change\?/)
      .fill("Say which clubs, and from when.");
    await page.locator("section", { hasText: CARE_PLANS }).getByRole("button", { name: "Send it back" }).click();
    await expect(page.getByText("Sent back. It stays private")).toBeVisible();
    await visitor.reload();
    await expect(visitor.getByText("Care plans are now shared")).toHaveCount(0);
    await expect(visitor.getByText("Say which clubs")).toHaveCount(0);

    // The officer sees the comment and proposes again; the forum agrees; now it is public, agreed by both.
    await signOut(page);
    await signIn(page, DEMO.officer);
    await page.goto(`/manage/suggestions/${id}`);
    await expect(
      page.getByRole("listitem").filter({ hasText: /^“Care plans are now shared.*sent back by Jo Hughes \(parent carer forum\)/ }),
    ).toContainText("Say which clubs, and from when.");
    await page.getByRole("group", { name: "New status" }).getByLabel("Done", { exact: true }).check();
    await page
      .getByLabel("Outcome (for done or not possible)")
      .fill("Since January, care plans are shared with all 14 after-school clubs in North Somerset.");
    await page.getByRole("button", { name: "Change status or propose the outcome" }).click();
    await expect(page.getByText("Outcome proposed.")).toBeVisible();
    await signOut(page);
    await signIn(page, ORGANISER);
    await page.goto("/manage/sign-off");
    await page
      .locator("section", { hasText: CARE_PLANS })
      .getByRole("button", { name: /^Agree and publish/ })
      .click();
    await expect(page.getByText("Agreed. The outcome is now public")).toBeVisible();

    await visitor.reload();
    await expect(visitor.getByRole("heading", { name: "We did" })).toBeVisible();
    await expect(visitor.getByText("Since January, care plans are shared with all 14 after-school clubs in North Somerset.")).toBeVisible();
    await expect(visitor.getByText(/Agreed by the council and the parent carer forum on/)).toBeVisible();
    await expectAccessible(visitor);
  } finally {
    await signOut(page).catch(() => undefined);
    await signIn(page, DEMO.admin);
    await page.goto("/admin/settings");
    await page.getByLabel("Outcomes need the forum’s agreement before they are published").uncheck();
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Settings saved.")).toBeVisible();
  }
});

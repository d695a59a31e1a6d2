import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, signIn } from "./helpers";

const HEADER = "area,code,title,how,measures,lead,due_date,status";

test("an officer imports actions from a spreadsheet: a bad file imports nothing and lists every problem", async ({ page }) => {
  const code = `T${Date.now().toString(36).slice(-5)}`;
  await signIn(page, DEMO.officer);
  await page.goto("/manage/strategy");
  await expect(page.getByRole("heading", { name: "The strategy and its actions" })).toBeVisible();
  await expectAccessible(page);

  const bad = [
    HEADER,
    `Area 9 – Test imports,${code}.1,A fine action,,,,2027-01-31,on track`,
    `Area 9 – Test imports,,No code,,,,2027-13-01,maybe`,
  ].join("\n");
  await page.getByLabel("CSV file").setInputFiles({ name: "actions.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("alert")).toContainText("Nothing was imported: the file has 1 problem");
  await expect(page.getByText(/Row 3: code is empty; due_date “2027-13-01” must be a real date/)).toBeVisible();
  await expectAccessible(page);
  await page.goto("/strategy");
  await expect(page.getByText(`${code}.1`)).toHaveCount(0);

  const good = "\uFEFF" + [HEADER, `Area 9 – Test imports,${code}.1,A fine action,How we do it,How we know,Forum,2027-01-31,ON TRACK`].join("\r\n");
  await page.goto("/manage/strategy");
  await page.getByLabel("CSV file").setInputFiles({ name: "actions.csv", mimeType: "text/csv", buffer: Buffer.from(good) });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText("Imported: 1 actions added, 0 updated.")).toBeVisible();
  await page
    .getByLabel("CSV file")
    .setInputFiles({ name: "actions.csv", mimeType: "text/csv", buffer: Buffer.from(good.replace("ON TRACK", "at risk")) });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText("Imported: 0 actions added, 1 updated.")).toBeVisible();
  // The message travels in a one-time cookie, not the address: it is said once.
  await expect(page).toHaveURL(/\/manage\/strategy$/);
  await page.reload();
  await expect(page.getByRole("heading", { name: "The strategy and its actions" })).toBeVisible();
  await expect(page.getByText("Imported: 0 actions added, 1 updated.")).toHaveCount(0);

  await page
    .getByLabel("CSV file")
    .setInputFiles({ name: "report.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4 not a spreadsheet") });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("alert")).toContainText("The file must be a CSV file");

  // The action's public page shows its dated history.
  await page.goto("/strategy");
  await page.getByRole("link", { name: new RegExp(`${code}\\.1`) }).click();
  await expect(page.getByRole("heading", { name: "Progress updates" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "At risk", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "On track", exact: true })).toBeVisible();
});

test("an officer records a dated status update on an action", async ({ page }) => {
  await signIn(page, DEMO.officer);
  await page.goto("/manage/strategy");
  await page.getByRole("link", { name: /^4\.5 / }).click();
  await expectAccessible(page);
  await page.getByLabel("Complete").check();
  await page.getByRole("button", { name: "Save update" }).click();
  await expect(page.getByRole("alert")).toContainText("Write a short public note about the change");
  await page.getByLabel("Public note").fill("Co-production is now part of every commissioning plan.");
  await page.getByRole("button", { name: "Save update" }).click();
  await expect(page.getByText("Status updated and added to the action’s history.")).toBeVisible();
  await page.getByRole("link", { name: "See the public page" }).click();
  await expect(page.getByText("Co-production is now part of every commissioning plan.")).toBeVisible();
});

test("the officer pages pass accessibility checks", async ({ page }) => {
  await signIn(page, DEMO.officer);
  for (const path of ["/manage", "/manage/topics", "/manage/suggestions?overdue=1", "/manage/suggestions?status=done&age=20"]) {
    await page.goto(path);
    await expectAccessible(page);
  }
  await page.goto("/manage/topics");
  await page.getByRole("button", { name: "Add topic" }).click();
  await expect(page.getByRole("alert")).toContainText("Enter topic name");
  await expectAccessible(page);
});

test("no public page, feed or CSV shows a contributor's email or their own words", async ({ request }) => {
  const secrets = [
    "rachel.demo@northsomerset.example", // a seeded contributor's email
    "We applied for an EHC needs assessment 19 weeks ago", // unpublished original words
    "My son's EHCP still says he needs speech therapy", // published suggestion's original words
    "I waited 9 months to see CAMHS",
  ];
  const board = await (await request.get("/you-said-we-did")).text();
  const ids = Array.from(new Set(Array.from(board.matchAll(/\/you-said-we-did\/(\d+)/g), (m) => m[1])));
  expect(ids.length).toBeGreaterThan(5);
  const paths = [
    "/",
    "/you-said-we-did",
    "/you-said-we-did?q=speech",
    "/you-said-we-did/outcomes.xml",
    "/you-said-we-did.csv",
    "/you-said-we-did/report",
    "/strategy",
    ...ids.map((id) => `/you-said-we-did/${id}`),
  ];
  for (const path of paths) {
    const body = await (await request.get(path)).text();
    for (const secret of secrets) expect(body, `${path} shows “${secret}”`).not.toContain(secret);
  }
});

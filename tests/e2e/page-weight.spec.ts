import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./helpers";
import { pageWeight } from "../../bench/helpers";
import { demoIds } from "./routes";

// Every public page's JavaScript stays within 120 KB gzipped (seen: a form schema built when a
// route module loaded brought all of zod into the browser code of every page with a form).
const BUDGET_GZIP = 120 * 1024;

test("public pages send at most 120 KB of JavaScript, gzipped", async ({ baseURL }) => {
  const ids = demoIds();
  const over: string[] = [];
  for (const path of [
    "/",
    "/tell-us",
    "/sign-in",
    "/you-said-we-did",
    "/what-you-told-us",
    `/what-you-told-us/${ids.report}`,
    `/events/${ids.event}/register`,
    "/charter/sign",
    `/surveys/${ids.openSurvey}`,
  ]) {
    const weight = await pageWeight(baseURL!, path);
    if (weight.jsGzip > BUDGET_GZIP) over.push(`${path}: ${(weight.jsGzip / 1024).toFixed(1)} KB`);
  }
  expect(over).toEqual([]);
});

// A page that only shows things works without the application's JavaScript, so it is not sent:
// only GOV.UK Frontend's own script, for the menu on a phone and the error summary's focus.
test("pages that only show things load GOV.UK Frontend's script and no other", async ({ page }) => {
  test.slow();
  const ids = demoIds();
  const scripts: string[] = [];
  const errors: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  page.on("pageerror", (error) => errors.push(error.message));
  const readOnly = [
    "/",
    "/you-said-we-did",
    `/you-said-we-did/${ids.suggestion}`,
    "/strategy",
    `/strategy/actions/${ids.action}`,
    "/events",
    `/events/${ids.event}`,
    "/groups",
    `/groups/${ids.group}`,
    "/surveys",
    `/surveys/${ids.survey}/results`,
    `/surveys/${ids.survey}/summary`,
    "/charter",
    "/reviews",
    `/reviews/${ids.document}`,
    "/what-you-told-us",
    `/what-you-told-us/${ids.report}`,
    "/accessibility",
    "/privacy",
  ];
  for (const path of readOnly) {
    scripts.length = 0;
    await page.goto(path);
    await expect(page.locator("body.govuk-frontend-supported"), path).toHaveCount(1);
    expect(scripts, path).toEqual(["/govuk-frontend.js"]);
  }
  // Signed in, the same pages are no different.
  await signIn(page, DEMO.member);
  scripts.length = 0;
  await page.goto("/you-said-we-did");
  expect(scripts).toEqual(["/govuk-frontend.js"]);
  // A form that is helped by the application still loads it.
  scripts.length = 0;
  await page.goto("/tell-us");
  await page.waitForFunction(() => "__remixRouter" in window);
  expect(scripts.length).toBeGreaterThan(1);
  expect(errors).toEqual([]);
});

import { expect, test } from "@playwright/test";
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

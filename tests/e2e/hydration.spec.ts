import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn } from "./helpers";
import { demoIds } from "./routes";

// A page the browser draws differently from the server is thrown away and drawn again as it loads,
// and whatever someone had started typing goes with it (seen: a booking form posted with its name
// empty, because the server wrote 12:30pm as "0:30pm"). React reports each such page as an error.

async function pagesLoadCleanly(page: Page, paths: string[]) {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message.slice(0, 120)}`));
  // A page whose code cannot run in the browser (server code left in it) is reloaded, not shown as an error.
  page.on("console", (message) => {
    if (message.type() === "error" && /Error loading route module/.test(message.text()))
      errors.push(`${page.url()}: ${message.text().slice(0, 160)}`);
  });
  for (const path of paths) {
    await page.goto(path);
    // Hydration has finished when Remix's client router is running.
    await page.waitForFunction(() => "__remixRouter" in window);
  }
  expect(errors).toEqual([]);
}

test("public forms are drawn in the browser exactly as the server sent them", async ({ page }) => {
  test.slow();
  const ids = demoIds();
  // Pages that only show things are sent without the application (page-weight.spec.ts).
  await pagesLoadCleanly(page, ["/tell-us", "/sign-in", `/surveys/${ids.openSurvey}`, "/charter/sign"]);
  await page.goto("/events");
  const event = await page.getByRole("link", { name: "Short breaks listening event" }).getAttribute("href");
  await pagesLoadCleanly(page, [`${event}/register`]);
});

test("staff pages are drawn in the browser exactly as the server sent them", async ({ page }) => {
  test.slow();
  const ids = demoIds();
  await signIn(page, DEMO.officer);
  await pagesLoadCleanly(page, [
    "/manage",
    "/manage/suggestions",
    "/manage/events",
    "/manage/groups",
    "/manage/evidence",
    "/manage/surveys",
    `/manage/surveys/${ids.openSurvey}/results`,
    `/manage/reviews/rounds/${ids.round}`,
    "/manage/themes",
    `/manage/themes/${ids.theme}`,
    "/manage/themes/suggested",
    "/manage/told-us",
    `/manage/told-us/${ids.report}`,
    "/account",
  ]);
});

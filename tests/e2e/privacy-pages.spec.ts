import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, signIn } from "./helpers";

test("an admin edits the privacy notice; visitors reach it from the footer and from forms that ask for personal details", async ({
  page,
  browser,
  baseURL,
}) => {
  const marker = `Data controller note ${Date.now().toString(36)}`;
  await signIn(page, DEMO.admin);
  await page.goto("/admin/settings");
  await page.getByRole("link", { name: "Edit the privacy notice" }).click();
  await expect(page.getByRole("heading", { name: "Privacy notice" })).toBeVisible();
  await expectAccessible(page);
  const editor = page.getByRole("textbox", { name: "Page text" });
  await editor.click();
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Enter");
  await page.keyboard.type(marker);
  await page.getByRole("button", { name: "Save a new version" }).click();
  await expect(page.getByText(/Saved as version \d+\./)).toBeVisible();

  const visitorContext = await browser.newContext({ baseURL });
  const visitor = await visitorContext.newPage();
  for (const form of ["/tell-us", "/sign-up", "/charter/sign"]) {
    await visitor.goto(form);
    await expect(
      visitor
        .getByRole("main")
        .getByRole("link", { name: /privacy notice/i })
        .first(),
    ).toBeVisible();
  }
  await visitor.getByRole("contentinfo").getByRole("link", { name: "Privacy notice" }).click();
  await expect(visitor.getByRole("heading", { name: "Privacy notice" })).toBeVisible();
  await expect(visitor.getByText(marker)).toBeVisible();
  await expect(visitor.getByText("How long we keep it")).toBeVisible();
  await expectAccessible(visitor);
  await visitor.getByRole("contentinfo").getByRole("link", { name: "Accessibility statement" }).click();
  await expect(visitor.getByRole("heading", { name: "Accessibility statement" })).toBeVisible();
  await visitorContext.close();
});

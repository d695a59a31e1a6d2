import { expect, test } from "@playwright/test";
import { expectAccessible } from "./helpers";

// On a phone the menu of eight links filled the first screen (GOV.UK Frontend's JavaScript was never
// started). With JavaScript it folds behind a "Menu" button; without it every link is listed.

test.use({ viewport: { width: 390, height: 844 } });

test("on a phone the page's heading is on the first screen, the menu opens from a button and folds again on a new page", async ({ page }) => {
  // The home page loads only GOV.UK Frontend's script: it starts the menu.
  await page.goto("/");
  const menu = page.getByRole("button", { name: "Menu" });
  await expect(menu).toBeVisible();
  await expect(page.getByRole("link", { name: "Our strategy" })).toBeHidden();
  const heading = await page.getByRole("heading", { level: 1 }).boundingBox();
  expect(heading!.y + heading!.height).toBeLessThan(844 / 2);
  await expectAccessible(page);
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await page.getByRole("link", { name: "Events" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /events/i })).toBeVisible();
  await expect(page.getByRole("link", { name: "Our strategy" })).toBeHidden();
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  // On a page with the application, a link followed in the open menu folds it too.
  await page.goto("/tell-us");
  await page.waitForFunction(() => "__remixRouter" in window);
  await menu.click();
  await page.getByRole("link", { name: "Events" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /events/i })).toBeVisible();
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("link", { name: "Our strategy" })).toBeHidden();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("on a phone every menu link is listed and there is no button that would do nothing", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("button", { name: "Menu" })).toBeHidden();
    await expect(page.getByRole("link", { name: "Our strategy" })).toBeVisible();
  });
});

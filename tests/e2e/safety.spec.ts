import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./helpers";

test("a form posted from another website is refused and changes nothing", async ({ request, baseURL }) => {
  const response = await request.post("/sign-up", {
    headers: { Origin: "https://evil.example" },
    form: { name: "Mallory", email: "mallory@example.org", password: "purple kettle river" },
  });
  expect(response.status()).toBe(403);
  expect(await response.text()).toContain("This form was sent from another website");
  // The same post from the site itself is accepted.
  const ok = await request.post("/sign-in", {
    headers: { Origin: baseURL! },
    form: { email: "nobody@example.org", password: "x" },
    maxRedirects: 0,
  });
  expect(ok.status()).toBe(400);
});

test("a body over 1 MB is refused with 413", async ({ request, baseURL }) => {
  const response = await request.post("/sign-up", {
    headers: { Origin: baseURL!, "Content-Type": "application/x-www-form-urlencoded" },
    data: "name=" + "a".repeat(1024 * 1024 + 10),
  });
  expect(response.status()).toBe(413);
  expect(await response.text()).toContain("What you sent is too large");
});

test("overlong and hostile input gets a clear message and is shown back safely", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => (dialogs.push(d.message()), d.dismiss()));
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("<script>alert('x')</script>" + "n".repeat(120));
  await page.getByLabel("Email address").fill("x@y.co");
  await page.getByLabel("18 or over").check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("alert")).toContainText("Your name must be 100 characters or fewer");
  await expect(page.getByLabel("Your name")).toHaveValue(/^<script>alert/);
  expect(dialogs).toEqual([]);
});

test("security headers are sent on every page", async ({ request }) => {
  const response = await request.get("/");
  const headers = response.headers();
  // Shared pages allow their inline scripts by hash; every other page by a fresh nonce.
  expect(headers["content-security-policy"]).toMatch(/script-src 'self'( 'sha256-[^']+')+;/);
  expect((await request.get("/tell-us")).headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+';/);
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});

test("unknown pages say so in plain English", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expectAccessible(page);
});

test("the statements and the mailbox pass accessibility checks", async ({ page }) => {
  for (const path of ["/accessibility", "/privacy", "/dev/mailbox", "/check-email?reason=reset", "/verify-email?token=nope"]) {
    await page.goto(path);
    await expectAccessible(page);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("sign-up validates on the server and keeps what was typed", async ({ page }) => {
    await page.goto("/sign-up");
    await page.getByLabel("Your name").fill("Leah Patel");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("There is a problem")).toBeVisible();
    await expect(page.getByText("Enter your email address").first()).toBeVisible();
    await expect(page.getByLabel("Your name")).toHaveValue("Leah Patel");
    // (axe needs JavaScript, so the same page is checked with it on in accounts.spec.ts.)
  });
});

test("public pages are served from memory to visitors without cookies, their inline scripts allowed by hash, with an ETag", async ({
  playwright,
  baseURL,
}) => {
  const visitor = await playwright.request.newContext({ baseURL });
  let cached: Awaited<ReturnType<typeof visitor.get>> | undefined;
  // Other tests change public content while this runs; each change empties the cache, so ask until a hit lands between changes.
  await expect
    .poll(async () => {
      await visitor.get("/strategy");
      cached = await visitor.get("/strategy");
      return cached.headers()["x-page-cache"];
    })
    .toBe("hit");
  const csp = cached!.headers()["content-security-policy"]!;
  const html = await cached!.text();
  expect(csp).not.toContain("nonce");
  expect(html).not.toContain("nonce=");
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attributes, body]) => !/\ssrc=/.test(attributes!) && body);
  expect(inline.length).toBeGreaterThan(0);
  for (const [, , body] of inline) expect(csp).toContain(`'sha256-${crypto.createHash("sha256").update(body!).digest("base64")}'`);
  await expect
    .poll(async () => {
      const fresh = await visitor.get("/strategy");
      return (await visitor.get("/strategy", { headers: { "If-None-Match": fresh.headers()["etag"]! } })).status();
    })
    .toBe(304);
  await visitor.dispose();
});

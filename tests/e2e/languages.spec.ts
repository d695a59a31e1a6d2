import { expect, test, type Page } from "@playwright/test";
import { DEMO, emailText, expectAccessible, signIn, signUpAndConfirm, uniqueEmail } from "./helpers";
import { demoIds } from "./routes";

// Every family in its own language: the switcher, Urdu right to left without JavaScript, Welsh for
// a member who keeps it in their account, the browser's own preference, and pages kept per language.

async function expectLanguage(page: Page, lang: string, dir: "ltr" | "rtl") {
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await expect(page.locator("html")).toHaveAttribute("dir", dir);
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a family switches to Urdu, tells us something, books an event and answers a survey, and every email is in Urdu", async ({
    page,
    context,
  }, testInfo) => {
    test.slow();
    const email = uniqueEmail("urdu");
    await page.goto("/");
    await page.getByRole("navigation", { name: "Languages" }).getByRole("link", { name: "اردو" }).click();
    await expectLanguage(page, "ur", "rtl");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("اپنی رائے دیں");
    // Mirrored: the service's name is on the right, the language switcher on the left.
    const name = await page.getByRole("banner").getByRole("link").first().boundingBox();
    const switcher = await page.getByRole("navigation", { name: "زبانیں" }).boundingBox();
    expect(name!.x).toBeGreaterThan(switcher!.x);
    await page.screenshot({ path: testInfo.outputPath("urdu-home.png"), fullPage: true });

    // Tell us: the mistakes are explained in Urdu, and the receipt comes in Urdu.
    await page.getByRole("link", { name: "ہمیں بتائیں کہ آپ کیا سوچتے ہیں" }).click();
    await expectLanguage(page, "ur", "rtl");
    await page.getByRole("button", { name: "تجویز بھیجیں" }).click();
    await expect(page.getByRole("alert")).toContainText("ایک مسئلہ ہے");
    await expect(page.getByRole("alert")).toContainText("ہمیں اپنی تجویز بتائیں");
    const words = "اسکول کے بعد کے کلب میں معذور بچوں کے لیے مزید جگہیں ہونی چاہییں";
    await page.getByLabel("آپ کی تجویز").fill(words);
    await page.getByLabel("والدین یا نگہداشت کرنے والا").check();
    await page.getByLabel("ای میل", { exact: true }).check();
    await page.getByLabel("ای میل ایڈریس").fill(email);
    await page.getByLabel("میں متفق ہوں").check();
    await page.getByRole("button", { name: "تجویز بھیجیں" }).click();
    await expect(page.getByRole("heading", { name: "شکریہ، ہمیں آپ کی تجویز مل گئی ہے" })).toBeVisible();
    const receipt = await emailText(context, email, "ہمیں آپ کی تجویز");
    expect(receipt).toContain("ہمیں اپنی رائے بتانے کا شکریہ");
    expect(receipt).toContain("/track/");

    // Book a place at an event coming up.
    await page.goto("/events");
    await expect(page.getByRole("heading", { name: "تقریبات", level: 1 })).toBeVisible();
    await page.locator("article").first().getByRole("link").first().click();
    await page.getByRole("link", { name: /جگہ بک کریں|انتظار کی فہرست میں شامل ہوں/ }).click();
    await expectLanguage(page, "ur", "rtl");
    await page.getByLabel("آپ کا نام").fill("ثمینہ");
    await page.getByLabel("ای میل ایڈریس").fill(email);
    await page.getByLabel("والدین یا نگہداشت کرنے والا").check();
    await page.getByLabel("میں متفق ہوں").check();
    await page.getByRole("button", { name: /بک کریں|انتظار کی فہرست میں شامل ہوں/ }).click();
    await expect(page.getByRole("heading", { name: "اپنا ای میل چیک کریں" })).toBeVisible();
    // Booked or on the waiting list, as places allow: either way the email says what, when and where.
    const mailbox = await context.newPage();
    await expect
      .poll(async () => {
        await mailbox.goto("/dev/mailbox");
        return mailbox
          .locator("section")
          .filter({ hasText: `To ${email}` })
          .filter({ hasText: "کب:" })
          .count();
      })
      .toBe(1);
    const booking = await mailbox
      .locator("section")
      .filter({ hasText: `To ${email}` })
      .filter({ hasText: "کب:" })
      .locator("pre")
      .textContent();
    expect(booking).toContain("السلام علیکم ثمینہ");
    expect(booking).toMatch(/کیا: .+\n\nکب: /);
    await mailbox.close();

    // Answer the open survey, and ask for a link to carry on later: it comes in Urdu too.
    await page.goto(`/surveys/${demoIds().openSurvey}`);
    const title = (await page.getByRole("heading", { level: 1 }).textContent())!;
    await page.getByRole("button", { name: "ابھی شروع کریں" }).click();
    await expect(page.getByText(/صفحہ 1 از 1/)).toBeVisible();
    await page.getByText("ابھی رکیں اور بعد میں جاری رکھیں").click();
    await page.getByRole("textbox", { name: "ای میل ایڈریس" }).fill(email);
    await page.getByRole("button", { name: "مجھے لنک بھیجیں" }).click();
    await expect(page.getByText("ہم نے آپ کو جاری رکھنے کے لیے لنک بھیج دیا ہے")).toBeVisible();
    const carryOn = await emailText(context, email, `“${title}” جاری رکھیں`);
    expect(carryOn).toContain("یہ لنک ایک بار کام کرتا ہے");
    await page.getByRole("button", { name: "محفوظ کریں اور اپنے جوابات چیک کریں" }).click();
    await expect(page.getByRole("alert")).toContainText("ہمیں بتائیں کہ آپ کس حیثیت سے جواب دے رہے ہیں");
    await page.getByLabel("والدین یا نگہداشت کرنے والا").check();
    await page.getByRole("button", { name: "محفوظ کریں اور اپنے جوابات چیک کریں" }).click();
    await expect(page.getByRole("heading", { name: "بھیجنے سے پہلے اپنے جوابات چیک کریں" })).toBeVisible();
    await page.getByRole("button", { name: "میرے جوابات بھیجیں" }).click();
    await expect(page.getByRole("heading", { name: "جوابات بھیج دیے گئے" })).toBeVisible();
  });
});

test("a Welsh-speaking member keeps Welsh in their account, and counts are in Welsh's plural forms", async ({ page, browser, baseURL }) => {
  const member = { name: "Carys", email: uniqueEmail("cymraeg"), age: "18 or over" as const, password: "purple kettle river" };
  await signUpAndConfirm(page, member);
  await page.getByRole("navigation", { name: "Languages" }).getByRole("link", { name: "Cymraeg" }).click();
  await expectLanguage(page, "cy", "ltr");
  await expect(page.getByRole("link", { name: "Eich cyfrif" })).toBeVisible();
  await expectAccessible(page);

  // Another browser, signed in afresh: the account brings Welsh with it.
  const elsewhere = await browser.newContext({ baseURL });
  const again = await elsewhere.newPage();
  await again.goto("/sign-in");
  await again.getByLabel("Email address").fill(member.email);
  await again.getByLabel("Password", { exact: true }).fill(member.password);
  await again.getByRole("button", { name: "Sign in" }).click();
  await expect(again.getByRole("link", { name: "Eich cyfrif", includeHidden: true })).toBeAttached();
  await again.goto("/you-said-we-did");
  await expectLanguage(again, "cy", "ltr");
  await expect(again.getByRole("heading", { name: "Dywedoch chi, gwnaethom ni", level: 1 })).toBeVisible();
  await expect(
    again
      .getByRole("heading", { level: 2 })
      .filter({ hasText: /awgrym/ })
      .first(),
  ).toBeVisible();
  await expectAccessible(again);
  await again.goto(`/you-said-we-did/${demoIds().suggestion}`);
  await expect(again.getByText(/wedi dweud “fi hefyd”|Does neb wedi dweud “fi hefyd” eto/)).toBeVisible();
  await expectAccessible(again);
  await again.goto("/events");
  await expect(again.getByRole("heading", { name: "Digwyddiadau", level: 1 })).toBeVisible();
  await expectAccessible(again);
  await elsewhere.close();
});

test.describe("a browser that prefers Welsh", () => {
  test.use({ locale: "cy-GB" });

  test("gets Welsh at first, and pages reached by a link are in Welsh too", async ({ page }) => {
    const errors: string[] = [];
    page.on("console", (message) => {
      // A form sent back with its mistakes is answered 400, which the browser notes.
      if (message.type() === "error" && !message.text().includes("status of 400")) errors.push(message.text());
    });
    await page.goto("/");
    await expectLanguage(page, "cy", "ltr");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Dweud eich dweud");
    // Followed in the browser, without a new page: its words come from the Welsh catalogue.
    await page.getByRole("navigation", { name: "Dewislen" }).getByRole("link", { name: "Digwyddiadau" }).click();
    await expect(page.getByRole("heading", { name: "Digwyddiadau", level: 1 })).toBeVisible();
    await page.getByRole("navigation", { name: "Dewislen" }).getByRole("link", { name: "Dweud wrthym" }).click();
    await expect(page.getByRole("heading", { name: "Dywedwch wrthym beth rydych chi'n ei feddwl" })).toBeVisible();
    await page.getByRole("button", { name: "Anfon awgrym" }).click();
    await expect(page.getByRole("alert")).toContainText("Dywedwch wrthym eich awgrym");
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });
});

test("the pages a family uses pass accessibility checks in Urdu and in Welsh", async ({ page }) => {
  test.slow();
  const ids = demoIds();
  for (const lang of ["ur", "cy"]) {
    for (const path of [
      "/",
      "/tell-us",
      "/you-said-we-did",
      `/you-said-we-did/${ids.suggestion}`,
      "/events",
      `/events/${ids.event}`,
      `/events/${ids.event}/register`,
      "/surveys",
      `/surveys/${ids.openSurvey}`,
      "/charter",
      "/charter/sign",
      "/privacy",
      "/strategy",
      `/strategy/actions/${ids.action}`,
      "/what-you-told-us",
      `/what-you-told-us/${ids.report}`,
    ]) {
      await page.goto(`${path}?lang=${lang}`);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expectAccessible(page);
    }
    // Mistakes explained in the language, in an accessible error summary.
    await page.goto(`/tell-us?lang=${lang}`);
    await page.getByRole("button", { name: lang === "ur" ? "تجویز بھیجیں" : "Anfon awgrym" }).click();
    await expect(page.getByRole("alert")).toBeVisible();
    await expectAccessible(page);
  }
});

test("shared pages are kept and sent per language, and name the other languages' addresses", async ({ request, baseURL }) => {
  const welsh = await request.get("/events", { headers: { Cookie: "lang=cy" } });
  const english = await request.get("/events", { headers: { Cookie: "lang=en" } });
  const urdu = await request.get("/events", { headers: { "Accept-Language": "ur-PK,ur;q=0.9" } });
  expect(welsh.headers()["content-language"]).toBe("cy");
  expect(english.headers()["content-language"]).toBe("en");
  expect(urdu.headers()["content-language"]).toBe("ur");
  expect(welsh.headers()["vary"]).toContain("Accept-Language");
  expect(await welsh.text()).toContain("Digwyddiadau");
  expect(await english.text()).toContain("Listening events, coffee mornings");
  const page = await urdu.text();
  expect(page).toContain('dir="rtl"');
  for (const lang of ["en-GB", "cy", "ur", "pl"]) expect(page).toContain(`hrefLang="${lang}" href="${baseURL}/events?lang=${lang.slice(0, 2)}"`);
  // Polish, which the area translates its texts into: pages in English, kept apart from the English readers' copy.
  const polish = await request.get("/events", { headers: { Cookie: "lang=pl" } });
  expect(polish.headers()["content-language"]).toBe("en");
  expect(await polish.text()).toContain('<span aria-current="true" lang="pl">Polski</span>');
  // A language the area does not translate into is not offered: English.
  const bengali = await request.get("/events?lang=bn");
  expect(bengali.headers()["set-cookie"] ?? "").not.toContain("lang=bn");
  expect(await bengali.text()).toContain('<span aria-current="true" lang="en-GB">English</span>');
  // A choice in the address is remembered.
  const chosen = await request.get("/?lang=cy");
  expect(chosen.headers()["set-cookie"]).toContain("lang=cy");
});

test("staff work in Welsh: the dashboard, triage, a suggestion, surveys, events, themes, translations and settings", async ({ browser, baseURL }) => {
  test.slow();
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, DEMO.admin);
  // Welsh for this browser only (the switcher's cookie), so the demo account's own language is left as it is
  // for the other journeys that sign in as it.
  await context.addCookies([{ name: "lang", value: "cy", url: baseURL! }]);
  const pages: [string, string][] = [
    ["/manage", "Rheoli"],
    ["/manage/suggestions", "Awgrymiadau i'w didoli"],
    [`/manage/suggestions/${demoIds().suggestion}`, `Didoli YS-${String(demoIds().suggestion).padStart(4, "0")}`],
    ["/manage/surveys", "Arolygon"],
    ["/manage/events", "Digwyddiadau"],
    ["/manage/themes", "Themâu (negeseuon allweddol)"],
    ["/manage/translations", "Cyfieithiadau"],
    ["/admin/settings", "Gosodiadau"],
  ];
  for (const [path, heading] of pages) {
    await page.goto(path);
    await expectLanguage(page, "cy", "ltr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await expectAccessible(page);
  }
  // A refusal from the server is in Welsh too.
  await page.goto("/manage/topics");
  await page.getByRole("button", { name: "Ychwanegu pwnc" }).click();
  await expect(page.getByRole("alert")).toContainText("Rhowch enw'r pwnc");
  await context.close();
});

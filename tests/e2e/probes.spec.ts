import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, expectAccessible, linkFromEmail, signIn, uniqueEmail } from "./helpers";
import { demoIds } from "./routes";

// What probing the running app as an attacker found, each done again the way the prober did it.
// Each failed before its fix.

test("someone who signs up with another person's email cannot sign in once the owner uses an emailed link", async ({ browser, baseURL }) => {
  const owner = uniqueEmail("owner");
  const attacker = await browser.newContext();
  // The attacker posts the sign-up form with a password of their choosing, as the old form took one.
  const signedUp = await attacker.request.post("/sign-up", {
    form: { name: "Mallory", email: owner, age: "18_plus", password: "mallory chose this phrase" },
    headers: { Origin: baseURL! },
    maxRedirects: 0,
  });
  expect(signedUp.status()).toBe(302);

  // The owner signs in with an emailed one-time link.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/sign-in/link");
  await page.getByLabel("Email address").fill(owner);
  await page.getByRole("button", { name: "Email me a link" }).click();
  await page.goto(await linkFromEmail(context, owner, "Your sign-in link", "/sign-in/link/"));
  await page.getByRole("button", { name: "Continue to sign in" }).click();
  await expect(page.getByRole("heading", { name: "Your account", exact: true })).toBeVisible();
  await expectAccessible(page);

  // The attacker's password does not open the account.
  const tried = await attacker.request.post("/sign-in", {
    form: { email: owner, password: "mallory chose this phrase" },
    headers: { Origin: baseURL! },
    maxRedirects: 0,
  });
  expect(tried.status()).toBe(400);
  await attacker.close();
  await context.close();
});

test("sign-in and easy read send people only to pages on this site", async ({ page, baseURL }) => {
  await signIn(page, DEMO.member);
  for (const target of ["/%09/evil.example", "/%0A/evil.example", "//evil.example", "/%5Cevil.example"]) {
    const response = await page.request.get(`/sign-in?redirectTo=${target}`, { maxRedirects: 0 });
    expect(response.status(), target).toBe(302);
    expect(response.headers()["location"], target).toBe("/account");
  }
  for (const back of ["/\t/evil.example", "/\n/evil.example", "https://evil.example"]) {
    const response = await page.request.post("/easy-read", { form: { easyRead: "on", back }, headers: { Origin: baseURL! }, maxRedirects: 0 });
    expect(response.status(), JSON.stringify(back)).toBe(302);
    expect(response.headers()["location"], JSON.stringify(back)).toBe("/");
  }
});

test("a survey's carry-on link sent to someone else never lets the sender see what they answer", async ({ browser, baseURL }) => {
  const surveyId = demoIds().openSurvey;
  const parentEmail = uniqueEmail("parent-answering");
  // The sender starts the survey and has its carry-on link emailed to a parent.
  const sender = await browser.newContext();
  await sender.request.post(`/surveys/${surveyId}`, { form: { website: "" }, headers: { Origin: baseURL! } });
  expect((await sender.request.get(`/surveys/${surveyId}/page/1`, { maxRedirects: 0 })).status()).toBe(200);
  const asked = await sender.request.post(`/surveys/${surveyId}/page/1`, {
    form: { intent: "email", continueEmail: parentEmail },
    headers: { Origin: baseURL! },
    maxRedirects: 0,
  });
  expect(asked.status()).toBe(302);

  // The parent, with answers of their own already in progress, follows the link.
  const parent = await browser.newContext();
  const page = await parent.newPage();
  await page.goto(`/surveys/${surveyId}`);
  await page.getByRole("button", { name: /Start/ }).click();
  await expect(page).toHaveURL(new RegExp(`/surveys/${surveyId}/page/1`));
  await page.getByLabel("A child or young person").check();
  await page.getByRole("button", { name: /Save and/ }).click();
  await expect(page).toHaveURL(new RegExp(`/surveys/${surveyId}/(page/2|check)`));
  const link = await linkFromEmail(parent, parentEmail, "Carry on with", "/continue/");
  await page.goto(link);
  // Nothing is replaced without saying so, and the person may keep their own answers.
  await expect(page.getByText("This browser already has answers in progress for this survey.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Replace them with the answers from the link" }).click();
  await expect(page).toHaveURL(new RegExp(`/surveys/${surveyId}/page/1`));

  // The sender's browser no longer reaches the answers the parent now gives.
  for (const path of [`/surveys/${surveyId}/page/1`, `/surveys/${surveyId}/check`]) {
    const response = await sender.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(302);
    expect(response.headers()["location"], path).toBe(`/surveys/${surveyId}`);
  }
  // The link worked once.
  await page.goto(link);
  await expect(page.getByText("That link to carry on has been used or has expired.")).toBeVisible();
  // The survey pages of a person's own answers are kept by no browser cache or proxy.
  expect((await page.request.get(`/surveys/${surveyId}/check`)).headers()["cache-control"]).toBe("private, no-store");
  await sender.close();
  await parent.close();
});

test("booking and signing the charter answer the same whether or not the email has booked or signed", async ({ request, baseURL }) => {
  const db = new Database(path.resolve(".cache/e2e/coproduce.db"), { readonly: true });
  const now = Date.now();
  const open = db
    .prepare(`select id from events where status = 'published' and registration_closes_at > ${now} order by starts_at limit 1`)
    .get() as { id: number };
  db.close();
  const email = uniqueEmail("twice");
  const booking = { name: "Sam Twice", email, phone: "", role: "parent_carer", places: "1", consent: "yes" };
  const answers = [];
  for (let i = 0; i < 2; i++) {
    const response = await request.post(`/events/${open.id}/register`, { form: booking, headers: { Origin: baseURL! }, maxRedirects: 0 });
    answers.push([response.status(), response.headers()["location"]]);
  }
  expect(answers[1]).toEqual(answers[0]);
  expect(answers[0]).toEqual([302, "/check-email?reason=booking"]);

  const signer = { name: "Sam Twice", email, kind: "parent_carer", organisation: "", agree: "yes" };
  const signed = [];
  for (let i = 0; i < 2; i++) {
    const response = await request.post("/charter/sign", { form: signer, headers: { Origin: baseURL! }, maxRedirects: 0 });
    signed.push([response.status(), response.headers()["location"]]);
  }
  expect(signed[1]).toEqual(signed[0]);
  // A demo signatory who has confirmed: the answer still gives nothing away.
  const known = await request.post("/charter/sign", { form: { ...signer, email: DEMO.member }, headers: { Origin: baseURL! }, maxRedirects: 0 });
  expect([known.status(), known.headers()["location"]]).toEqual(signed[0]);
});

test("an account's own pages are answered with the demo password only after its email is confirmed", async ({ request, baseURL }) => {
  // A sign-up keeps no password: signing in with one chosen at sign-up does nothing.
  const email = uniqueEmail("no-password-yet");
  await request.post("/sign-up", {
    form: { name: "Early Bird", email, age: "18_plus", password: DEMO_PASSWORD },
    headers: { Origin: baseURL! },
    maxRedirects: 0,
  });
  const tried = await request.post("/sign-in", { form: { email, password: DEMO_PASSWORD }, headers: { Origin: baseURL! }, maxRedirects: 0 });
  expect(tried.status()).toBe(400);
});

test("“me too” posts from anywhere, with any email, are not counted until that email is confirmed", async ({ playwright, baseURL }) => {
  const ids = demoIds();
  const url = `/you-said-we-did/${ids.suggestion}`;
  const counted = async () => {
    const visitor = await playwright.request.newContext({ baseURL });
    const html = await (await visitor.get(url)).text();
    await visitor.dispose();
    return Number(/(\d+) (?:people have|person has) said/.exec(html)?.[1] ?? 0);
  };
  const before = await counted();
  // Each post from a fresh visitor (no cookies), as a script would send them.
  for (let i = 0; i < 3; i++) {
    const visitor = await playwright.request.newContext({ baseURL });
    const posted = await visitor.post(url, {
      form: { email: uniqueEmail("put-down"), updates: "yes" },
      headers: { Origin: baseURL! },
      maxRedirects: 0,
    });
    expect(posted.status()).toBe(302);
    await visitor.dispose();
  }
  expect(await counted()).toBe(before);
});

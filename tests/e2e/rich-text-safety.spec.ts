import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./helpers";

// Every rich-text field refuses hostile content, and nothing active ever reaches a page.
const hostileDocs = [
  {
    type: "doc",
    content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }],
  },
  { type: "doc", content: [{ type: "iframe", attrs: { src: "https://evil.example" } }] },
  { type: "doc", content: [{ type: "script", content: [{ type: "text", text: "alert(1)" }] }] },
  {
    type: "doc",
    content: [{ type: "paragraph", attrs: { onclick: "alert(1)" }, content: [{ type: "text", text: "<img src=x onerror=alert(1)>" }] }],
  },
];

test("event descriptions, the charter and documents for review refuse or neutralise scripts, handlers, javascript: links and unknown nodes", async ({
  page,
  baseURL,
}) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => (dialogs.push(d.message()), void d.dismiss()));
  await signIn(page, DEMO.officer);
  const post = (path: string, form: Record<string, string>) => page.request.post(path, { form, headers: { Origin: baseURL! } });
  const event = {
    intent: "save",
    title: "Hostile",
    type: "workshop",
    audience: "everyone",
    date: "2027-01-10",
    startTime: "10:00",
    endTime: "11:00",
    format: "in_person",
    venue: "Hall",
    joiningLink: "",
    capacity: "5",
    maxPlacesPerRegistration: "1",
    closesDate: "2027-01-09",
    closesTime: "10:00",
  };
  for (const doc of hostileDocs.slice(0, 3)) {
    const response = await post("/manage/events/new", { ...event, descriptionJson: JSON.stringify(doc) });
    expect(response.status()).toBe(400);
  }
  for (const doc of hostileDocs.slice(0, 3)) {
    const response = await post("/manage/charter", { intent: "draft", bodyJson: JSON.stringify(doc), changeSummary: "" });
    expect(response.status()).toBe(400);
  }

  for (const doc of hostileDocs.slice(0, 3)) {
    const response = await post("/manage/reviews/new", { title: "Hostile document", purpose: "", bodyJson: JSON.stringify(doc) });
    expect(response.status()).toBe(400);
  }
  const review = await post("/manage/reviews/new", {
    title: "Hostile document",
    purpose: "",
    body: "<script>alert(1)</script>\n\n<a href=javascript:alert(1)>x</a>",
  });
  const reviewId = /\/manage\/reviews\/(\d+)/.exec(review.url())![1]!;
  for (const doc of hostileDocs.slice(0, 3)) {
    const response = await post(`/manage/reviews/${reviewId}`, { intent: "draft", bodyJson: JSON.stringify(doc), changeSummary: "" });
    expect(response.status()).toBe(400);
  }
  await post(`/manage/reviews/${reviewId}`, { intent: "draft", bodyJson: JSON.stringify(hostileDocs[3]), changeSummary: "<b>bold</b>" });
  await post(`/manage/reviews/${reviewId}`, { intent: "publish" });
  for (const path of [`/manage/reviews/${reviewId}/easy-read`, `/reviews/${reviewId}/changes`]) {
    await page.goto(path);
    expect(await page.content()).not.toMatch(/<script>alert|<iframe|<img[^>]*onerror|onclick="alert|href="javascript:|<b>bold/);
  }
  // On the comparison page: the hostile text shows as words, not markup.
  await expect(page.getByText("<a href=javascript:alert(1)>x</a>")).toBeVisible();
  await expect(page.getByText("<b>bold</b>")).toBeVisible();

  // Text that looks like HTML is kept as text: stored, and shown escaped.
  const created = await post("/manage/events/new", { ...event, descriptionJson: JSON.stringify(hostileDocs[3]) });
  expect(created.status()).toBe(200); // followed the redirect to the event's page
  const id = /\/manage\/events\/(\d+)/.exec(created.url())![1]!;
  await page.request.post(`/manage/events/${id}`, { form: { intent: "publish" }, headers: { Origin: baseURL! } });
  const plain = await post("/manage/events/new", {
    ...event,
    title: "Hostile plain",
    description: "<script>alert(1)</script>\n\n<iframe src=https://evil.example></iframe>",
  });
  const plainId = /\/manage\/events\/(\d+)/.exec(plain.url())![1]!;
  await page.request.post(`/manage/events/${plainId}`, { form: { intent: "publish" }, headers: { Origin: baseURL! } });

  for (const eventId of [id, plainId]) {
    await page.goto(`/events/${eventId}`);
    await expect(page.getByRole("heading", { name: /^Hostile/ })).toBeVisible();
    const html = await page.content();
    expect(html).not.toMatch(/<script>alert|<iframe|<img[^>]*onerror|onclick="alert|href="javascript:/);
  }
  await expect(page.getByText("<script>alert(1)</script>")).toBeVisible();
  expect(dialogs).toEqual([]);
});

import ICAL from "ical.js";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, emailText, expectAccessible, firstLink, signIn, uniqueEmail } from "./helpers";

function inDays(days: number) {
  const d = new Date(Date.now() + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

async function book(page: Page, eventId: string, who: { name: string; email: string; places?: string }, check = true) {
  await page.goto(`/events/${eventId}/register`);
  if (check) await expectAccessible(page);
  await page.getByLabel("Your name").fill(who.name);
  await page.getByLabel("Email address").fill(who.email);
  await page.getByLabel("Parent or carer").check();
  await page.getByLabel("How many places do you need?").fill(who.places ?? "1");
  await page.getByLabel("I agree").check();
}

test("an organiser publishes an event; families book, wait, cancel and are promoted, told by email each time", async ({ page, browser, context }) => {
  const title = `Transport listening event ${Date.now().toString(36)}`;
  const organiserContext = await browser.newContext();
  const organiser = await organiserContext.newPage();
  await signIn(organiser, "organiser@northsomerset.example");
  await organiser.getByRole("link", { name: "Manage" }).click();
  await expect(organiser.getByRole("heading", { name: "Events", exact: true })).toBeVisible();
  await expectAccessible(organiser);
  await organiser.getByRole("link", { name: "Create an event" }).click();
  await expect(organiser.getByRole("textbox", { name: "Description" })).toBeVisible(); // the rich text editor
  await expectAccessible(organiser);

  // Mistakes are explained beside each field.
  await organiser.getByLabel("Title").fill(title);
  await organiser.getByLabel("Date", { exact: true }).fill(inDays(10));
  await organiser.getByLabel("Start time").fill("14:00");
  await organiser.getByLabel("End time").fill("13:00");
  await organiser.getByLabel("Online joining link").fill("http://insecure.example.org");
  await organiser.getByLabel("In person or online").check();
  await organiser.getByLabel("How many places?").fill("0");
  await organiser.getByLabel("Booking closes: date").fill(inDays(11));
  await organiser.getByRole("button", { name: "Save draft" }).click();
  const summary = organiser.getByRole("alert");
  await expect(summary).toContainText("Enter the description");
  await expect(summary).toContainText("The capacity must be 1 or more");
  await expect(summary).toContainText("The joining link must be a web address starting with https://");
  await expectAccessible(organiser);

  const editor = organiser.getByRole("textbox", { name: "Description" });
  await editor.click();
  await organiser.getByRole("button", { name: "Heading", exact: true }).click();
  await editor.pressSequentially("What it is about");
  await editor.press("Enter");
  await editor.pressSequentially("School and college transport, in plain words.");
  await organiser.getByLabel("End time").fill("16:00");
  await organiser.getByLabel("Venue address").fill("Town Hall, Walliscote Grove Road");
  await organiser.getByLabel("Online joining link").fill("https://meet.example.org/transport-secret");
  await organiser.getByLabel("How many places?").fill("2");
  await organiser.getByLabel("Most places one person can book").fill("2");
  await organiser.getByLabel("Booking closes: date").fill(inDays(9));
  await organiser.getByLabel("Step-free access").check();
  await organiser.getByRole("button", { name: "Save draft" }).click();
  await expect(organiser.getByText("Draft saved.")).toBeVisible();
  await organiser.getByRole("button", { name: "Publish event" }).click();
  await expect(organiser.getByText("Published. Families can now find it and book.")).toBeVisible();
  const eventId = /\/manage\/events\/(\d+)/.exec(organiser.url())![1]!;

  // The public page has what a family needs, and never the joining link.
  await page.goto("/events");
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { name: "What it is about" })).toBeVisible();
  await expect(page.getByText("2 places left")).toBeVisible();
  await expectAccessible(page);
  expect(await page.content()).not.toContain("transport-secret");

  // A parent books both places, with an access need.
  const first = uniqueEmail("family-one");
  await book(page, eventId, { name: "Amina Family", email: first, places: "2" });
  await page.getByLabel("A British Sign Language (BSL) interpreter").check();
  await page.getByRole("button", { name: "Book" }).click();
  await expect(page.getByRole("heading", { name: "You are booked" })).toBeVisible();
  await expect(page.getByText("https://meet.example.org/transport-secret")).toBeVisible();
  await expectAccessible(page);

  // The confirmation email has the details and a calendar file that parses.
  const confirmation = await emailText(context, first, `You are booked: ${title}`);
  expect(confirmation).toContain("https://meet.example.org/transport-secret");
  const mailbox = await context.newPage();
  await mailbox.goto("/dev/mailbox");
  const message = mailbox.locator("section").filter({ hasText: `To ${first}` }).first();
  const ics = await (await mailbox.request.get((await message.getByRole("link", { name: "event.ics" }).getAttribute("href"))!)).text();
  const vevent = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!);
  expect(vevent.summary).toBe(title);
  await mailbox.close();

  // Booking again with the same email is refused, with a way to the existing booking.
  await book(page, eventId, { name: "Amina Again", email: first }, false);
  await page.getByRole("button", { name: "Join the waiting list" }).click();
  await expect(page.getByRole("alert")).toContainText("already booked for this event");

  // The event is full: the next person waits.
  const second = uniqueEmail("family-two");
  await book(page, eventId, { name: "Ben Waiting", email: second }, false);
  await page.getByRole("button", { name: "Join the waiting list" }).click();
  await expect(page.getByRole("heading", { name: "You are on the waiting list" })).toBeVisible();
  await emailText(context, second, `You are on the waiting list: ${title}`);

  // The organiser sees the access needs summary; the public never does.
  await organiser.reload();
  await expect(organiser.getByText("Access needs: 1 a british sign language (bsl) interpreter")).toBeVisible();
  await expect(organiser.getByText("1 on the waiting list")).toBeVisible();
  for (const path of ["/events", `/events/${eventId}`, "/events/calendar.ics", `/events/${eventId}/calendar.ics`]) {
    const body = await (await page.request.get(path)).text();
    for (const secret of [first, second, "Amina Family", "Ben Waiting", "transport-secret"]) expect(body, `${path} shows ${secret}`).not.toContain(secret);
  }

  // The first family cancels from the email link; the waiting person is promoted and told.
  await page.goto(firstLink(confirmation, "/bookings/"));
  await expectAccessible(page);
  await page.getByRole("button", { name: "Cancel my booking" }).click();
  await expect(page.getByText("Your booking is cancelled.")).toBeVisible();
  const promoted = await emailText(context, second, `A place came free: you are booked for ${title}`);
  expect(promoted).toContain("https://meet.example.org/transport-secret");

  // Cancelling the event tells everyone booked.
  await organiser.getByLabel("Yes, cancel this event").check();
  await organiser.getByRole("button", { name: "Cancel event" }).click();
  await expect(organiser.getByText("Event cancelled.")).toBeVisible();
  await emailText(context, second, `Cancelled: ${title}`);
  await page.goto(`/events/${eventId}`);
  await expect(page.getByText("This event has been cancelled.")).toBeVisible();
  await organiserContext.close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a family books a place, with clear messages for mistakes", async ({ page, context }) => {
    await page.goto("/events");
    await page.getByRole("link", { name: "Online coffee morning: preparing for adulthood" }).click();
    await page.getByRole("link", { name: "Book a place" }).click();
    await page.getByRole("button", { name: "Book" }).click();
    await expect(page.getByText("There is a problem")).toBeVisible();
    await expect(page.getByRole("link", { name: "Tell us who is coming" })).toBeVisible();
    const email = uniqueEmail("nojs-family");
    await page.getByLabel("Your name").fill("Cara NoScript");
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Young person").check();
    await page.getByLabel("How many places do you need?").fill("5");
    await page.getByLabel("Captions or a hearing loop").check();
    await page.getByLabel("I agree").check();
    await page.getByRole("button", { name: "Book" }).click();
    await expect(page.getByRole("link", { name: "You can book up to 2 places" })).toBeVisible();
    await expect(page.getByLabel("Captions or a hearing loop")).toBeChecked();
    await page.getByLabel("How many places do you need?").fill("1");
    await page.getByRole("button", { name: "Book" }).click();
    await expect(page.getByRole("heading", { name: "You are booked" })).toBeVisible();
    await emailText(context, email, "You are booked: Online coffee morning");
  });

  test("an organiser creates an event with the plain-text description", async ({ page }) => {
    await signIn(page, "organiser@northsomerset.example");
    await page.goto("/manage/events/new");
    await page.getByLabel("Title").fill("Plain text workshop");
    await page.getByLabel("Description").fill("## Who it is for\n\nParents and carers.\n\n- Tea\n- Quiet room");
    await page.getByLabel("Date", { exact: true }).fill(inDays(30));
    await page.getByLabel("Venue address").fill("Library, Boulevard");
    await page.getByLabel("Booking closes: date").fill(inDays(29));
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("Draft saved.")).toBeVisible();
    await page.getByRole("button", { name: "Publish event" }).click();
    await page.getByRole("link", { name: "See the public page" }).click();
    await expect(page.getByRole("heading", { name: "Who it is for" })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: "Quiet room" }).first()).toBeVisible();
  });
});

test("members cannot manage events", async ({ page }) => {
  await signIn(page, DEMO.member);
  const response = await page.goto("/manage/events/new");
  expect(response?.status()).toBe(403);
});

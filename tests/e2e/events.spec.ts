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
  // A long journey: on a busy machine it gets three times the usual minute.
  test.slow();
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
  // The words first, then the line made a heading: the heading button works on the line the caret
  // is in, so nothing depends on where focus lands after the click (typing straight after it once
  // left an empty heading above the words, on a busy machine).
  await editor.click();
  await editor.pressSequentially("What it is about");
  await organiser.getByRole("button", { name: "Heading", exact: true }).click();
  await expect(editor.getByRole("heading", { name: "What it is about" })).toBeVisible();
  await organiser.keyboard.press("End");
  await organiser.keyboard.press("Enter");
  await organiser.keyboard.type("School and college transport, in plain words.");
  await expect(editor.getByText("School and college transport, in plain words.")).toBeVisible();
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
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expectAccessible(page);

  // The confirmation email has the details and a calendar file that parses; its link shows the booking.
  const confirmation = await emailText(context, first, `You are booked: ${title}`);
  expect(confirmation).toContain("https://meet.example.org/transport-secret");
  await page.goto(firstLink(confirmation, "/bookings/"));
  await expect(page.getByRole("heading", { name: "You are booked" })).toBeVisible();
  await expect(page.getByText("https://meet.example.org/transport-secret")).toBeVisible();
  const mailbox = await context.newPage();
  await mailbox.goto("/dev/mailbox");
  const message = mailbox
    .locator("section")
    .filter({ hasText: `To ${first}` })
    .first();
  const ics = await (await mailbox.request.get((await message.getByRole("link", { name: "event.ics" }).getAttribute("href"))!)).text();
  const vevent = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!);
  expect(vevent.summary).toBe(title);
  await mailbox.close();

  // Booking again with the same email books nothing more; the page answers as for anyone (it never says who has booked),
  // and the email gives the existing booking again.
  await book(page, eventId, { name: "Amina Again", email: first }, false);
  await page.getByRole("button", { name: "Join the waiting list" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const inbox = await context.newPage();
  const bookedEmails = async () => {
    await inbox.goto("/dev/mailbox");
    return inbox
      .locator("section")
      .filter({ hasText: `To ${first}` })
      .filter({ has: inbox.getByRole("heading", { name: `You are booked: ${title}` }) })
      .count();
  };
  await expect.poll(bookedEmails).toBe(2);
  await inbox.close();

  // The event is full: the next person waits.
  const second = uniqueEmail("family-two");
  await book(page, eventId, { name: "Ben Waiting", email: second }, false);
  await page.getByRole("button", { name: "Join the waiting list" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await emailText(context, second, `You are on the waiting list: ${title}`);

  // The organiser sees the access needs summary; the public never does.
  await organiser.reload();
  await expect(organiser.getByText("Access needs: 1 needs a BSL interpreter.")).toBeVisible();
  await expect(organiser.getByText("1 on the waiting list")).toBeVisible();
  for (const path of ["/events", `/events/${eventId}`, "/events/calendar.ics", `/events/${eventId}/calendar.ics`]) {
    const body = await (await page.request.get(path)).text();
    for (const secret of [first, second, "Amina Family", "Ben Waiting", "transport-secret"])
      expect(body, `${path} shows ${secret}`).not.toContain(secret);
  }

  // The first family cancels from the email link; the waiting person is promoted and told.
  await page.goto(firstLink(confirmation, "/bookings/"));
  await expectAccessible(page);
  await page.getByRole("button", { name: "Cancel my booking" }).click();
  await expect(page.getByText("Your booking is cancelled.")).toBeVisible();
  const promoted = await emailText(context, second, `A place came free: you are booked for ${title}`);
  expect(promoted).toContain("https://meet.example.org/transport-secret");

  // On the day: the organiser checks people in on a phone and adds a walk-in.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const door = await phone.newPage();
  await signIn(door, "organiser@northsomerset.example");
  await door.goto(`/manage/events/${eventId}/check-in`);
  await expectAccessible(door);
  await door.getByRole("button", { name: "Check in Ben Waiting" }).click();
  await expect(door.getByRole("button", { name: /Ben Waiting is checked in/ })).toBeVisible();
  await door.getByLabel("Their name").fill("Dee Walkin");
  await door.getByLabel("Professional").check();
  await door.getByRole("button", { name: "Add walk-in" }).click();
  await expect(door.getByText("2 here: 1 of 1 booked, and 1 walk-in.")).toBeVisible();
  await phone.close();

  // Afterwards: three points become suggestions from the event.
  await organiser.goto(`/manage/events/${eventId}/heard`);
  await expectAccessible(organiser);
  await organiser.getByLabel("Summary").fill("Families told us school transport is stressful when drivers change.");
  await organiser
    .getByLabel("Points people made")
    .fill(`Drivers change too often ${eventId}\nPick-up is an hour early\nNo one answers the transport phone line`);
  await organiser.getByRole("button", { name: "Save" }).click();
  await expect(organiser.getByText("3 points are now in the")).toBeVisible();
  await emailText(context, second, `Thank you for coming: ${title}`);
  await organiserContext.close();

  const officerContext = await browser.newContext();
  const officer = await officerContext.newPage();
  await signIn(officer, DEMO.officer);
  await officer.goto("/manage/suggestions?from=events");
  await expect(officer.getByRole("cell", { name: `Drivers change too often ${eventId}` })).toBeVisible();
  await officer
    .getByRole("row", { name: new RegExp(`Drivers change too often ${eventId}`) })
    .getByRole("link")
    .click();
  await officer.getByLabel("Public wording").fill(`School transport drivers change too often (${eventId}).`);
  await officer.getByRole("button", { name: "Save wording" }).click();
  await expect(officer.getByText("Public wording saved.")).toBeVisible();
  await officer.getByRole("button", { name: "Publish" }).click();
  await expect(officer.getByText("Published on the “You said, we did” board.").first()).toBeVisible();
  await officer.getByLabel("Done", { exact: true }).check();
  await officer.getByLabel("Outcome (for done or not possible)").fill("Each route now keeps the same driver all term.");
  await officer.getByRole("button", { name: "Change status" }).click();
  await expect(officer.getByText("Status changed.")).toBeVisible();
  await officerContext.close();

  await page.goto(`/events/${eventId}/outcomes`);
  await expect(page.getByRole("heading", { name: `What we heard: ${title}` })).toBeVisible();
  await expect(page.getByText(`School transport drivers change too often (${eventId}).`)).toBeVisible();
  await expect(page.getByText("Each route now keeps the same driver all term.")).toBeVisible();
  await expect(page.getByText("2 more points are being reviewed")).toBeVisible();
  expect(await page.content()).not.toContain("Pick-up is an hour early");
  await expectAccessible(page);
});

test("cancelling an event tells everyone booked and closes booking", async ({ page, context }) => {
  await signIn(page, "organiser@northsomerset.example");
  await page.goto("/manage/events/new");
  const title = `Cancelled workshop ${Date.now().toString(36)}`;
  await page.getByLabel("Title").fill(title);
  await page.getByRole("textbox", { name: "Description" }).click();
  await page.getByRole("textbox", { name: "Description" }).pressSequentially("A workshop.");
  await page.getByLabel("Date", { exact: true }).fill(inDays(20));
  await page.getByLabel("Venue address").fill("Library");
  await page.getByLabel("Booking closes: date").fill(inDays(19));
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Draft saved.")).toBeVisible();
  await page.getByRole("button", { name: "Publish event" }).click();
  // Wait for the event to be published before a visitor books it.
  await expect(page.getByText("Published. Families can now find it and book.")).toBeVisible();
  const eventId = /\/manage\/events\/(\d+)/.exec(page.url())![1]!;
  const email = uniqueEmail("cancelled");
  const visitor = await context.browser()!.newPage();
  await book(visitor, eventId, { name: "Eve Booked", email }, false);
  await visitor.getByRole("button", { name: "Book" }).click();
  await expect(visitor.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.reload();
  await page.getByRole("button", { name: "Cancel event" }).click();
  await expect(page.getByRole("alert")).toContainText("Tick the box to confirm");
  await page.getByLabel("Yes, cancel this event").check();
  await page.getByRole("button", { name: "Cancel event" }).click();
  await expect(page.getByText("Event cancelled.")).toBeVisible();
  await emailText(context, email, `Cancelled: ${title}`);
  await visitor.goto(`/events/${eventId}`);
  await expect(visitor.getByText("This event has been cancelled.")).toBeVisible();
  await expect(visitor.getByRole("link", { name: "Book a place" })).toHaveCount(0);
  await visitor.close();
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
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
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

test("the events pages pass accessibility checks", async ({ page }) => {
  for (const path of ["/events", "/events?when=past", "/events?audience=young_people&type=webinar"]) {
    await page.goto(path);
    await expectAccessible(page);
  }
  await page.goto("/events?when=past");
  await page.getByRole("link", { name: "What we heard" }).first().click();
  await expect(page.getByRole("heading", { name: /^What we heard:/ })).toBeVisible();
  await expectAccessible(page);
  await signIn(page, "organiser@northsomerset.example");
  await page.goto("/manage/events");
  await page.getByRole("link", { name: "Physical impairment and medical support: listening event" }).click();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Printable sign-in sheet" }).click();
  await expectAccessible(page);
  await page.goBack();
  await page.getByRole("link", { name: "Record what we heard" }).click();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Add their point" }).click();
  await expect(page.getByRole("alert")).toContainText("Choose who said it");
  await page.getByLabel("Who said it").selectOption({ label: "Aisha (demo)" });
  await page.getByLabel("What they said").fill("Please send the care plan to the after-school club too.");
  await page.getByRole("button", { name: "Add their point" }).click();
  await expect(page.getByText("Their point is in the triage queue")).toBeVisible();
  await page.goto("/manage/events/report");
  await expect(page.getByRole("heading", { name: "Events report" })).toBeVisible();
  await expectAccessible(page);
});

test("members cannot manage events", async ({ page }) => {
  await signIn(page, DEMO.member);
  const response = await page.goto("/manage/events/new");
  expect(response?.status()).toBe(403);
});

import { expect, test, type Page } from "@playwright/test";
import { DEMO, emailText, expectAccessible, signIn, signUpAndConfirm, uniqueEmail } from "./helpers";

// Co-production groups: an organiser starts one, a parent asks to join and is accepted, says they
// can come to a meeting, and after a meeting the organiser records what was decided and the points
// raised, which enter "You said, we did". The public page shows members by role, never by name.

const ORGANISER = "organiser@northsomerset.example";
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

async function addMeeting(page: Page, date: string, place: string) {
  await page.getByText("Add a meeting").click();
  await page.getByLabel("Date", { exact: true }).fill(date);
  await page.getByLabel("Starts", { exact: true }).fill("17:00");
  await page.getByLabel("Ends", { exact: true }).fill("19:00");
  await page.getByLabel("Where", { exact: true }).fill(place);
  await page.getByRole("button", { name: "Add the meeting" }).click();
  await expect(page.getByText("Meeting added.")).toBeVisible();
}

test("an organiser runs a group: a parent joins and replies, decisions and points are published, and no name is ever public", async ({
  page,
  browser,
}) => {
  test.slow();
  const name = `School transport group ${Date.now().toString(36)}`;
  await signIn(page, ORGANISER);
  await page.goto("/manage/groups");
  await expectAccessible(page);

  // A form with problems keeps what was typed and says what is wrong.
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("alert")).toContainText("Say what the group is for, in plain words");
  await expect(page.getByLabel("Name")).toHaveValue(name);

  await page.getByLabel("What it is for").fill("Parents and officers agreeing how home to school transport is booked.");
  await page.getByLabel("Parent carers").check();
  await page.getByLabel("Co-produce").check();
  // Hundreds of actions are grouped by area; typing finds one by its words.
  await page.getByLabel("Find an action by its number or words").fill("safe transport");
  await expect(page.getByText(/^1 of \d+ actions shown$/)).toBeVisible();
  await page.getByText("4.3 We will make sure students with SEND have safe transport").click();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Group saved as a draft.")).toBeVisible();
  const manageUrl = page.url();
  const groupId = manageUrl.split("/").pop()!;

  // Nobody else sees a draft.
  const visitor = await browser.newContext();
  expect((await visitor.request.get(`/groups/${groupId}`)).status()).toBe(404);

  // A meeting whose end is before its start is refused, with the fields kept.
  await page.getByText("Add a meeting").click();
  await page.getByLabel("Date", { exact: true }).fill(inDays(6));
  await page.getByLabel("Starts", { exact: true }).fill("17:00");
  await page.getByLabel("Ends", { exact: true }).fill("16:00");
  await page.getByLabel("Where", { exact: true }).fill("Town Hall, Weston-super-Mare (committee room 1)");
  await page.getByRole("button", { name: "Add the meeting" }).click();
  await expect(page.getByRole("alert")).toContainText("The end time must be after the start time");
  await expect(page.getByLabel("Where", { exact: true })).toHaveValue("Town Hall, Weston-super-Mare (committee room 1)");
  await page.getByLabel("Ends", { exact: true }).fill("19:00");
  await page.getByRole("button", { name: "Add the meeting" }).click();
  await expect(page.getByText("Meeting added.")).toBeVisible();
  await expectAccessible(page);

  await page.goto(manageUrl);
  await page.getByRole("button", { name: "Publish the group" }).click();
  await expect(page.getByText("Published.")).toBeVisible();
  await expectAccessible(page);

  // A parent with a new account asks to join.
  const parentEmail = uniqueEmail("group-parent");
  const parentContext = await browser.newContext();
  const parent = await parentContext.newPage();
  await signUpAndConfirm(parent, { name: "Harriet Quill", email: parentEmail, age: "18 or over" });
  await parent.goto("/groups");
  await parent.getByRole("link", { name }).click();
  await expect(parent.getByText("Where each meeting is, and its papers, are shown to members.")).toBeVisible();
  await expect(parent.getByText("Town Hall, Weston-super-Mare")).toHaveCount(0);
  await parent.getByRole("button", { name: "Ask to join" }).click();
  await expect(parent.getByRole("alert")).toContainText("Choose how you would take part");
  await parent.getByLabel("Parent or carer").check();
  await parent.getByRole("button", { name: "Ask to join" }).click();
  await expect(parent.getByText("Thank you. The organiser will let you know by email.")).toBeVisible();
  await expectAccessible(parent);

  // The organiser accepts; the parent is told by email and then sees where the meeting is.
  await page.goto(manageUrl);
  await page.getByRole("button", { name: "Accept Harriet Quill" }).click();
  await expect(page.getByText("Accepted. They have been emailed.")).toBeVisible();
  expect(await emailText(parentContext, parentEmail, `You are a member of ${name}`)).toContain(`/groups/${groupId}`);
  await parent.reload();
  await expect(parent.getByText("You are a member of this group, as a parent or carer.")).toBeVisible();
  await expect(parent.getByText("Town Hall, Weston-super-Mare (committee room 1)")).toBeVisible();
  await parent.getByLabel("I can come").check();
  await parent.getByRole("button", { name: /Send my answer/ }).click();
  await expect(parent.getByText("Thank you for letting us know.")).toBeVisible();
  await expect(parent.getByLabel("I can come")).toBeChecked();
  await expectAccessible(parent);

  // The public page counts members by role and shows neither names nor where they meet.
  const anonymous = await visitor.newPage();
  await anonymous.goto(`/groups/${groupId}`);
  await expect(anonymous.getByText("1 parent or carer")).toBeVisible();
  await expect(anonymous.getByText("Harriet Quill")).toHaveCount(0);
  await expect(anonymous.getByText("Town Hall")).toHaveCount(0);
  await expectAccessible(anonymous);

  // A meeting held yesterday is recorded; words on the safeguarding list are refused, not published.
  await addMeeting(page, inDays(-1), "Castlewood, Clevedon");
  await page.getByLabel("What the group decided").fill("A parent said their child wants to hurt myself words");
  await page.getByRole("button", { name: "Save what happened" }).click();
  await expect(page.getByRole("alert")).toContainText("these words are on the safeguarding list");
  await page.getByLabel("What the group decided").fill("Bookings will open in March.\nThe group meets again in January.");
  await page
    .getByLabel("New points raised (optional)")
    .fill("Send the bus times before the first day of term.\nLet families book by phone as well as online.");
  await page.getByRole("button", { name: "Save what happened" }).click();
  await expect(page.getByText("2 points are now suggestions to triage")).toBeVisible();
  await expectAccessible(page);

  // Seen at once on the public page (served from the page cache until public content changes).
  await anonymous.goto(`/groups/${groupId}`);
  await expect(anonymous.getByText("Bookings will open in March.")).toBeVisible();

  // The points are in the officers' triage queue, marked as coming from a group.
  const officerContext = await browser.newContext();
  const officer = await officerContext.newPage();
  await signIn(officer, DEMO.officer);
  await officer.goto("/manage/suggestions?from=groups");
  await expect(officer.getByText("Send the bus times before the first day of term.").first()).toBeVisible();
  await officer.goto("/manage");
  await expect(officer.getByRole("link", { name: "Co-production groups" })).toBeVisible();

  await Promise.all([visitor.close(), parentContext.close(), officerContext.close()]);
});

test("a member of the demo area's group sees its meetings; visitors cannot post to it", async ({ page, request, baseURL }) => {
  const groups = await request.get("/groups");
  expect(groups.ok()).toBe(true);
  const text = await groups.text();
  expect(text).toContain("Post-16 transport task and finish group");
  expect(text).not.toContain("Rachel Evans");
  const id = text.match(/\/groups\/(\d+)"[^>]*>Post-16 transport/)![1];
  const posted = await request.post(`/groups/${id}`, {
    form: { intent: "apply", role: "parent_carer" },
    headers: { Origin: baseURL! },
    maxRedirects: 0,
  });
  expect(posted.status()).toBe(302);
  expect(posted.headers()["location"]).toMatch(/^\/sign-in/);

  await signIn(page, DEMO.member);
  await page.goto(`/groups/${id}`);
  await expect(page.getByText("You are a member of this group")).toBeVisible();
  await expect(page.getByRole("link", { name: "Join the meeting online" })).toHaveAttribute("href", "https://meet.example.org/post16");
  await expectAccessible(page);
});

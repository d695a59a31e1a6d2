import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { outbox, suggestions, supporters } from "~db/schema";
import { getDb } from "~/db.server";
import { smsSegments } from "~/modules/notifications/segments";
import { createAccount } from "~/modules/auth/accounts.server";
import { updateAreaSettings } from "~/modules/settings/area.server";
import { createStrategy, importActionsCsv, listActionChoices, suggestionsShapingAction } from "~/modules/strategy/strategy.server";
import { boardFigures, boardPage, confirmSupport, publicCsv, publicSuggestion, supportByContact } from "./board.server";
import { dashboard } from "./dashboard.server";
import { addTopic, listTopics } from "./topics.server";
import { changeStatus, linkToActions, markSafeguarding, merge, publish, setPublicWording, setTopic } from "./changes.server";
import { similarSuggestions, triageQueue } from "./triage.server";
import { findByTrackingToken, makeSuggestion, setUpdatesByToken } from "./suggestions.server";

let officer: { id: string; name: string };
let actionId: number;

beforeAll(async () => {
  updateAreaSettings({ areaName: "Testshire", contactEmail: "help@example.org", safeguardingEmail: "dsl@example.org", responseDays: 20 });
  officer = {
    id: await createAccount({ name: "Olu Officer", email: "olu@example.org", password: "purple kettle river", roles: ["officer"] }),
    name: "Olu Officer",
  };
  const strategyId = createStrategy({ name: "S", period: "2025 to 2027", summary: "" });
  importActionsCsv(strategyId, "area,code,title,how,measures,lead,due_date,status\nArea 2,2.3,Short breaks,,,,,on track\n", null);
  actionId = listActionChoices()[0]!.id;
  addTopic("Short breaks");
});

beforeEach(() => getDb().delete(outbox).run());

function emailsTo(address: string) {
  return getDb().select().from(outbox).where(eq(outbox.toAddress, address)).all();
}

function newSuggestion(body: string, email: string | null = null, createdAt?: Date) {
  return makeSuggestion({
    body,
    topicId: listTopics()[0]!.id,
    contributorKind: "parent_carer",
    name: "Private Person",
    email,
    userId: null,
    createdAt,
  });
}

function linkFrom(text: string, path: string) {
  return text.match(new RegExp(`https?://\\S+${path}(\\S+)`))![1]!;
}

describe("making a suggestion", () => {
  it("gives a reference and a private tracking link, and emails a receipt", () => {
    const made = newSuggestion("The summer scheme is always full.", "parent@example.org");
    expect(made.reference).toMatch(/^YS-\d{4}$/);
    const [receipt] = emailsTo("parent@example.org");
    expect(receipt!.subject).toBe(`We have your suggestion ${made.reference}`);
    expect(receipt!.textBody).toContain(`/track/${made.trackingToken}`);
    const tracked = findByTrackingToken(made.trackingToken)!;
    expect(tracked.body).toBe("The summer scheme is always full.");
    expect(tracked.timeline.map((t) => t.status)).toEqual(["received"]);
    expect(findByTrackingToken("not-a-real-token")).toBeUndefined();
  });
});

describe("moderation and the public board", () => {
  it("refuses to publish without public wording, and shows only public fields once published", () => {
    const { id } = newSuggestion("My son Jack at Hillside School never gets a place.", "private@example.org");
    expect(publish(id, officer.id)).toEqual({ ok: false, field: "publicWording", message: "Write the public wording before publishing" });
    expect(publicSuggestion(id)).toBeUndefined();
    setPublicWording(id, "Short-break places run out too quickly.", officer.id);
    linkToActions(id, [actionId], officer.id);
    expect(publish(id, officer.id)).toEqual({ ok: true });

    const found = publicSuggestion(id);
    const text = JSON.stringify(found);
    expect(text).toContain("Short-break places run out too quickly.");
    expect(text).not.toContain("Jack");
    expect(text).not.toContain("private@example.org");
    expect(text).not.toContain("Private Person");
    expect(publicCsv()).not.toContain("Jack");
    expect(suggestionsShapingAction(actionId).latest.map((s) => s.id)).toContain(id);
    expect(boardPage({ q: "places" }).suggestions.map((s) => s.id)).toContain(id);
    expect(boardPage({ q: "Jack Hillside" }).total).toBe(0); // original words are not searchable in public
  });

  it("never publishes a safeguarding concern and tells the safeguarding lead by link only", () => {
    const { id, reference } = newSuggestion("Something worrying is happening at home.");
    setPublicWording(id, "A concern.", officer.id);
    publish(id, officer.id);
    expect(markSafeguarding(id, officer)).toEqual({ ok: true });
    expect(publicSuggestion(id)).toBeUndefined();
    expect(publish(id, officer.id)).toMatchObject({ ok: false, message: expect.stringContaining("never be published") });
    const [alert] = emailsTo("dsl@example.org");
    expect(alert!.subject).toBe(`Safeguarding concern: ${reference}`);
    expect(alert!.textBody).toContain(`/manage/suggestions/${id}`);
    expect(alert!.textBody).not.toContain("worrying");
  });
});

describe("status changes", () => {
  it("count a visitor's me too by text once they follow the texted link, and text them the news", () => {
    const { id, reference } = newSuggestion("A quiet room at the library on Saturdays.");
    setPublicWording(id, "A quiet room at the library on Saturdays.", officer.id);
    publish(id, officer.id);
    const by = { channel: "sms" as const, phone: "+447700900555" };
    expect(supportByContact({ suggestionId: id, by, updates: true })).toEqual({ status: "check-email" });
    const texts = () => getDb().select().from(outbox).where(eq(outbox.toAddress, by.phone)).all();
    expect(texts()).toHaveLength(1);
    expect(texts()[0]!.textBody).toMatch(new RegExp(`said "me too" to ${reference} with this number; we will text you when it changes`));
    expect(smsSegments(texts()[0]!.textBody)).toBeLessThanOrEqual(2);
    expect(publicSuggestion(id)).toMatchObject({ suggestion: { supporters: 0 } });
    expect(confirmSupport(linkFrom(texts()[0]!.textBody, "/me-too/"))).toEqual({ suggestionId: id });
    expect(publicSuggestion(id)).toMatchObject({ suggestion: { supporters: 1 } });
    changeStatus({ id, status: "in_progress", note: "We are asking the library.", officerId: officer.id });
    expect(texts().at(-1)!.textBody).toContain("It is now: in progress");
  });

  it("require a reason for not possible and an outcome to finish, and tell everyone following", () => {
    const { id, reference } = newSuggestion("More evening youth clubs please.", "young@example.org");
    setPublicWording(id, "More evening youth clubs.", officer.id);
    publish(id, officer.id);
    // A visitor's "me too" brings updates only once they confirm their address; someone put down
    // for emails by another person, who never confirms, hears nothing and is not counted.
    expect(supportByContact({ suggestionId: id, by: { channel: "email", email: "fan@example.org" }, updates: true })).toEqual({
      status: "check-email",
    });
    expect(supportByContact({ suggestionId: id, by: { channel: "email", email: "never-asked@example.org" }, updates: true })).toEqual({
      status: "check-email",
    });
    expect(publicSuggestion(id)).toMatchObject({ suggestion: { supporters: 0 } });
    const confirmLink = emailsTo("fan@example.org").find((e) => e.subject.startsWith("Confirm your “me too”"))!;
    expect(confirmSupport(linkFrom(confirmLink.textBody, "/me-too/"))).toEqual({ suggestionId: id });
    // The same address again is counted once, and the page says the same as the first time.
    expect(supportByContact({ suggestionId: id, by: { channel: "email", email: "fan@example.org" }, updates: true })).toEqual({
      status: "check-email",
    });
    expect(publicSuggestion(id)).toMatchObject({ suggestion: { supporters: 1 } });

    expect(changeStatus({ id, status: "not_possible", note: "", outcome: "x", officerId: officer.id })).toMatchObject({ ok: false, field: "note" });
    expect(changeStatus({ id, status: "done", note: "", officerId: officer.id })).toMatchObject({ ok: false, field: "outcome" });
    expect(changeStatus({ id, status: "merged", note: "", officerId: officer.id })).toMatchObject({ ok: false });
    expect(changeStatus({ id, status: "in_progress", note: "A second evening is being planned.", officerId: officer.id })).toEqual({
      ok: true,
      awaitingForum: false,
    });

    const yours = emailsTo("young@example.org").find((e) => e.subject === `Update on ${reference}: in progress`)!;
    expect(yours.textBody).toContain("your suggestion");
    expect(yours.textBody).toContain("A second evening is being planned.");
    const theirs = emailsTo("fan@example.org").find((e) => e.subject === `Update on ${reference}: in progress`)!;
    expect(theirs.textBody).toContain("which you supported");
    expect(emailsTo("never-asked@example.org").map((e) => e.subject)).toEqual([`Confirm your “me too” for ${reference}`]);

    // One click stops a person's updates; the others still hear.
    setUpdatesByToken(linkFrom(theirs.textBody, "/stop-updates/"), false);
    expect(changeStatus({ id, status: "done", note: "", outcome: "Youth club now runs on Tuesdays and Thursdays.", officerId: officer.id })).toEqual({
      ok: true,
      awaitingForum: false,
    });
    expect(emailsTo("fan@example.org").some((e) => e.subject.endsWith(": done"))).toBe(false);
    expect(emailsTo("young@example.org").some((e) => e.subject === `Update on ${reference}: done`)).toBe(true);
    expect(publicSuggestion(id)).toMatchObject({ suggestion: { outcome: "Youth club now runs on Tuesdays and Thursdays.", supporters: 1 } });
  });
});

describe("merging duplicates", () => {
  it("moves the contributor and supporters to the surviving suggestion and tells them", () => {
    const keep = newSuggestion("Short breaks booking fills in minutes.", "first@example.org");
    const dup = newSuggestion("We never get a short breaks place, booking is full in minutes.", "second@example.org");
    setPublicWording(keep.id, "Short-break booking fills too fast.", officer.id);
    publish(keep.id, officer.id);
    expect(similarSuggestions(dup.id, "We never get a short breaks place, booking is full in minutes.").map((s) => s.id)).toContain(keep.id);

    expect(merge({ id: dup.id, intoId: dup.id, note: "", officerId: officer.id })).toMatchObject({ ok: false });
    expect(merge({ id: dup.id, intoId: keep.id, note: "Same request.", officerId: officer.id })).toEqual({ ok: true });
    expect(getDb().select().from(suggestions).where(eq(suggestions.id, dup.id)).get()).toMatchObject({ status: "merged", mergedIntoId: keep.id });
    expect(emailsTo("second@example.org").some((e) => e.subject === `${dup.reference} has been joined with ${keep.reference}`)).toBe(true);
    const moved = getDb().select().from(supporters).where(eq(supporters.suggestionId, keep.id)).all();
    expect(moved.map((s) => s.email)).toEqual(expect.arrayContaining(["first@example.org", "second@example.org"]));

    changeStatus({ id: keep.id, status: "planned", note: "A fairer booking system is planned.", officerId: officer.id });
    expect(emailsTo("second@example.org").some((e) => e.subject === `Update on ${keep.reference}: planned`)).toBe(true);
    expect(publicSuggestion(dup.id)).toEqual({ mergedInto: keep.id });
    expect(merge({ id: newSuggestion("x y z").id, intoId: dup.id, note: "", officerId: officer.id })).toMatchObject({
      ok: false,
      message: expect.stringContaining("has itself been merged"),
    });
  });
});

describe("triage and figures", () => {
  it("counts working days waited and marks suggestions overdue after the configured number", () => {
    // Friday 2 October 2026 to Monday 2 November 2026: 21 working days (no bank holidays).
    const old = newSuggestion("An old suggestion nobody answered.", null, new Date("2026-10-02T10:00:00Z"));
    const queue = triageQueue({ overdueOnly: true }, new Date("2026-11-02T10:00:00Z"));
    const row = queue.suggestions.find((s) => s.id === old.id)!;
    expect(row.waited).toBe(21);
    expect(row.overdue).toBe(true);
    const notYet = triageQueue({}, new Date("2026-10-30T10:00:00Z")).suggestions.find((s) => s.id === old.id)!;
    expect(notYet.waited).toBe(20);
    expect(notYet.overdue).toBe(false);
  });

  it("keeps the headline figures and dashboard in step with changes", () => {
    const before = boardFigures().heard;
    newSuggestion("One more voice.");
    expect(boardFigures().heard).toBe(before + 1);
    const figures = dashboard();
    expect(figures.byStatus.reduce((n, s) => n + s.n, 0)).toBeGreaterThan(0);
    expect(figures.actions[0]).toMatchObject({ code: "2.3" });
  });
});

describe("the triage queue's filters", () => {
  it("filters by age in working days, and by source", () => {
    const now = new Date("2026-11-23T12:00:00Z");
    const recent = newSuggestion("Recent one.", null, new Date("2026-11-19T12:00:00Z")); // 2 working days before
    const older = newSuggestion("Older one.", null, new Date("2026-11-09T12:00:00Z")); // 10 working days before
    const ids = (filters: Parameters<typeof triageQueue>[0]) => triageQueue(filters, now).suggestions.map((s) => s.id);
    expect(ids({ olderThanDays: 5 })).toContain(older.id);
    expect(ids({ olderThanDays: 5 })).not.toContain(recent.id);
    expect(ids({ origin: "events" })).not.toContain(recent.id);
    expect(ids({ origin: "tellUs" })).toContain(recent.id);
  });
});

describe("changing a suggestion's topic", () => {
  it("moves it between topics on the board and notes it on the private timeline", () => {
    addTopic("Transport");
    const transport = listTopics().find((t) => t.name === "Transport")!.id;
    const { id } = newSuggestion("The taxi is always late.");
    setPublicWording(id, "School taxis are often late.", officer.id);
    publish(id, officer.id);
    setTopic(id, transport, officer.id);
    expect(boardPage({ topicId: transport }).suggestions.map((s) => s.id)).toEqual([id]);
    const entries = getDb().select().from(suggestions).where(eq(suggestions.id, id)).get();
    expect(entries?.topicId).toBe(transport);
  });
});

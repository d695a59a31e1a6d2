import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { outbox, outcomeSignOffs, suggestions } from "~db/schema";
import { getDb } from "~/db.server";
import { createAccount } from "~/modules/auth/accounts.server";
import { updateAreaSettings } from "~/modules/settings/area.server";
import { publicSuggestion } from "./board.server";
import { agreeOutcome, countAwaitingForum, outcomesAwaitingForum, sendBack, signOffHistory } from "./sign-off.server";
import { changeStatus, merge, publish, setEasyReadOutcome, setPublicWording } from "./changes.server";
import { countOutcomesWithoutEasyRead, getSuggestionForOfficer, triageQueue } from "./triage.server";
import { makeSuggestion } from "./suggestions.server";

let officer: { id: string; name: string };
let forum: { id: string; name: string };
let both: { id: string; name: string };

beforeAll(async () => {
  updateAreaSettings({
    areaName: "Testshire",
    contactEmail: "help@example.org",
    responseDays: 20,
    forumName: "Testshire Parent Carers",
    jointSignOff: true,
  });
  officer = {
    id: await createAccount({ name: "Olu Officer", email: "olu@example.org", password: "purple kettle river", roles: ["officer"] }),
    name: "Olu Officer",
  };
  forum = {
    id: await createAccount({ name: "Jo Forum", email: "jo@example.org", password: "purple kettle river", roles: ["organiser"] }),
    name: "Jo Forum",
  };
  both = {
    id: await createAccount({ name: "Sam Both", email: "sam@example.org", password: "purple kettle river", roles: ["officer", "organiser"] }),
    name: "Sam Both",
  };
});

beforeEach(() => getDb().delete(outbox).run());

function publishedSuggestion(email = "parent@example.org") {
  const { id } = makeSuggestion({
    body: "My own private words about the youth club.",
    topicId: null,
    contributorKind: "parent_carer",
    name: "Private Person",
    email,
    userId: null,
  });
  setPublicWording(id, "Open the youth club on more evenings.", officer.id);
  publish(id, officer.id);
  getDb().delete(outbox).run();
  return id;
}

function shown(id: number) {
  const view = publicSuggestion(id);
  if (!view || !("suggestion" in view) || !view.suggestion) throw new Error(`Suggestion ${id} is not public`);
  return view.suggestion;
}

const emailsTo = (address: string) => getDb().select().from(outbox).where(eq(outbox.toAddress, address)).all();

describe("joint sign-off", () => {
  it("keeps an officer's outcome private until the forum agrees it, then publishes and emails once", () => {
    const id = publishedSuggestion("first@example.org");
    const proposed = changeStatus({
      id,
      status: "done",
      note: "The club now opens twice a week.",
      outcome: "We opened the youth club on Tuesdays too.",
      officerId: officer.id,
    });
    expect(proposed).toEqual({ ok: true, awaitingForum: true });
    expect(shown(id)).toMatchObject({ outcome: "", status: "received" });
    expect(getDb().select().from(outbox).all()).toHaveLength(0);

    // The forum sees only the public wording, never the contributor's own words.
    const [waiting] = outcomesAwaitingForum().filter((p) => p.suggestionId === id);
    expect(waiting).toMatchObject({
      publicWording: "Open the youth club on more evenings.",
      outcome: "We opened the youth club on Tuesdays too.",
      officerName: "Olu Officer",
    });
    expect(JSON.stringify(waiting)).not.toContain("private words");

    expect(agreeOutcome(waiting!.id, forum)).toEqual({ ok: true });
    expect(shown(id)).toMatchObject({ status: "done", outcome: "We opened the youth club on Tuesdays too." });
    expect(shown(id).agreed).toBeTruthy();
    expect(emailsTo("first@example.org").map((m) => m.subject)).toEqual([expect.stringMatching(/: done$/)]);
    // Agreeing twice does nothing more.
    expect(agreeOutcome(waiting!.id, forum).ok).toBe(false);
    expect(getDb().select().from(outbox).all()).toHaveLength(1);
    const [record] = signOffHistory(id);
    expect(record).toMatchObject({ state: "agreed", officerName: "Olu Officer", forumName: "Jo Forum" });
    expect(record!.forumAgreedAt).toBeInstanceOf(Date);
  });

  it("keeps a sent-back outcome private with the forum's comment, and lets the officer propose again", () => {
    const id = publishedSuggestion("second@example.org");
    changeStatus({ id, status: "not_possible", note: "No budget this year.", outcome: "We cannot open more evenings.", officerId: officer.id });
    const proposal = signOffHistory(id)[0]!;
    expect(sendBack(proposal.id, forum, "forum", "Say what families can use instead.")).toEqual({ ok: true });
    expect(shown(id).outcome).toBe("");
    expect(JSON.stringify(shown(id).timeline)).not.toContain("Say what families");
    const officerView = getSuggestionForOfficer(id)!;
    expect(officerView.timeline.some((e) => e.publicNote.includes("Say what families can use instead.") && !e.isPublic)).toBe(true);
    expect(signOffHistory(id)[0]).toMatchObject({
      state: "sent_back",
      comment: "Say what families can use instead.",
      sentBackBy: "Jo Forum (parent carer forum)",
    });
    expect(emailsTo("second@example.org")).toHaveLength(0);
    expect(
      changeStatus({
        id,
        status: "not_possible",
        note: "No budget this year.",
        outcome: "We cannot open more evenings this year. The holiday scheme is open to everyone instead.",
        officerId: officer.id,
      }),
    ).toEqual({ ok: true, awaitingForum: true });
    expect(signOffHistory(id)).toHaveLength(2);
  });

  it("holds every other change while an outcome waits, and nobody agrees their own proposal", () => {
    const id = publishedSuggestion("third@example.org");
    changeStatus({ id, status: "done", note: "", outcome: "We did it.", officerId: both.id });
    expect(changeStatus({ id, status: "in_progress", note: "Starting", officerId: officer.id })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/waiting for the parent carer forum/),
    });
    const other = publishedSuggestion("fourth@example.org");
    expect(merge({ id, intoId: other, note: "", officerId: officer.id })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/waiting for the parent carer forum/),
    });
    const proposal = signOffHistory(id)[0]!;
    expect(agreeOutcome(proposal.id, both)).toMatchObject({ ok: false, message: expect.stringMatching(/someone else from the forum/) });
    expect(countAwaitingForum()).toBeGreaterThan(0);
    expect(triageQueue({}).suggestions.find((s) => s.id === id)?.awaitingForum).toBe(true);
    expect(sendBack(proposal.id, officer, "officer", "Wrong wording")).toEqual({ ok: true });
    expect(getDb().select({ status: suggestions.status }).from(suggestions).where(eq(suggestions.id, id)).get()!.status).toBe("received");
  });
});

describe("easy-read outcomes", () => {
  it("shows which published outcomes lack an easy-read version until one is written", () => {
    updateAreaSettings({ jointSignOff: false });
    const id = publishedSuggestion("fifth@example.org");
    expect(setEasyReadOutcome(id, "We did it.", officer.id)).toMatchObject({ ok: false, message: expect.stringMatching(/Give the outcome first/) });
    const before = countOutcomesWithoutEasyRead();
    changeStatus({
      id,
      status: "done",
      note: "",
      outcome: "We have extended the opening hours of the youth club to include Tuesday evenings.",
      officerId: officer.id,
    });
    expect(countOutcomesWithoutEasyRead()).toBe(before + 1);
    expect(triageQueue({ easyReadMissing: true }).suggestions.map((s) => s.id)).toContain(id);
    expect(setEasyReadOutcome(id, "The youth club is open on Tuesdays now.", officer.id)).toEqual({ ok: true });
    expect(countOutcomesWithoutEasyRead()).toBe(before);
    expect(shown(id).outcomeEasyRead).toBe("The youth club is open on Tuesdays now.");
    updateAreaSettings({ jointSignOff: true });
    expect(getDb().select().from(outcomeSignOffs).where(eq(outcomeSignOffs.suggestionId, id)).all()).toHaveLength(0);
  });
});

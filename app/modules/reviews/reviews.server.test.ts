import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { outbox, suggestions } from "~db/schema";
import { getDb } from "~/db.server";
import { createAccount } from "~/modules/auth/accounts.server";
import { docFromPlainText } from "~/modules/richtext/document";
import { compareVersions } from "./passages.server";
import { defaultQuestions } from "./questions";
import { translatorFor } from "~/modules/i18n/catalogue.server";

const DEFAULT_QUESTIONS = defaultQuestions(translatorFor("en").t);
import { addComment, invitationsFor, removeComment, roundForReviewer, submitReview } from "./reviewing.server";
import { answerComment, commentsToSuggestions, commentToSuggestion, openRound, queueReviewReminders, roundForOfficer } from "./rounds.server";
import { createDocument, deadlineMoment, easyReadForEditing, publishDraft, saveDraft, setEasyRead, setPublicPage } from "./reviews.server";
import { publicReview, versionChanges } from "./changes.server";

const mail = (to: string) => getDb().select().from(outbox).where(eq(outbox.toAddress, to)).all();
const DRAFT = "## Turning 18\n\nWhen you turn 18 your EHC plan can carry on.\n\nYou will have a review at 17.\n\nAsk your school for help.";
const now = new Date("2026-11-23T10:00:00Z");
let officer = "";
let sam = "";
let maya = "";
let outsider = "";
let documentId = 0;
let roundId = 0;

beforeAll(async () => {
  officer = await createAccount({ name: "Officer", email: "officer@example.org", password: "a long enough password", roles: ["officer"] });
  sam = await createAccount({ name: "Sam", email: "sam@example.org", password: "a long enough password", roles: ["ambassador"] });
  maya = await createAccount({ name: "Maya", email: "maya@example.org", password: "a long enough password", roles: ["ambassador"] });
  outsider = await createAccount({ name: "Ellis", email: "ellis@example.org", password: "a long enough password", roles: ["ambassador"] });
  documentId = createDocument({ title: "Preparing for adulthood", purpose: "A guide for young people", body: docFromPlainText(DRAFT) }, officer);
});

describe("document reviews", () => {
  it("opens a round on the newest version, inviting only the chosen people by email", () => {
    expect(openRound({ documentId, deadline: "2026-11-23", userIds: [sam], questions: DEFAULT_QUESTIONS }, officer, now)).toEqual({
      ok: false,
      errors: { deadline: "The deadline must be after today" },
    });
    expect(openRound({ documentId, deadline: "2026-12-04", userIds: [], questions: DEFAULT_QUESTIONS }, officer, now)).toMatchObject({ ok: false });
    const opened = openRound({ documentId, deadline: "2026-12-04", userIds: [sam, maya], questions: DEFAULT_QUESTIONS }, officer, now);
    expect(opened.ok).toBe(true);
    roundId = opened.ok ? opened.roundId : 0;
    expect(mail("sam@example.org").map((m) => m.subject)).toEqual(["Will you review “Preparing for adulthood”?"]);
    expect(mail("ellis@example.org")).toEqual([]);
    expect(invitationsFor(sam, now)).toMatchObject([{ roundId, title: "Preparing for adulthood", version: 1, open: true }]);
    expect(roundForReviewer(roundId, outsider, now)).toBeUndefined();
    expect(addComment({ roundId, userId: outsider, passage: 1, body: "Let me in" }, now)).toBeUndefined();
  });

  it("closes the round at the end of the deadline day in London", () => {
    // 4 December is in winter: midnight in London is midnight UTC.
    expect(deadlineMoment("2026-12-04").toISOString()).toBe("2026-12-05T00:00:00.000Z");
    expect(deadlineMoment("2026-07-04").toISOString()).toBe("2026-07-04T23:00:00.000Z");
  });

  it("takes comments on paragraphs only, and answers to the questions", () => {
    expect(addComment({ roundId, userId: sam, passage: 0, body: "A heading" }, now)).toEqual({
      ok: false,
      message: "Choose a paragraph to comment on",
    });
    expect(addComment({ roundId, userId: sam, passage: 99, body: "Nowhere" }, now)).toMatchObject({ ok: false });
    expect(addComment({ roundId, userId: sam, passage: 1, body: "What is an EHC plan?" }, now)).toMatchObject({ ok: true });
    expect(addComment({ roundId, userId: sam, passage: 2, body: "Say what happens at the review" }, now)).toMatchObject({ ok: true });
    const extra = addComment({ roundId, userId: sam, passage: 3, body: "Oops" }, now);
    expect(extra).toMatchObject({ ok: true });
    expect(removeComment({ roundId, userId: maya, commentId: extra!.ok ? extra!.id : 0 }, now)).toMatchObject({ ok: false });
    expect(removeComment({ roundId, userId: sam, commentId: extra!.ok ? extra!.id : 0 }, now)).toEqual({ ok: true });
    expect(submitReview({ roundId, userId: sam, answers: { q1: "4", q2: "More pictures" } }, now)).toEqual({ ok: true });
    expect(submitReview({ roundId, userId: maya, answers: { q1: "2", q2: "" } }, now)).toEqual({ ok: true });
    expect(submitReview({ roundId, userId: sam, answers: { q1: "5" } }, new Date("2026-12-05T00:00:01Z"))).toMatchObject({ ok: false });
    const view = roundForOfficer(roundId, now)!;
    expect(view.passages.map((p) => [p.index, p.comments.map((c) => c.body)])).toEqual([
      [1, ["What is an EHC plan?"]],
      [2, ["Say what happens at the review"]],
    ]);
    expect(view.questions[0]!.rating).toMatchObject({ count: 2, average: 3 });
    expect(view.questions[1]!.texts).toEqual([{ name: "Sam", text: "More pictures" }]);
    expect(view.unanswered).toBe(2);
  });

  it("reminds those who have not sent their review two days before the deadline, once", () => {
    submitReview({ roundId, userId: maya, answers: {} }, now);
    getDb().delete(outbox).run();
    expect(queueReviewReminders(new Date("2026-12-02T00:00:00Z"))).toBe(0); // three days before
    // Both sent the first round. A second round for Maya, due 10 December, is the one to remind.
    const second = openRound({ documentId, deadline: "2026-12-10", userIds: [maya], questions: DEFAULT_QUESTIONS }, officer, now);
    expect(second.ok).toBe(true);
    expect(queueReviewReminders(new Date("2026-12-08T23:00:00Z"))).toBe(0);
    expect(queueReviewReminders(new Date("2026-12-09T01:00:00Z"))).toBe(1);
    expect(queueReviewReminders(new Date("2026-12-09T02:00:00Z"))).toBe(0);
    expect(mail("maya@example.org").map((m) => m.subject)).toContain("Reminder: your review of “Preparing for adulthood” is due 10 December 2026");
  });

  it("emails a reviewer once all their comments are answered, and turns a comment into a suggestion", () => {
    const [first, second] = roundForOfficer(roundId, now)!.passages.map((p) => p.comments[0]!);
    answerComment(
      {
        commentId: first!.id,
        roundId,
        reply: "You said it was unclear, so we explained EHC plans.",
        decision: "accepted",
        declineReason: "ignored",
        publicWording: "Explain what an EHC plan is.",
      },
      officer,
    );
    expect(mail("sam@example.org").filter((m) => m.subject.includes("answered"))).toEqual([]);
    answerComment(
      {
        commentId: second!.id,
        roundId,
        reply: "We kept it short.",
        decision: "not_accepted",
        declineReason: "The review is explained in its own leaflet.",
        publicWording: "",
      },
      officer,
    );
    expect(mail("sam@example.org").filter((m) => m.subject.includes("answered")).length).toBe(1);
    const mine = roundForReviewer(roundId, sam, now)!;
    expect(mine.comments.map((c) => [c.decision, c.declineReason])).toEqual([
      ["accepted", ""],
      ["not_accepted", "The review is explained in its own leaflet."],
    ]);
    // Many at once are all or nothing: one made already refuses the step, and the other is not made.
    const made = commentToSuggestion(first!.id, roundId);
    expect(made).toMatchObject({ ok: true });
    expect(commentToSuggestion(first!.id, roundId)).toMatchObject({ ok: false });
    expect(commentsToSuggestions([second!.id, first!.id], roundId)).toMatchObject({ ok: false });
    expect(getDb().select().from(suggestions).where(eq(suggestions.originKind, "reviews")).all()).toHaveLength(1);
    const suggestion = getDb().select().from(suggestions).where(eq(suggestions.originKind, "reviews")).get()!;
    expect(suggestion.body).toBe("What is an EHC plan?");
    expect(suggestion.contributorKind).toBe("young_person");
    expect(suggestion.contributorEmail).toBeNull();
  });

  it("publishes the next version with a summary, keeps unchanged easy-read notes, and shows what changed", () => {
    setEasyRead(documentId, { 1: "Your plan can keep going after 18.", 3: "School can help you." });
    saveDraft(documentId, docFromPlainText(DRAFT.replace("can carry on.", "can carry on until you are 25.")), "");
    expect(publishDraft(documentId)).toEqual({ ok: false, message: "Say what changed in this version before you publish it" });
    saveDraft(documentId, docFromPlainText(DRAFT.replace("can carry on.", "can carry on until you are 25.")), "Said how long a plan lasts.");
    expect(publishDraft(documentId)).toMatchObject({ ok: true, number: 2, emailed: 2 });
    expect(
      easyReadForEditing(documentId)!
        .passages.filter((p) => p.easyRead)
        .map((p) => p.index),
    ).toEqual([3]);
    const changes = versionChanges(documentId)!;
    expect([changes.from, changes.to, changes.changeSummary]).toEqual([1, 2, "Said how long a plan lasts."]);
    expect(changes.changes.map((c) => c.kind)).toEqual(["same", "changed", "same", "same"]);
    expect(mail("sam@example.org").some((m) => m.subject === "Version 2 of “Preparing for adulthood” is ready")).toBe(true);
    expect(roundForReviewer(roundId, sam, now)!.newer).toBe(2);
  });

  it("shows a public page only when the officer publishes it, with public wording only", () => {
    expect(publicReview(documentId)).toBeUndefined();
    setPublicPage(documentId, "Young people helped us make this guide clearer.");
    const page = publicReview(documentId)!;
    expect(page).toMatchObject({ comments: 2, accepted: 1, answered: 2, reviewers: 2 });
    expect(page.said.map((s) => s.said)).toEqual(["Explain what an EHC plan is."]);
    expect(JSON.stringify(page)).not.toContain("What is an EHC plan?");
    expect(JSON.stringify(page)).not.toContain("Sam");
  });
});

describe("comparing versions", () => {
  it("pairs edits word by word and keeps whole additions and removals", () => {
    const changes = compareVersions(docFromPlainText("One.\n\nTwo words.\n\nThree."), docFromPlainText("One.\n\nTwo new words.\n\nFour.\n\nFive."));
    expect(changes.map((c) => c.kind)).toEqual(["same", "changed", "changed", "added"]);
    const edited = changes[1]!;
    expect(edited.kind === "changed" && edited.words.filter((w) => w.change === "added").map((w) => w.text.trim())).toEqual(["new"]);
  });
});

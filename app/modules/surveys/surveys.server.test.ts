import { eq } from "drizzle-orm";
import { byEmail } from "~/modules/contact/contact.server";
import { beforeAll, describe, expect, it } from "vitest";
import { outbox } from "~db/schema";
import { getDb } from "~/db.server";
import { smsSegments } from "~/modules/notifications/segments";
import { createAccount } from "~/modules/auth/accounts.server";
import { docFromPlainText } from "~/modules/richtext/document";
import { saveTranslation, translationProblem } from "~/modules/i18n/content.server";
import { readPageAnswers } from "./answer-form.server";
import {
  sendContinueLink,
  findResponse,
  responseForContinueLink,
  savePage,
  startResponse,
  submitResponse,
  surveyForRespondent,
  takeOverResponse,
} from "./responses.server";
import { answerToSuggestion, exportResponses, publicSummary, saveSummary, surveyResults, textAnswers } from "./results.server";
import { closeSurvey, createSurvey, publishSurvey, surveyForOfficer, updateSettings } from "./surveys.server";
import { questionForEditing, removeQuestion, saveQuestion, type QuestionInput } from "./pages.server";

const now = new Date("2026-11-23T10:00:00Z");
let officer = "";
let member = "";
let surveyId = 0;

const base: Omit<QuestionInput, "kind" | "text"> = {
  pageId: 0,
  hint: "",
  required: false,
  easyText: "",
  choices: [],
  allowOther: false,
  lowLabel: "",
  highLabel: "",
};

function form(values: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) for (const one of [v].flat()) data.append(k, one);
  return data;
}

beforeAll(async () => {
  officer = await createAccount({ name: "Officer", email: "officer@example.org", password: "a long enough password", roles: ["officer"] });
  member = await createAccount({ name: "Member", email: "member@example.org", password: "a long enough password", roles: [] });
  surveyId = createSurvey("Short breaks", officer, now);
  const pageId = surveyForOfficer(surveyId, now)!.pages[0]!.id;
  expect(publishSurvey(surveyId)).toMatchObject({ ok: false });
  expect(
    saveQuestion(
      surveyId,
      null,
      {
        ...base,
        pageId,
        kind: "single",
        text: "Which do you use?",
        required: true,
        choices: [
          { label: "Holiday clubs", easy: "" },
          { label: "Sitting", easy: "" },
        ],
        allowOther: true,
      },
      officer,
    ),
  ).toEqual({ ok: true });
  expect(
    saveQuestion(
      surveyId,
      null,
      {
        ...base,
        pageId,
        kind: "multiple",
        text: "What gets in the way?",
        choices: [
          { label: "Cost", easy: "" },
          { label: "Distance", easy: "" },
          { label: "Booking", easy: "" },
        ],
      },
      officer,
    ),
  ).toEqual({ ok: true });
  expect(saveQuestion(surveyId, null, { ...base, pageId, kind: "rating", text: "How good are they?" }, officer)).toEqual({ ok: true });
  expect(saveQuestion(surveyId, null, { ...base, pageId, kind: "long_text", text: "What would help?" }, officer)).toEqual({ ok: true });
  expect(
    updateSettings(surveyId, {
      title: "Short breaks",
      intro: docFromPlainText("Tell us."),
      easyIntro: "",
      audience: "Parents",
      anonymous: false,
      asksContact: true,
      opensOn: "2026-11-01",
      closesOn: "2026-12-31",
    }),
  ).toEqual({ ok: true });
  expect(publishSurvey(surveyId)).toEqual({ ok: true });
});

const questions = () => surveyForRespondent(surveyId, { now })!.pages[0]!.questions;

describe("answering a survey", () => {
  it("refuses a required answer left empty, a tampered choice, a rating outside 1 to 5 and an overlong answer", () => {
    const [single, multiple, rating, long] = questions();
    const bad = readPageAnswers(
      questions(),
      form({ [`q${multiple!.id}`]: ["c1", "c9"], [`q${rating!.id}`]: "6", [`q${long!.id}`]: "x".repeat(5001) }),
      { askKind: true },
    );
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors).toEqual({
      respondentKind: "Tell us who you are answering as",
      [`q${single!.id}`]: "Choose an answer to “Which do you use?”",
      [`q${multiple!.id}`]: "Choose from the answers given for “What gets in the way?”",
      [`q${rating!.id}`]: "Choose from the answers given for “How good are they?”",
      [`q${long!.id}`]: "Your answer to “What would help?” must be 5,000 characters or fewer",
    });
    const other = readPageAnswers(questions(), form({ respondentKind: "parent_carer", [`q${single!.id}`]: "other" }), { askKind: true });
    expect(other).toMatchObject({ ok: false, errors: { [`q${single!.id}-other`]: "Say what you mean by “other”" } });
  });

  it("sends a response once, counts it exactly, and lets a member answer only once", () => {
    const [single, multiple, rating, long] = questions();
    const started = startResponse(surveyId, { userId: member, easyRead: false }, now);
    if ("refused" in started) throw new Error(started.refused);
    const read = readPageAnswers(
      questions(),
      form({
        respondentKind: "parent_carer",
        [`q${single!.id}`]: "other",
        [`q${single!.id}-other`]: "Youth club",
        [`q${multiple!.id}`]: ["c1", "c3"],
        [`q${rating!.id}`]: "4",
        [`q${long!.id}`]: "=SUM(A1) more clubs in Weston",
      }),
      { askKind: true },
    );
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    savePage(started.id, questions(), read.answers, read.respondentKind, now);
    expect(submitResponse(surveyId, started.id, { userId: member, name: "Rae", contact: byEmail("rae@example.org") }, now)).toEqual({
      ok: true,
      reference: `SR-${String(started.id).padStart(5, "0")}`,
    });
    expect(submitResponse(surveyId, started.id, { userId: member, name: null, contact: byEmail(null) }, now)).toMatchObject({ ok: false });
    expect(startResponse(surveyId, { userId: member, easyRead: false }, now)).toEqual({
      refused: "You have already answered this survey. Thank you.",
    });
    expect(findResponse(surveyId, { token: null, userId: member })!.status).toBe("submitted");

    // Someone stops part-way and asks for a link to carry on elsewhere.
    const paused = startResponse(surveyId, { userId: null, easyRead: false }, now);
    if ("refused" in paused) throw new Error(paused.refused);
    expect(sendContinueLink(surveyId, paused.token, { channel: "email", email: "later@example.org" })).toEqual({ ok: true });
    const mail = getDb().select().from(outbox).where(eq(outbox.toAddress, "later@example.org")).get()!;
    const linkToken = /\/continue\/(\S+)/.exec(mail.textBody)![1]!;
    // The link carries a token of its own, never the answering browser's.
    expect(linkToken).not.toBe(paused.token);
    expect(responseForContinueLink(surveyId, linkToken)!.id).toBe(paused.id);
    expect(sendContinueLink(surveyId, "not-a-real-token-at-all-xxxx", { channel: "email", email: "later@example.org" })).toEqual({ ok: false });
    // Following it moves the answers to the new browser, once: the old browser's token and the link stop working.
    const moved = takeOverResponse(surveyId, linkToken)!;
    expect(findResponse(surveyId, { token: moved.token, userId: null })!.id).toBe(paused.id);
    expect(findResponse(surveyId, { token: paused.token, userId: null })).toBeUndefined();
    expect(takeOverResponse(surveyId, linkToken)).toBeUndefined();
    // At most three links a day for one response's answers.
    expect(sendContinueLink(surveyId, moved.token, { channel: "email", email: "later@example.org" })).toEqual({ ok: true });
    expect(sendContinueLink(surveyId, moved.token, { channel: "email", email: "later@example.org" })).toEqual({ ok: true });
    expect(sendContinueLink(surveyId, moved.token, { channel: "email", email: "someone.else@example.org" })).toMatchObject({
      ok: false,
      retryAfterSeconds: expect.any(Number),
    });

    // Or by text message, short enough for two segments.
    const texting = startResponse(surveyId, { userId: null, easyRead: false }, now);
    if ("refused" in texting) throw new Error(texting.refused);
    expect(sendContinueLink(surveyId, texting.token, { channel: "sms", phone: "+447700900777" })).toEqual({ ok: true });
    const text = getDb().select().from(outbox).where(eq(outbox.toAddress, "+447700900777")).get()!;
    expect(text.textBody).toMatch(/carry on with your answers to Short breaks by .+: http\S+\/continue\/\S+ It works once\./);
    expect(smsSegments(text.textBody)).toBeLessThanOrEqual(2);
    expect(responseForContinueLink(surveyId, /\/continue\/(\S+)/.exec(text.textBody)![1]!)!.id).toBe(texting.id);

    // A second, anonymous-browser response from a young person.
    const second = startResponse(surveyId, { userId: null, easyRead: true }, now);
    if ("refused" in second) throw new Error(second.refused);
    savePage(second.id, questions(), { [single!.id]: { value: "c1", other: "" }, [rating!.id]: { value: "2", other: "" } }, "young_person", now);
    expect(submitResponse(surveyId, second.id, { userId: null, name: null, contact: byEmail(null) }, now)).toMatchObject({ ok: true });

    const results = surveyResults(surveyId)!;
    expect(results.total).toBe(2);
    const [r1, r2, r3] = results.questions;
    expect(r1!.rows.map((r) => [r.label, r.n, r.percent])).toEqual([
      ["Holiday clubs", 1, 50],
      ["Sitting", 0, 0],
      ["Other", 1, 50],
    ]);
    expect(r2!.rows.map((r) => r.n)).toEqual([1, 0, 1]);
    expect(r3!.average).toBe(3);
    expect(surveyResults(surveyId, "young_person")!.questions[2]!.average).toBe(2);
    expect(textAnswers(surveyId, { search: "weston" }).answers.map((a) => a.text)).toEqual(["=SUM(A1) more clubs in Weston"]);
    expect(textAnswers(surveyId, {}).answers.map((a) => a.text)).toEqual(["Youth club", "=SUM(A1) more clubs in Weston"]);
  });

  it("refuses edits that would misread answers, and keeps wording changes in history", () => {
    const [single, , rating] = questions();
    expect(
      saveQuestion(surveyId, rating!.id, { ...base, pageId: rating!.pageId, kind: "yes_no", text: "How good are they?" }, officer),
    ).toMatchObject({ ok: false, errors: { kind: expect.stringContaining("type of question cannot change") } });
    expect(
      saveQuestion(
        surveyId,
        single!.id,
        {
          ...base,
          pageId: single!.pageId,
          kind: "single",
          text: "Which do you use?",
          choices: [{ label: "Holiday clubs", easy: "" }],
          allowOther: true,
          required: true,
        },
        officer,
      ),
    ).toMatchObject({ ok: false });
    expect(
      saveQuestion(
        surveyId,
        single!.id,
        {
          ...base,
          pageId: single!.pageId,
          kind: "single",
          text: "Which do you use?",
          choices: [
            { label: "Sitting", easy: "" },
            { label: "Holiday clubs", easy: "" },
          ],
          allowOther: true,
          required: true,
        },
        officer,
      ),
    ).toMatchObject({ ok: false, errors: { choices: expect.stringContaining("reordered") } });
    expect(removeQuestion(surveyId, single!.id)).toMatchObject({ ok: false });
    expect(
      saveQuestion(
        surveyId,
        single!.id,
        {
          ...base,
          pageId: single!.pageId,
          kind: "single",
          text: "Which short breaks do you use?",
          choices: [
            { label: "Holiday clubs and schemes", easy: "Clubs" },
            { label: "Sitting", easy: "" },
            { label: "Overnight stays", easy: "" },
          ],
          allowOther: true,
          required: true,
        },
        officer,
      ),
    ).toEqual({ ok: true });
    expect(questionForEditing(surveyId, single!.id)!.history.map((h) => [h.before, h.after])).toEqual([
      ["Which do you use?", "Which short breaks do you use?"],
    ]);
    // Answers keep their meaning: choice c1 is now called "Holiday clubs and schemes".
    expect(surveyResults(surveyId)!.questions[0]!.rows[0]).toMatchObject({ label: "Holiday clubs and schemes", n: 1 });
    expect(
      updateSettings(surveyId, {
        title: "Short breaks",
        intro: docFromPlainText("Tell us."),
        easyIntro: "",
        audience: "",
        anonymous: true,
        asksContact: false,
        opensOn: "2026-11-01",
        closesOn: "2026-12-31",
      }),
    ).toMatchObject({ ok: false });
  });

  it("exports one row per response with a column per choice, safe from spreadsheet formulas", async () => {
    const csv = await new Response(exportResponses(surveyId)!.stream).text();
    const lines = csv.trim().split("\n");
    expect(lines[0]).toBe(
      "Reference,Sent,Answering as,Language,Name,Email,Which short breaks do you use?,What gets in the way?: " +
        "Cost,What gets in the way?: Distance,What gets in the way?: Booking,How good are they?,What would " +
        "help?",
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain("A parent or carer,English,Rae,rae@example.org,Other: Youth club,Yes,,Yes,4,'=SUM(A1) more clubs in Weston");
    expect(lines[2]).toContain("A child or young person,English,,,Holiday clubs and schemes,,,,2,");
  });

  it("turns an answer into a suggestion and shows it on the published summary after closing", () => {
    const answer = textAnswers(surveyId, { search: "Weston" }).answers[0]!;
    expect(answerToSuggestion(surveyId, answer.responseId, answer.questionId)).toMatchObject({ ok: true });
    expect(answerToSuggestion(surveyId, answer.responseId, answer.questionId)).toMatchObject({ ok: false });
    expect(saveSummary(surveyId, { asked: "About short breaks.", headlines: "Half use holiday clubs." }, true, now)).toMatchObject({ ok: false });
    closeSurvey(surveyId, now);
    expect(startResponse(surveyId, { userId: null, easyRead: false }, new Date(now.getTime() + 1000))).toEqual({
      refused: "This survey is not open for answers.",
    });
    expect(
      saveSummary(surveyId, { asked: "About short breaks.", headlines: "Half use holiday clubs." }, true, new Date(now.getTime() + 1000)),
    ).toEqual({ ok: true });
    const summary = publicSummary(surveyId)!;
    expect(summary.total).toBe(2);
    // Not on the page until an officer publishes its public wording.
    expect(summary.suggestions).toEqual([]);
  });
});

describe("a survey in another language", () => {
  const by = { name: "Cyfieithu Cymru", userId: null };
  const save = (kind: "survey" | "surveyPage" | "surveyQuestion", id: number, field: string, text: string) =>
    saveTranslation({ kind, id, field, lang: "cy", text }, by);

  it("shows its title, introduction, questions and options in Welsh where translated, and says when some are not", () => {
    const english = surveyForRespondent(surveyId, { now, lang: "cy" })!;
    expect(english.untranslated).toBe(true);
    const page = english.pages[0]!;
    const [first] = page.questions;
    save("survey", surveyId, "title", "Seibiannau byr");
    save("survey", surveyId, "intro", "## Croeso\n\nDywedwch wrthym.");
    save("surveyQuestion", first!.id, "text", "Pa seibiannau byr ydych chi'n eu defnyddio?");
    save("surveyQuestion", first!.id, `choice.${first!.choices[0]!.id}`, "Clybiau gwyliau");

    const welsh = surveyForRespondent(surveyId, { now, lang: "cy" })!;
    expect(welsh.title).toBe("Seibiannau byr");
    expect(welsh.introHtml).toBe('<h2 class="govuk-heading-m">Croeso</h2><p class="govuk-body">Dywedwch wrthym.</p>');
    expect(welsh.pages[0]!.questions[0]).toMatchObject({ text: "Pa seibiannau byr ydych chi'n eu defnyddio?" });
    expect(welsh.pages[0]!.questions[0]!.choices[0]!.label).toBe("Clybiau gwyliau");
    // The second option, the other questions and the page title are still in English.
    expect(welsh.pages[0]!.questions[0]!.choices[1]!.label).toBe("Sitting");
    expect(welsh.untranslated).toBe(true);
    // Each question names what is shown in English, so the page marks those words as English.
    expect(welsh.pages[0]!.questions[0]!.untranslated).toContain(`choice.${first!.choices[1]!.id}`);
    expect(welsh.pages[0]!.questions[0]!.untranslated).not.toContain("text");
    expect(welsh.pages[0]!.titleInEnglish).toBe(true);
    expect(welsh.inEnglish).toEqual(expect.not.arrayContaining(["title", "intro"]));
    // Choices keep their ids, so answers given in Welsh count with those given in English.
    expect(welsh.pages[0]!.questions[0]!.choices.map((c) => c.id)).toEqual(first!.choices.map((c) => c.id));
    expect(surveyForRespondent(surveyId, { now, lang: "en" })!.title).toBe("Short breaks");
  });

  it("is shown in Polish, a language the area has only content in, the same way", () => {
    const [first] = surveyForRespondent(surveyId, { now })!.pages[0]!.questions;
    saveTranslation({ kind: "surveyQuestion", id: first!.id, field: "text", lang: "pl", text: "Z jakich krótkich przerw korzystasz?" }, by);
    const polish = surveyForRespondent(surveyId, { now, lang: "pl" })!;
    expect(polish.pages[0]!.questions[0]!.text).toBe("Z jakich krótkich przerw korzystasz?");
    expect(polish.title).toBe("Short breaks");
    expect(polish.inEnglish).toContain("title");
  });

  it("refuses a translation of an option the question does not have", () => {
    const [first] = surveyForRespondent(surveyId, { now })!.pages[0]!.questions;
    expect(translationProblem({ kind: "surveyQuestion", id: first!.id, field: "choice.c99", lang: "cy", text: "Dim" })).toBeTruthy();
    expect(translationProblem({ kind: "surveyQuestion", id: first!.id, field: "colour", lang: "cy", text: "Dim" })).toBeTruthy();
  });
});

describe("a response written on paper", () => {
  it("is typed in whole, sent with the consent signed on paper, and tells the person by letter; nothing is kept if it cannot be sent", async () => {
    const { consents, surveyResponses, letters } = await import("~db/schema");
    const { enterPaperResponse } = await import("./responses.server");
    const { changeStatus } = await import("~/modules/feedback/changes.server");
    // A survey of its own: the one above is closed by now.
    const paperId = createSurvey("Holidays", officer, now);
    const pageId = surveyForOfficer(paperId, now)!.pages[0]!.id;
    const choices = [
      { label: "Holiday clubs", easy: "" },
      { label: "Sitting", easy: "" },
    ];
    saveQuestion(paperId, null, { ...base, pageId, kind: "single", text: "Which do you use?", required: true, choices }, officer);
    saveQuestion(paperId, null, { ...base, pageId, kind: "long_text", text: "What would help?" }, officer);
    const settings = {
      title: "Holidays",
      intro: docFromPlainText("Tell us."),
      easyIntro: "",
      audience: "Parents",
      anonymous: false,
      asksContact: true,
    };
    updateSettings(paperId, { ...settings, opensOn: "2026-11-01", closesOn: "2099-12-31" });
    expect(publishSurvey(paperId)).toEqual({ ok: true });
    const [single, long] = surveyForRespondent(paperId, { now })!.pages[0]!.questions;
    const before = getDb().select().from(surveyResponses).all().length;
    const contact = {
      channel: "post" as const,
      email: null,
      phone: null,
      forumContact: null,
      postalAddress: "3 Quay Street\nTestford",
      postcode: "TE2 2BB",
      easyRead: true,
    };
    const input = { respondentKind: "parent_carer" as const, name: "Pam Paper", contact, language: "en" as const, enteredBy: officer };
    // A required answer missing: refused, and no half-made response is left.
    expect(enterPaperResponse(paperId, { ...input, answers: {} }, now)).toMatchObject({ ok: false, message: "Answer “Which do you use?”" });
    expect(getDb().select().from(surveyResponses).all()).toHaveLength(before);

    const answers = { [single!.id]: { value: "c2", other: "" }, [long!.id]: { value: "Somewhere to go in the holidays.", other: "" } };
    const sent = enterPaperResponse(paperId, { ...input, answers }, now);
    expect(sent).toMatchObject({ ok: true });
    const row = getDb().select().from(surveyResponses).all().at(-1)!;
    expect(row).toMatchObject({
      receivedOn: "paper",
      userId: null,
      contactName: "Pam Paper",
      contactChannel: "post",
      contactPostcode: "TE2 2BB",
      easyRead: true,
    });
    const consent = getDb()
      .select()
      .from(consents)
      .where(eq(consents.record, `survey_responses:${row.id}`))
      .get();
    expect(consent).toMatchObject({ receivedOn: "paper", enteredBy: officer, channel: "post" });

    // Their answer becomes a suggestion, and its outcome waits to be printed for them, in easy read.
    const made = answerToSuggestion(paperId, row.id, long!.id);
    if (!made.ok) throw new Error(made.message);
    const id = Number(made.reference.slice(3));
    changeStatus({
      id,
      status: "done",
      note: "",
      outcome: "Holiday clubs open every week.",
      outcomeEasyRead: "There are clubs every week.",
      officerId: officer,
    });
    expect(getDb().select().from(letters).where(eq(letters.suggestionId, id)).all()).toMatchObject([{ news: "There are clubs every week." }]);
  });
});

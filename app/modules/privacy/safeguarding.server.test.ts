import { eq } from "drizzle-orm";
import { byEmail } from "~/modules/contact/contact.server";
import { beforeAll, describe, expect, it } from "vitest";
import { outbox, suggestions } from "~db/schema";
import { getDb } from "~/db.server";
import { createAccount } from "~/modules/auth/accounts.server";
import { makeSuggestion } from "~/modules/feedback/suggestions.server";
import { updateAreaSettings } from "~/modules/settings/area.server";
import { savePage, startResponse, submitResponse, surveyForRespondent } from "~/modules/surveys/responses.server";
import { answerToSuggestion, surveyResults, textAnswers } from "~/modules/surveys/results.server";
import { createSurvey, publishSurvey, surveyForOfficer } from "~/modules/surveys/surveys.server";
import { saveQuestion } from "~/modules/surveys/pages.server";
import { concernPhrases, DEFAULT_CONCERN_PHRASES, findConcern, listFlags, openFlagCount, recordAction } from "./safeguarding.server";

const LEAD = "lead@example.org";
const mailTo = (to: string) => getDb().select().from(outbox).where(eq(outbox.toAddress, to)).all();
let officer = "";

beforeAll(async () => {
  updateAreaSettings({ areaName: "Testshire", contactEmail: "send@example.org", safeguardingEmail: LEAD, responseDays: 20 });
  officer = await createAccount({ name: "Officer", email: "officer@example.org", password: "a long enough password", roles: ["officer"] });
});

describe("the safeguarding check", () => {
  it("matches listed phrases as whole words, whatever the case or punctuation", () => {
    expect(findConcern("Sometimes I want to HURT myself.", DEFAULT_CONCERN_PHRASES)).toBe("hurt myself");
    expect(findConcern("I don’t feel not-safe… I feel not safe at home!", DEFAULT_CONCERN_PHRASES)).toBe("not safe at home");
    expect(findConcern("The abusers of the parking bays", DEFAULT_CONCERN_PHRASES)).toBeNull();
    expect(findConcern("More holiday clubs please", DEFAULT_CONCERN_PHRASES)).toBeNull();
    updateAreaSettings({ concernPhrases: "Frightened\n\n  bullied  " });
    expect(concernPhrases()).toEqual(["frightened", "bullied"]);
    updateAreaSettings({ concernPhrases: "" });
    expect(concernPhrases()).toEqual(DEFAULT_CONCERN_PHRASES);
  });

  it("holds back a suggestion that matches and tells the lead by a link, never the words", () => {
    const { id } = makeSuggestion({
      body: "My dad hits me when I ask about college",
      topicId: null,
      contributorKind: "young_person",
      name: null,
      email: null,
      userId: null,
    });
    expect(getDb().select().from(suggestions).where(eq(suggestions.id, id)).get()!.safeguarding).toBe(true);
    const alert = mailTo(LEAD).at(-1)!;
    expect(alert.subject).toBe(`Safeguarding concern: YS-${String(id).padStart(4, "0")}`);
    expect(alert.textBody).toContain(`/manage/suggestions/${id}`);
    expect(alert.textBody + alert.htmlBody).not.toContain("dad");
  });

  it("holds back a survey answer that matches: never a suggestion, counted but never shown publicly", () => {
    const surveyId = createSurvey("Wellbeing", officer);
    const pageId = surveyForOfficer(surveyId)!.pages[0]!.id;
    saveQuestion(
      surveyId,
      null,
      {
        pageId,
        kind: "long_text",
        text: "Anything else?",
        hint: "",
        required: false,
        easyText: "",
        choices: [],
        allowOther: false,
        lowLabel: "",
        highLabel: "",
      },
      officer,
    );
    publishSurvey(surveyId);
    const [q] = surveyForRespondent(surveyId)!.pages[0]!.questions;
    const started = startResponse(surveyId, { userId: null, easyRead: false });
    if ("refused" in started) throw new Error(started.refused);
    savePage(started.id, [q!], { [q!.id]: { value: "I am scared to go home after school", other: "" } }, "young_person");
    expect(submitResponse(surveyId, started.id, { userId: null, name: null, contact: byEmail(null) })).toMatchObject({ ok: true });
    const answer = textAnswers(surveyId, {}).answers[0]!;
    expect(answer.safeguarding).toBe(true);
    expect(answerToSuggestion(surveyId, answer.responseId, answer.questionId)).toMatchObject({ ok: false });
    expect(surveyResults(surveyId)!.total).toBe(1);
    const alert = mailTo(LEAD).at(-1)!;
    expect(alert.subject).toContain("A survey answer");
    expect(alert.textBody).not.toContain("scared");
    expect(openFlagCount()).toBe(2);
  });

  it("keeps what the contact did, and closes the concern", () => {
    const [flag] = listFlags();
    expect(recordAction(flag!.id, "Called the school's safeguarding lead.", officer)).toBe(true);
    expect(openFlagCount()).toBe(1);
    expect(listFlags().find((f) => f.id === flag!.id)).toMatchObject({
      actionTaken: "Called the school's safeguarding lead.",
      resolvedBy: "Officer",
    });
  });
});

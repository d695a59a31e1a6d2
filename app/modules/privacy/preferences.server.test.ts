import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { outbox, supporters } from "~db/schema";
import { getDb } from "~/db.server";
import { createAccount } from "~/modules/auth/accounts.server";
import { makeSuggestion, setUpdatesByToken } from "~/modules/feedback/suggestions.server";
import { createSurvey, publishSurvey, surveyForOfficer } from "~/modules/surveys/surveys.server";
import { saveQuestion } from "~/modules/surveys/pages.server";
import { contactPreferences, setContactPreferences } from "./preferences.server";

let member = "";
let officer = "";

beforeAll(async () => {
  officer = await createAccount({ name: "Officer", email: "officer@example.org", password: "a long enough password", roles: ["officer"] });
  member = await createAccount({ name: "Member", email: "member@example.org", password: "a long enough password", roles: [] });
});

describe("contact preferences", () => {
  it("drive the update emails about a member's suggestions, and the stop link changes them", () => {
    const { id } = makeSuggestion({
      body: "Quieter waiting rooms",
      topicId: null,
      contributorKind: "parent_carer",
      name: null,
      email: "member@example.org",
      userId: member,
    });
    const row = () => getDb().select().from(supporters).where(eq(supporters.suggestionId, id)).get()!;
    expect(contactPreferences(member)).toEqual({ suggestionUpdates: true, eventReminders: true, surveyInvitations: false });
    setContactPreferences(member, { suggestionUpdates: false, eventReminders: true, surveyInvitations: false });
    expect(row().updates).toBe(false);
    setContactPreferences(member, { suggestionUpdates: true, eventReminders: true, surveyInvitations: false });
    expect(row().updates).toBe(true);
    expect(setUpdatesByToken(row().stopToken, false)).toMatchObject({ ok: true, member: true });
    expect(contactPreferences(member)!.suggestionUpdates).toBe(false);
  });

  it("invites only members who asked to hear about new surveys", () => {
    setContactPreferences(member, { suggestionUpdates: true, eventReminders: true, surveyInvitations: true });
    const surveyId = createSurvey("New survey", officer);
    const pageId = surveyForOfficer(surveyId)!.pages[0]!.id;
    saveQuestion(
      surveyId,
      null,
      { pageId, kind: "yes_no", text: "OK?", hint: "", required: false, easyText: "", choices: [], allowOther: false, lowLabel: "", highLabel: "" },
      officer,
    );
    publishSurvey(surveyId);
    const invited = getDb()
      .select()
      .from(outbox)
      .all()
      .filter((m) => m.subject === "Have your say: New survey")
      .map((m) => m.toAddress);
    expect(invited).toEqual(["member@example.org"]);
  });
});

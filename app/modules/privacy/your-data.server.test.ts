import { eq, sql } from "drizzle-orm";
import { byEmail } from "~/modules/contact/contact.server";
import { beforeAll, describe, expect, it } from "vitest";
import { outbox, registrations, users } from "~db/schema";
import { getDb } from "~/db.server";
import { createAccount } from "~/modules/auth/accounts.server";
import { confirmSignature, publishDraft, saveDraft, sign } from "~/modules/charter/charter.server";
import { createEvent, publishEvent } from "~/modules/events/events.server";
import { register } from "~/modules/events/registrations.server";
import { boardPage, supportAsMember } from "~/modules/feedback/board.server";
import { makeSuggestion } from "~/modules/feedback/suggestions.server";
import { publish, setPublicWording } from "~/modules/feedback/changes.server";
import { docFromPlainText } from "~/modules/richtext/document";
import { savePage, startResponse, submitResponse, surveyForRespondent } from "~/modules/surveys/responses.server";
import { surveyResults } from "~/modules/surveys/results.server";
import { createSurvey, publishSurvey, surveyForOfficer, updateSettings } from "~/modules/surveys/surveys.server";
import { saveQuestion } from "~/modules/surveys/pages.server";
import { erasePerson, personData } from "./your-data.server";

const NAME = "Zed Quillfeather";
const EMAIL = "zed.quill@example.org";
let zed = "";
let surveyId = 0;

/** Every row of every table, as text: what a search of the database would find. */
function everything(): string {
  const db = getDb();
  const tables = db.all<{ name: string }>(sql`select name from sqlite_master where type = 'table'`);
  return tables.map((t) => JSON.stringify(db.all(sql.raw(`select * from "${t.name}"`)))).join("\n");
}

beforeAll(async () => {
  const officer = await createAccount({ name: "Officer", email: "officer@example.org", password: "a long enough password", roles: ["officer"] });
  zed = await createAccount({ name: NAME, email: EMAIL, password: "a long enough password", roles: [], ageGroup: "18_plus" });
  const other = makeSuggestion({
    body: "Someone else's idea",
    topicId: null,
    contributorKind: "parent_carer",
    name: "Other Person",
    email: "other@example.org",
    userId: null,
  });
  setPublicWording(other.id, "Someone else's idea", officer);
  publish(other.id, officer);
  const mine = makeSuggestion({
    body: "More quiet rooms at school",
    topicId: null,
    contributorKind: "parent_carer",
    name: NAME,
    email: EMAIL,
    userId: zed,
  });
  setPublicWording(mine.id, "More quiet rooms at school", officer);
  publish(mine.id, officer);
  supportAsMember({ suggestionId: other.id, userId: zed, email: EMAIL });
  const soon = new Date(Date.now() + 10 * 86_400_000);
  const eventId = createEvent(
    {
      title: "Coffee morning",
      description: docFromPlainText("Come along."),
      type: "coffee_morning",
      audience: "parent_carers",
      startsAt: soon,
      endsAt: new Date(soon.getTime() + 7_200_000),
      format: "in_person",
      venue: "Library",
      joiningLink: "",
      venueFeatures: [],
      accessibilityNotes: "",
      capacity: 10,
      maxPlacesPerRegistration: 2,
      registrationClosesAt: new Date(soon.getTime() - 86_400_000),
      topicIds: [],
      actionIds: [],
    },
    officer,
  );
  publishEvent(eventId);
  register({
    eventId,
    name: NAME,
    email: EMAIL,
    phone: "07700 900123",
    role: "parent_carer",
    places: 1,
    accessNeeds: ["quiet_room"],
    accessNotes: "",
    dietaryNeeds: "",
    updates: { channel: "email" },
    userId: zed,
  });
  surveyId = createSurvey("Quiet rooms", officer);
  const opened = surveyForOfficer(surveyId)!;
  updateSettings(surveyId, {
    title: "Quiet rooms",
    intro: docFromPlainText("Tell us."),
    easyIntro: "",
    audience: "",
    anonymous: false,
    asksContact: true,
    opensOn: opened.opensOn,
    closesOn: opened.closesOn,
  });
  saveQuestion(
    surveyId,
    null,
    {
      pageId: opened.pages[0]!.id,
      kind: "yes_no",
      text: "Would you use one?",
      hint: "",
      required: true,
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
  const started = startResponse(surveyId, { userId: zed, easyRead: false });
  if ("refused" in started) throw new Error(started.refused);
  savePage(started.id, [q!], { [q!.id]: { value: "yes", other: "" } }, "parent_carer");
  submitResponse(surveyId, started.id, { userId: zed, name: NAME, contact: byEmail(EMAIL) });
  saveDraft(docFromPlainText("We work together."), "");
  publishDraft();
  sign({ name: NAME, email: EMAIL, kind: "parent_carer", organisation: "", listPublicly: true, userId: zed });
  const confirm = getDb()
    .select()
    .from(outbox)
    .where(eq(outbox.toAddress, EMAIL))
    .all()
    .find((m) => m.subject.startsWith("Confirm you are signing"))!;
  confirmSignature(/\/charter\/confirm\/(\S+)/.exec(confirm.textBody)![1]!);
});

describe("your data", () => {
  it("exports every kind of record the member has, and nothing of anyone else's", () => {
    const data = personData(zed)!;
    expect(data.account).toMatchObject([{ name: NAME, email: EMAIL, ageGroup: "18_plus" }]);
    expect(data.suggestions.map((s) => s.yourWords)).toEqual(["More quiet rooms at school"]);
    expect(data.supports).toHaveLength(1);
    expect(data.registrations).toMatchObject([{ event: "Coffee morning", phone: "07700 900123", accessNeeds: ["quiet_room"] }]);
    expect(data.surveyAnswers).toMatchObject([{ survey: "Quiet rooms", contactEmail: EMAIL, answers: [{ answer: "yes" }] }]);
    expect(data.signatures).toMatchObject([{ name: NAME, status: "confirmed" }]);
    expect(data.consents.map((c) => c.for).sort()).toEqual(["registration", "signature", "suggestion", "survey_contact"]);
    expect(data.consents.every((c) => String(c.wording).length > 20 && c.privacyNoticeVersion === 0)).toBe(true);
    const json = JSON.stringify(data);
    expect(json).not.toContain("Other Person");
    expect(json).not.toContain("Someone else's idea");
  });

  it("joins what was given under an email to an account only once the account holder has proved they read it", async () => {
    const email = "not.yet.proved@example.org";
    makeSuggestion({ body: "Said before any account", topicId: null, contributorKind: "parent_carer", name: "Earlier", email, userId: null });
    const id = await createAccount({ name: "Claimant", email, password: "a long enough password", roles: [] });
    getDb().update(users).set({ emailVerifiedAt: null }).where(eq(users.id, id)).run();
    expect(personData(id)!.suggestions).toEqual([]);
    getDb().update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, id)).run();
    expect(personData(id)!.suggestions.map((s) => s.yourWords)).toEqual(["Said before any account"]);
  });

  it("erases the member's identity everywhere, cancels future bookings and leaves the figures as they were", () => {
    const before = {
      board: boardPage({}).total,
      supporters: boardPage({}).suggestions.map((s) => s.supporters),
      survey: surveyResults(surveyId)!.total,
    };
    expect(everything()).toContain(EMAIL);
    expect(erasePerson(zed, "Deleted by the member")).toBe(true);
    const dump = everything();
    expect(dump).not.toContain(EMAIL);
    expect(dump).not.toContain(NAME);
    expect(dump).not.toContain("07700 900123");
    expect(
      getDb()
        .select()
        .from(registrations)
        .all()
        .map((r) => r.status),
    ).toEqual(["cancelled"]);
    expect({
      board: boardPage({}).total,
      supporters: boardPage({}).suggestions.map((s) => s.supporters),
      survey: surveyResults(surveyId)!.total,
    }).toEqual(before);
    expect(personData(zed)!.suggestions).toEqual([]);
  });
});

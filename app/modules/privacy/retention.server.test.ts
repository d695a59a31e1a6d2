import { beforeAll, describe, expect, it } from "vitest";
import { byEmail } from "~/modules/contact/contact.server";
import { charterSignatures, outbox, registrations, surveyResponses } from "~db/schema";
import { getDb } from "~/db.server";
import { createAccount } from "~/modules/auth/accounts.server";
import { publishDraft, saveDraft, sign } from "~/modules/charter/charter.server";
import { attendance } from "~/modules/events/attendance.server";
import { createEvent, publishEvent } from "~/modules/events/events.server";
import { register } from "~/modules/events/registrations.server";
import { docFromPlainText } from "~/modules/richtext/document";
import { savePage, startResponse, submitResponse, surveyForRespondent } from "~/modules/surveys/responses.server";
import { surveyResults } from "~/modules/surveys/results.server";
import { closeSurvey, createSurvey, publishSurvey, surveyForOfficer, updateSettings } from "~/modules/surveys/surveys.server";
import { saveQuestion } from "~/modules/surveys/pages.server";
import { supportByContact } from "~/modules/feedback/board.server";
import { makeSuggestion } from "~/modules/feedback/suggestions.server";
import { publish, setPublicWording } from "~/modules/feedback/changes.server";
import { applyRetention } from "./retention.server";
import { searchAudit } from "./audit.server";

const DAY = 86_400_000;
const start = new Date("2026-01-10T10:00:00Z");
let eventId = 0;
let surveyId = 0;

beforeAll(async () => {
  const officer = await createAccount({ name: "Officer", email: "officer@example.org", password: "a long enough password", roles: ["officer"] });
  const when = new Date(start.getTime() + 5 * DAY);
  eventId = createEvent(
    {
      title: "Workshop",
      description: docFromPlainText("Come."),
      type: "workshop",
      audience: "parent_carers",
      startsAt: when,
      endsAt: new Date(when.getTime() + 3_600_000),
      format: "in_person",
      venue: "Hall",
      joiningLink: "",
      venueFeatures: [],
      accessibilityNotes: "",
      capacity: 10,
      maxPlacesPerRegistration: 2,
      registrationClosesAt: new Date(when.getTime() - DAY),
      topicIds: [],
      actionIds: [],
    },
    officer,
  );
  publishEvent(eventId);
  register(
    {
      eventId,
      name: "Nia Booker",
      email: "nia@example.org",
      phone: "07700 900456",
      role: "parent_carer",
      places: 1,
      accessNeeds: [],
      accessNotes: "",
      dietaryNeeds: "",
      updates: { channel: "email" },
      userId: null,
    },
    start,
  );
  surveyId = createSurvey("Old survey", officer, start);
  const s = surveyForOfficer(surveyId, start)!;
  updateSettings(surveyId, {
    title: "Old survey",
    intro: docFromPlainText("Tell us."),
    easyIntro: "",
    audience: "",
    anonymous: false,
    asksContact: true,
    opensOn: s.opensOn,
    closesOn: s.closesOn,
  });
  saveQuestion(
    surveyId,
    null,
    {
      pageId: s.pages[0]!.id,
      kind: "yes_no",
      text: "OK?",
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
  const [q] = surveyForRespondent(surveyId, { now: start })!.pages[0]!.questions;
  const r = startResponse(surveyId, { userId: null, easyRead: false }, start);
  if ("refused" in r) throw new Error(r.refused);
  savePage(r.id, [q!], { [q!.id]: { value: "yes", other: "" } }, "parent_carer", start);
  submitResponse(surveyId, r.id, { userId: null, name: "Nia Booker", contact: byEmail("nia@example.org") }, start);
  closeSurvey(surveyId, new Date(start.getTime() + DAY));
  saveDraft(docFromPlainText("Together."), "");
  publishDraft();
  sign({ name: "Never Confirmed", email: "never@example.org", kind: "parent_carer", organisation: "", listPublicly: true, userId: null });
  getDb().update(charterSignatures).set({ createdAt: start }).run();
  const said = makeSuggestion({ body: "More ramps", topicId: null, contributorKind: "parent_carer", name: null, email: null, userId: null });
  setPublicWording(said.id, "More ramps", officer);
  publish(said.id, officer);
  supportByContact({ suggestionId: said.id, by: { channel: "email", email: "never.confirmed@example.org" }, updates: true }, start);
  getDb().update(outbox).set({ status: "sent", createdAt: start }).run();
});

/** What a run removed, leaving out what it found nothing of: every kind of activity reports its own. */
const whatWasRemoved = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));

describe("retention", () => {
  it("removes exactly what is due on the clock it is given, once, and keeps the figures", () => {
    // Two weeks on: nothing is due yet.
    expect(whatWasRemoved(applyRetention(new Date(start.getTime() + 14 * DAY)))).toEqual({});
    // Forty days on: the unconfirmed signature and "me too" (30 days) are due; nothing else.
    expect(whatWasRemoved(applyRetention(new Date(start.getTime() + 40 * DAY)))).toEqual({ unconfirmedSignatures: 1, unconfirmedMeToos: 1 });
    // Seven months after the survey closed, and over 90 days: its identities and the emails.
    const emails = getDb().select().from(outbox).all().length;
    expect(whatWasRemoved(applyRetention(new Date(start.getTime() + 215 * DAY)))).toEqual({ surveyResponses: 1, emails });
    // Thirteen months after the event: its registrant's details; the attendance figures stay.
    const before = attendance(eventId);
    expect(whatWasRemoved(applyRetention(new Date(start.getTime() + 400 * DAY)))).toEqual({ registrations: 1 });
    expect(whatWasRemoved(applyRetention(new Date(start.getTime() + 401 * DAY)))).toEqual({});
    expect(attendance(eventId)).toEqual(before);
    expect(getDb().select().from(registrations).all()).toMatchObject([{ name: "Removed", email: null, phone: "" }]);
    expect(getDb().select().from(surveyResponses).all()).toMatchObject([{ contactName: null, contactEmail: null, contactChannel: null }]);
    expect(surveyResults(surveyId)!.total).toBe(1);
    expect(searchAudit({ q: "retention:daily" }).total).toBe(5);
  });
});

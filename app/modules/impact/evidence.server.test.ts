import type { ActivityKind } from "~db/schema";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import {
  charterSignatures,
  charterVersions,
  events,
  registrations,
  reviewComments,
  reviewDocuments,
  reviewRounds,
  reviewVersions,
  surveyResponses,
  surveys,
} from "~db/schema";
import { getDb } from "~/db.server";
import { createAccount } from "~/modules/auth/accounts.server";
import { changeStatus, linkToActions, markSafeguarding, publish, setPublicWording } from "~/modules/feedback/changes.server";
import { makeSuggestion } from "~/modules/feedback/suggestions.server";
import { updateAreaSettings } from "~/modules/settings/area.server";
import { createStrategy, importActionsCsv, listActionChoices } from "~/modules/strategy/strategy.server";
import { EVIDENCE_CSV_COLUMNS, evidenceCsvRows, evidenceReport } from "./evidence.server";
import { toCsv } from "~/utils/csv.server";
import { londonDateTime } from "~/utils/dates";
import { translatorFor } from "~/modules/i18n/catalogue.server";

// Known numbers in, the same numbers out: every count in the report and its CSV.
const FROM = "2026-04-01";
const TO = "2026-06-30";
const inside = (day: string, time = "12:00") => londonDateTime(day, time);
const before = inside("2026-03-31", "23:30"); // the evening before the period starts, in London
const after = inside("2026-07-01", "00:30");

let officer: string;
let ambassador: string;
let action23: number;
let action12: number;
let eventId: number;
let surveyId: number;
let documentId: number;

beforeAll(async () => {
  const db = getDb();
  updateAreaSettings({ areaName: "Testshire", contactEmail: "help@example.org", responseDays: 20 });
  officer = await createAccount({ name: "Olu Officer", email: "olu@example.org", password: "purple kettle river", roles: ["officer"] });
  ambassador = await createAccount({
    name: "Amir Ambassador",
    email: "amir@example.org",
    password: "purple kettle river",
    roles: ["member", "ambassador"],
    ageGroup: "13_to_17",
  });
  const strategyId = createStrategy({ name: "S", period: "2025 to 2027", summary: "" });
  importActionsCsv(
    strategyId,
    "area,code,title,how,measures,lead,due_date,status,participation_level\nArea 2,2.3,Short " +
      "breaks,,,,,on track,co-produce\nArea 1,1.2,Autism diagnosis,,,,,at risk,\n",
    null,
  );
  const choices = listActionChoices();
  action23 = choices.find((a) => a.code === "2.3")!.id;
  action12 = choices.find((a) => a.code === "1.2")!.id;

  const event = (title: string, startsAt: Date) =>
    db
      .insert(events)
      .values({
        title,
        description: "{}",
        type: "listening_event",
        audience: "everyone",
        participationLevel: "consult",
        startsAt,
        endsAt: new Date(startsAt.getTime() + 7200_000),
        format: "in_person",
        capacity: 100,
        registrationClosesAt: startsAt,
        status: "published",
        updatedAt: startsAt,
      })
      .returning()
      .get().id;
  eventId = event("Short breaks listening event", inside("2026-05-12", "18:00"));
  const outsideEvent = event("Last year's event", before);
  let token = 0;
  const register = (
    event: number,
    role: "parent_carer" | "young_person" | "professional",
    status: "confirmed" | "waiting" | "cancelled",
    attended: boolean,
  ) =>
    db
      .insert(registrations)
      .values({
        eventId: event,
        name: "Someone",
        email: `r${token}@example.org`,
        role,
        consentWording: "ok",
        status,
        attendedAt: attended ? inside("2026-05-12", "18:30") : null,
        manageToken: `t${token++}`,
        createdAt: inside("2026-05-01"),
      })
      .run();
  // 5 confirmed (3 came: 2 parent carers, 1 young person), 1 waiting, 1 cancelled; 2 at the event outside the period.
  register(eventId, "parent_carer", "confirmed", true);
  register(eventId, "parent_carer", "confirmed", true);
  register(eventId, "young_person", "confirmed", true);
  register(eventId, "professional", "confirmed", false);
  register(eventId, "parent_carer", "confirmed", false);
  register(eventId, "parent_carer", "waiting", false);
  register(eventId, "parent_carer", "cancelled", false);
  register(outsideEvent, "parent_carer", "confirmed", true);
  register(outsideEvent, "parent_carer", "confirmed", true);

  surveyId = db
    .insert(surveys)
    .values({
      title: "Short breaks survey",
      intro: "{}",
      participationLevel: "consult",
      status: "published",
      opensOn: "2026-04-01",
      closesOn: "2026-06-01",
      opensAt: inside("2026-04-01", "00:00"),
      closesAt: inside("2026-06-02", "00:00"),
      createdAt: inside("2026-03-01"),
    })
    .returning()
    .get().id;
  const respond = (kind: "parent_carer" | "young_person" | null, status: "submitted" | "in_progress", at: Date) =>
    db
      .insert(surveyResponses)
      .values({
        surveyId,
        status,
        respondentKind: kind,
        resumeTokenHash: `h${token++}`,
        createdAt: at,
        updatedAt: at,
        submittedAt: status === "submitted" ? at : null,
      })
      .run();
  // 4 sent in the period (2 parent carers, 1 young person, 1 not said); 1 unfinished; 1 sent before the period.
  respond("parent_carer", "submitted", inside("2026-04-02"));
  respond("parent_carer", "submitted", inside("2026-05-02"));
  respond("young_person", "submitted", inside("2026-05-03"));
  respond(null, "submitted", inside("2026-05-04"));
  respond("parent_carer", "in_progress", inside("2026-05-05"));
  respond("parent_carer", "submitted", before);

  const version = db
    .insert(charterVersions)
    .values({ body: "{}", publishedAt: inside("2026-01-01") })
    .returning()
    .get().id;
  const sign = (kind: "parent_carer" | "organisation", status: "confirmed" | "unconfirmed" | "withdrawn", at: Date | null) =>
    db
      .insert(charterSignatures)
      .values({
        versionId: version,
        name: "Signer",
        email: `s${token}@example.org`,
        kind,
        listPublicly: false,
        consentWording: "ok",
        status,
        confirmTokenHash: `c${token}`,
        manageToken: `m${token++}`,
        createdAt: inside("2026-04-01"),
        confirmedAt: at,
      })
      .run();
  // 3 confirmed in the period (2 parent carers, 1 organisation); 1 withdrawn, 1 unconfirmed, 1 confirmed after.
  sign("parent_carer", "confirmed", inside("2026-04-10"));
  sign("parent_carer", "confirmed", inside("2026-06-30", "23:00"));
  sign("organisation", "confirmed", inside("2026-05-10"));
  sign("parent_carer", "withdrawn", inside("2026-05-10"));
  sign("parent_carer", "unconfirmed", null);
  sign("parent_carer", "confirmed", after);

  documentId = db
    .insert(reviewDocuments)
    .values({ title: "Preparing for adulthood guide", participationLevel: "engage", createdAt: inside("2026-03-01") })
    .returning()
    .get().id;
  const versionId = db
    .insert(reviewVersions)
    .values({ documentId, body: "{}", number: 1, publishedAt: inside("2026-03-01"), createdAt: inside("2026-03-01") })
    .returning()
    .get().id;
  const roundId = db
    .insert(reviewRounds)
    .values({
      documentId,
      versionId,
      deadline: "2026-06-01",
      deadlineAt: inside("2026-06-02", "00:00"),
      questions: "[]",
      createdAt: inside("2026-04-01"),
    })
    .returning()
    .get().id;
  const comment = (at: Date) =>
    db
      .insert(reviewComments)
      .values({ roundId, userId: ambassador, passage: 0, passageText: "p", body: "Private words of a young person", createdAt: at })
      .returning()
      .get().id;
  // 2 comments in the period by one ambassador, 1 after.
  const commentId = comment(inside("2026-05-20"));
  comment(inside("2026-05-21"));
  comment(after);

  // Suggestions: from the event (done, within target), the survey (planned, late), the review, the form, and one outside the period.
  const suggest = (kind: ActivityKind, at: Date, id: number | null = null) =>
    makeSuggestion({
      body: `Private words ${kind}`,
      topicId: null,
      contributorKind: kind === "reviews" ? "young_person" : "parent_carer",
      name: "Private Person",
      email: null,
      userId: null,
      origin: { kind, id },
      createdAt: at,
    }).id;
  const fromEvent = suggest("events", inside("2026-05-13"), eventId);
  setPublicWording(fromEvent, "Book short breaks online.", officer);
  linkToActions(fromEvent, [action23], officer);
  publish(fromEvent, officer, inside("2026-05-14"));
  changeStatus({ id: fromEvent, status: "done", note: "", outcome: "Online booking opened.", officerId: officer, at: inside("2026-06-10") });
  const fromSurvey = suggest("surveys", inside("2026-04-06"), surveyId);
  linkToActions(fromSurvey, [action23, action12], officer);
  changeStatus({ id: fromSurvey, status: "planned", note: "Planned.", officerId: officer, at: inside("2026-06-08") }); // 45 working days later
  const fromReview = suggest("reviews", inside("2026-05-20"), documentId);
  db.update(reviewComments).set({ suggestionId: fromReview }).run();
  void commentId;
  linkToActions(fromReview, [action12], officer);
  suggest("tellUs", inside("2026-04-20"));
  const concern = suggest("tellUs", inside("2026-04-21"));
  markSafeguarding(concern, { id: officer, name: "Olu Officer" });
  suggest("tellUs", before);
});

describe("the evidence report", () => {
  it("counts each kind of participation by its stated rule", () => {
    const report = evidenceReport(FROM, TO, inside("2026-07-15"));
    expect(report.totals).toEqual({
      suggestions: 4, // event, survey, review, one form; not the safeguarding concern or the one before
      linked: 3,
      withOutcome: 1,
      responded: 2,
      withinTarget: 1,
      medianDaysToFirstResponse: expect.any(Number),
    });
    // Every kind's own figures; kinds with nothing in this period count nothing.
    const english = translatorFor("en").t;
    expect(Object.fromEntries(report.measureTotals.filter((m) => m.count > 0).map((m) => [english(m.label), m.count]))).toEqual({
      Registrations: 5,
      Attended: 3,
      "Survey responses": 4,
      "Charter signatures": 3,
      "Ambassador comments": 2,
    });
  });

  it("lists each action with the suggestions and activities that shaped it, and their levels", () => {
    const report = evidenceReport(FROM, TO, inside("2026-07-15"));
    const actions = report.areas.flatMap((a) => a.actions);
    const shortBreaks = actions.find((a) => a.code === "2.3")!;
    expect(shortBreaks.level).toBe("co_produce");
    expect(shortBreaks.suggestions.map((s) => s.publicWording)).toContain("Book short breaks online.");
    expect(shortBreaks.activities.map((a) => `${a.kind}:${a.title}:${a.level}`).sort()).toEqual([
      "events:Short breaks listening event:consult",
      "surveys:Short breaks survey:consult",
    ]);
    const done = shortBreaks.suggestions.find((s) => s.outcome)!;
    expect(done).toMatchObject({ outcome: "Online booking opened.", outcomeDate: "2026-06-10", withinTarget: true, firstResponse: "2026-05-14" });
    const late = shortBreaks.suggestions.find((s) => s.status === "planned")!;
    expect(late.withinTarget).toBe(false);
    const autism = actions.find((a) => a.code === "1.2")!;
    expect(autism.activities.map((a) => a.title).sort()).toEqual(["Preparing for adulthood guide", "Short breaks survey"]);
  });

  it("breaks down who took part in each activity", () => {
    const report = evidenceReport(FROM, TO, inside("2026-07-15"));
    const reach = Object.fromEntries(report.activities.map((a) => [a.key, a.reach]));
    expect(reach[`events:${eventId}`]).toEqual({ parent_carer: 2, young_person: 1, professional: 0, other: 0 });
    expect(reach[`surveys:${surveyId}`]).toEqual({ parent_carer: 2, young_person: 1, professional: 0, other: 1 });
    expect(reach[`reviews:${documentId}`]).toEqual({ parent_carer: 0, young_person: 1, professional: 0, other: 0 });
    expect(reach.charter).toEqual({ parent_carer: 2, young_person: 0, professional: 0, other: 1 });
    expect(reach.tellUs).toEqual({ parent_carer: 1, young_person: 0, professional: 0, other: 0 });
  });

  it("gives the same figures in the CSV, with no personal data", () => {
    const csv = toCsv(EVIDENCE_CSV_COLUMNS, evidenceCsvRows(evidenceReport(FROM, TO, inside("2026-07-15"))));
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    const total = (measure: string) => rows.find((r) => r.section === "Total" && r.measure === measure)?.count;
    expect([
      total("Suggestions received"),
      total("Registrations"),
      total("Attended"),
      total("Survey responses"),
      total("Charter signatures"),
      total("Ambassador comments"),
    ]).toEqual(["4", "5", "3", "4", "3", "2"]);
    expect(
      rows.find((r) => r.section === "Activity" && r.activity === "Listening event: Short breaks listening event" && r.measure === "Registrations"),
    ).toMatchObject({ count: "5", activity_level: "Consult" });
    expect(rows.find((r) => r.section === "Reach" && r.activity === "Survey: Short breaks survey" && r.measure === "Other or not said")?.count).toBe(
      "1",
    );
    const suggestion = rows.find((r) => r.section === "Suggestion" && r.public_wording === "Book short breaks online.")!;
    expect(suggestion).toMatchObject({
      action_code: "2.3",
      action_level: "Co-produce",
      activity: "Listening event: Short breaks listening event",
      within_target: "yes",
      outcome: "Online booking opened.",
      outcome_date: "2026-06-10",
    });
    expect(csv).not.toMatch(/Private|Someone|Signer|Amir|@example\.org/);
  });
});

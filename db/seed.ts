// Builds the demo local area. `tsx db/seed.ts --if-empty` (run by `npm start`)
// does nothing when the database already has people in it.
import crypto from "node:crypto";
import { pathToFileURL } from "node:url";
import { and, count, eq, like } from "drizzle-orm";
import { suggestions, users, type AgeGroup, type Role } from "~db/schema";
import { closeDb, getDb } from "~/db.server";
import fs from "node:fs";
import { createAccount, findUserByEmail } from "~/modules/auth/accounts.server";
import { updateAreaSettings } from "~/modules/settings/area.server";
import { createStrategy, importActionsCsv, listActionChoices } from "~/modules/strategy/strategy.server";
import { addTopic, changeStatus, linkToActions, listTopics, makeSuggestion, publish, setPublicWording } from "~/modules/feedback/suggestions.server";
import { addWalkIn, checkIn, checkInList } from "~/modules/events/attendance.server";
import { createEvent, publishEvent } from "~/modules/events/events.server";
import { register } from "~/modules/events/registrations.server";
import { recordHeard } from "~/modules/events/heard.server";
import { addCommitment, addEvidence, listCommitments, publishDraft, saveDraft, sign } from "~/modules/charter/charter.server";
import { charterSignatures, type SignatoryKind } from "~db/schema";
import { CHARTER_COMMITMENTS } from "./seed-data/charter";
import { docFromPlainText } from "~/modules/richtext/document";
import { DEMO_SUGGESTIONS, DEMO_TOPICS } from "./seed-data/suggestions";
import { addComment, submitReview } from "~/modules/reviews/reviewing.server";
import { answerComment, openRound } from "~/modules/reviews/rounds.server";
import {
  createDocument,
  setParticipationLevel as setReviewLevel,
  publishDraft as publishReviewDraft,
  saveDraft as saveReviewDraft,
  setEasyRead,
  setPublicPage,
} from "~/modules/reviews/reviews.server";
import { DEFAULT_QUESTIONS } from "~/modules/reviews/questions";
import {
  addPage as addSurveyPage,
  closeSurvey,
  createSurvey,
  publishSurvey,
  renamePage as renameSurveyPage,
  saveQuestion,
  setResultsPublished,
  surveyForOfficer,
  updateSettings,
} from "~/modules/surveys/surveys.server";
import { savePage, startResponse, submitResponse } from "~/modules/surveys/responses.server";
import { answerToSuggestion, saveSummary, textAnswers } from "~/modules/surveys/results.server";
import { ADULTHOOD_SURVEY, SHORT_BREAKS_IDEAS, SHORT_BREAKS_SURVEY } from "./seed-data/surveys";
import { londonDate } from "~/utils/dates";

const WORDS = "amber harbour willow lantern meadow copper river orchard pebble thistle beacon maple puffin quartz saffron tide".split(" ");

function demoPassword(): string {
  if (process.env.SEED_PASSWORD) return process.env.SEED_PASSWORD;
  const pick = () => WORDS[crypto.randomInt(WORDS.length)];
  return `${pick()}-${pick()}-${pick()}-${crypto.randomInt(10, 99)}`;
}

export const DEMO_PEOPLE: { name: string; email: string; roles: Role[]; who: string; ageGroup?: AgeGroup }[] = [
  { name: "Alex Morgan", email: "admin@northsomerset.example", roles: ["admin", "officer"], who: "admin" },
  { name: "Priya Shah", email: "officer@northsomerset.example", roles: ["officer"], who: "engagement officer" },
  { name: "Jo Hughes", email: "organiser@northsomerset.example", roles: ["organiser"], who: "parent carer forum organiser" },
  { name: "Sam Carter", email: "ambassador1@northsomerset.example", roles: ["ambassador"], who: "SEND ambassador, 15", ageGroup: "13_to_17" },
  { name: "Maya Okafor", email: "ambassador2@northsomerset.example", roles: ["ambassador"], who: "SEND ambassador, 17", ageGroup: "13_to_17" },
  { name: "Ellis Ward", email: "ambassador3@northsomerset.example", roles: ["ambassador"], who: "SEND ambassador, 14", ageGroup: "13_to_17" },
  { name: "Rachel Evans", email: "parent1@northsomerset.example", roles: [], who: "parent carer", ageGroup: "18_plus" },
  { name: "Tom Bennett", email: "parent2@northsomerset.example", roles: [], who: "parent carer", ageGroup: "18_plus" },
  { name: "Leah Patel", email: "young.person@northsomerset.example", roles: [], who: "young person, 16", ageGroup: "13_to_17" },
];

export async function seed() {
  const db = getDb();
  updateAreaSettings(
    {
      areaName: "North Somerset",
      contactEmail: "send.coproduction@northsomerset.example",
      safeguardingEmail: "safeguarding.lead@northsomerset.example",
      responseDays: 20,
      forumName: "North Somerset Parent Carers Working Together",
    },
    db,
  );
  const accounts: { who: string; email: string; password: string }[] = [];
  const ids: string[] = [];
  for (const person of DEMO_PEOPLE) {
    const password = demoPassword();
    ids.push(await createAccount({ ...person, password }, db));
    accounts.push({ who: person.who, email: person.email, password });
  }
  seedYouSaidWeDid(ids[1]!);
  seedEvents(ids[2]!, ids[1]!);
  seedCharter(ids[1]!);
  seedReviews(ids[1]!, [ids[3]!, ids[4]!]);
  seedSurveys(ids[1]!);
  return accounts;
}

/** North Somerset's co-production charter, its partner signatories and some evidence of it being kept. */
function seedCharter(officerId: string) {
  saveDraft(docFromPlainText(fs.readFileSync(new URL("./seed-data/charter.txt", import.meta.url), "utf8")), "");
  publishDraft();
  for (const commitment of CHARTER_COMMITMENTS) addCommitment(commitment);
  const partners: [string, string, SignatoryKind][] = [
    ["Kenton Mee", "North Somerset Parent Carers Working Together", "organisation"],
    ["Sarah Trevitt", "Supportive Parents", "organisation"],
    ["Liz Kelly", "Bridging the Gap", "organisation"],
    ["Sheila Smith", "North Somerset Council", "professional"],
    ["Rachel Evans", "", "parent_carer"],
  ];
  // Rachel Evans signed while signed in to her account.
  const rachel = findUserByEmail("parent1@northsomerset.example")!;
  partners.forEach(([name, organisation, kind], i) => {
    const account = name === rachel.name ? rachel : null;
    sign({
      name,
      email: account?.email ?? `signatory${i}@northsomerset.example`,
      kind,
      organisation,
      listPublicly: true,
      userId: account?.id ?? null,
    });
  });
  // Confirm them as if each had followed their link.
  getDb().update(charterSignatures).set({ status: "confirmed", confirmedAt: new Date() }).run();
  const [first, , , , , , , , , , , , reportBack] = listCommitments();
  addEvidence({
    commitmentId: first!.id,
    date: new Date().toISOString().slice(0, 10),
    note: "Parents helped plan the short breaks listening event before its date or agenda was set.",
    link: "/events",
    createdBy: officerId,
  });
  addEvidence({
    commitmentId: reportBack!.id,
    date: new Date().toISOString().slice(0, 10),
    note: "What we heard at the physical impairment and medical support event was published with what is happening to each point.",
    link: "/you-said-we-did",
    createdBy: officerId,
  });
}

/**
 * A guide to turning 18, reviewed by two ambassadors: their comments answered,
 * version 2 published with the changes, and the public page on. A second round
 * on version 2 is open, so the demo ambassadors have an invitation waiting.
 */
function seedReviews(officerId: string, [sam, maya]: string[]) {
  const text = fs.readFileSync(new URL("./seed-data/review.txt", import.meta.url), "utf8");
  const documentId = createDocument(
    {
      title: "Turning 18: a guide for young people with SEND",
      purpose: "A short guide for young people aged 14 to 25 about what changes when you become an adult, and who can help.",
      body: docFromPlainText(text),
    },
    officerId,
  );
  setEasyRead(documentId, { 2: "Your plan can keep going after you are 18, until you are 25, if you still need it." });
  const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);
  const weekAgo = daysAgo(7);
  const first = openRound(
    { documentId, deadline: londonDate(daysAgo(3)), userIds: [sam!, maya!], questions: DEFAULT_QUESTIONS },
    officerId,
    daysAgo(14),
  );
  if (!first.ok) throw new Error("Could not open the demo review round");
  const said = [
    {
      userId: sam!,
      passage: 5,
      body: "I don't know what person-centred or multi-agency mean. Can you say it normally?",
      reply: "You said the words were hard, so we rewrote this paragraph in everyday words.",
      decision: "accepted" as const,
      reason: "",
      publicWording: "Some words in this paragraph were too hard to understand.",
    },
    {
      userId: maya!,
      passage: 2,
      body: "Say what happens if I leave college at 19. Does the plan just stop?",
      reply: "We added a sentence saying when a plan can end.",
      decision: "accepted" as const,
      reason: "",
      publicWording: "Say when an EHC plan can end.",
    },
    {
      userId: maya!,
      passage: 7,
      body: "Put the phone numbers in here.",
      reply: "We kept the list short, because numbers change.",
      decision: "not_accepted" as const,
      reason: "The phone numbers change often, so we link to the Local Offer page where they are kept up to date.",
      publicWording: "Add phone numbers for each service.",
    },
  ];
  for (const s of said) {
    const added = addComment({ roundId: first.roundId, userId: s.userId, passage: s.passage, body: s.body }, weekAgo);
    if (!added?.ok) throw new Error("Could not add a demo comment");
    answerComment(
      { commentId: added.id, roundId: first.roundId, reply: s.reply, decision: s.decision, declineReason: s.reason, publicWording: s.publicWording },
      officerId,
    );
  }
  submitReview({ roundId: first.roundId, userId: sam!, answers: { q1: "3", q2: "Fewer long words" } }, weekAgo);
  submitReview({ roundId: first.roundId, userId: maya!, answers: { q1: "4", q2: "" } }, weekAgo);
  saveReviewDraft(
    documentId,
    docFromPlainText(
      text
        .replace(
          "up to the age of 25.",
          "up to the age of 25. It ends if you leave education or training, or if you no longer need it, and you will be told first.",
        )
        .replace(
          "Transition planning should start early and be person-centred, with multi-agency input coordinated by the lead professional.",
          "Planning starts early and is about you: what you want and what matters to you. One person will make sure everyone who helps you is working together.",
        ),
    ),
    "We explained when a plan ends, and rewrote the planning paragraph in everyday words, as the ambassadors asked.",
  );
  publishReviewDraft(documentId);
  setReviewLevel(documentId, "engage");
  setPublicPage(
    documentId,
    "Two young SEND ambassadors read the first draft of this guide and told us what was hard to understand. Here is what they said and what we changed.",
  );
  openRound(
    { documentId, deadline: londonDate(new Date(Date.now() + 14 * 86_400_000)), userIds: [sam!, maya!], questions: DEFAULT_QUESTIONS },
    officerId,
  );
}

/**
 * A closed short breaks survey with 48 answers, its results and summary
 * published and one idea followed through the loop; and an open, anonymous
 * survey for young people with easy-read wording.
 */
function seedSurveys(officerId: string) {
  const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);
  const noQuestion = { hint: "", easyText: "", allowOther: false, lowLabel: "", highLabel: "", required: false };
  const shortBreaks = createSurvey(SHORT_BREAKS_SURVEY.title, officerId, daysAgo(60));
  const opened = surveyForOfficer(shortBreaks)!;
  updateSettings(shortBreaks, {
    title: SHORT_BREAKS_SURVEY.title,
    intro: docFromPlainText(SHORT_BREAKS_SURVEY.intro),
    easyIntro: "",
    audience: SHORT_BREAKS_SURVEY.audience,
    participationLevel: "consult",
    anonymous: false,
    asksContact: true,
    opensOn: opened.opensOn,
    closesOn: opened.closesOn,
  });
  const firstPage = opened.pages[0]!.id;
  for (const [i, page] of SHORT_BREAKS_SURVEY.pages.entries()) {
    if (i > 0) addSurveyPage(shortBreaks, page.title);
    const pageId = i === 0 ? firstPage : surveyForOfficer(shortBreaks)!.pages[i]!.id;
    for (const q of page.questions)
      saveQuestion(shortBreaks, null, { ...noQuestion, ...q, pageId, choices: (q.choices ?? []).map((label) => ({ label, easy: "" })) }, officerId);
  }
  renameSurveyPage(shortBreaks, firstPage, SHORT_BREAKS_SURVEY.pages[0]!.title);
  publishSurvey(shortBreaks);
  // Answers from 48 families and young people, the same every time the demo is made.
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const pages = surveyForOfficer(shortBreaks)!.pages;
  const [used, barriers, rating, weekend, idea] = pages.flatMap((p) => p.questions);
  // The first answers are from a parent with an account, who left her contact details.
  const rachel = findUserByEmail("parent1@northsomerset.example")!;
  for (let n = 0; n < 48; n++) {
    const at = daysAgo(58 - n / 2);
    const member = n === 0 ? rachel : null;
    const started = startResponse(shortBreaks, { userId: member?.id ?? null, easyRead: false }, at);
    if ("refused" in started) throw new Error(started.refused);
    const chosen = ["c1", "c2", "c3", "c4", "c5"].filter(() => random() < 0.35);
    savePage(
      started.id,
      pages[0]!.questions,
      {
        [used!.id]:
          random() < 0.08 ? { value: "other", other: "Forest school" } : { value: pick(["c1", "c1", "c1", "c2", "c3", "c4", "c5"]), other: "" },
        [barriers!.id]: chosen.length ? { value: JSON.stringify(chosen), other: "" } : null,
        [rating!.id]: { value: pick(["1", "2", "2", "3", "3", "3", "4", "4", "5"]), other: "" },
      },
      n % 6 === 5 ? "young_person" : n % 11 === 10 ? "professional" : "parent_carer",
      at,
    );
    savePage(
      started.id,
      pages[1]!.questions,
      {
        [weekend!.id]: { value: pick(["yes", "yes", "no", "not_sure"]), other: "" },
        [idea!.id]: n % 3 === 0 ? { value: SHORT_BREAKS_IDEAS[(n / 3) % SHORT_BREAKS_IDEAS.length]!, other: "" } : null,
      },
      null,
      at,
    );
    submitResponse(
      shortBreaks,
      started.id,
      { userId: member?.id ?? null, contactName: member?.name ?? null, contactEmail: member?.email ?? null },
      at,
    );
  }
  closeSurvey(shortBreaks, daysAgo(30));
  setResultsPublished(shortBreaks, true, daysAgo(29));
  const online = textAnswers(shortBreaks, { search: "online" }).answers[0]!;
  const made = answerToSuggestion(shortBreaks, online.responseId, online.questionId);
  if (!made.ok) throw new Error(made.message);
  const suggestionId = Number(made.reference.slice(3));
  setPublicWording(suggestionId, "Let families book holiday clubs online, not only by phone on one morning.", officerId, daysAgo(28));
  linkToActions(
    suggestionId,
    listActionChoices()
      .filter((a) => a.code === "2.3")
      .map((a) => a.id),
    officerId,
    daysAgo(28),
  );
  publish(suggestionId, officerId, daysAgo(28));
  changeStatus({
    id: suggestionId,
    status: "planned",
    note: "Online booking for the summer holiday clubs is being set up with the providers.",
    officerId,
    at: daysAgo(20),
  });
  saveSummary(
    shortBreaks,
    {
      asked: "We asked parents and carers which short breaks they use, what gets in the way, and what would make short breaks better.",
      headlines:
        "Holiday clubs are the short break families use most.\nBooking, cost and places that fill too quickly get in the way most often.\nMost families would use a short break at the weekend.",
      easyRead:
        "We asked about short breaks.\nMost families use holiday clubs.\nBooking is hard. Places go fast. Some cost too much.\nMost families would like a break at the weekend.",
    },
    true,
    daysAgo(25),
  );

  const adulthood = createSurvey(ADULTHOOD_SURVEY.title, officerId);
  const fresh = surveyForOfficer(adulthood)!;
  updateSettings(adulthood, {
    title: ADULTHOOD_SURVEY.title,
    intro: docFromPlainText(ADULTHOOD_SURVEY.intro),
    easyIntro: ADULTHOOD_SURVEY.easyIntro,
    audience: ADULTHOOD_SURVEY.audience,
    participationLevel: "consult",
    anonymous: true,
    asksContact: false,
    opensOn: fresh.opensOn,
    closesOn: fresh.closesOn,
  });
  for (const q of ADULTHOOD_SURVEY.questions) {
    saveQuestion(
      adulthood,
      null,
      {
        ...noQuestion,
        kind: q.kind,
        text: q.text,
        easyText: q.easyText,
        pageId: fresh.pages[0]!.id,
        choices: ("choices" in q ? (q.choices ?? []) : []).map(([label, easy]) => ({ label: label!, easy: easy! })),
      },
      officerId,
    );
  }
  publishSurvey(adulthood);
}

/** Listening events run by the parent carer forum: two coming up, one past. */
function seedEvents(organiserId: string, officerId: string) {
  const topicIds = new Map(listTopics().map((t) => [t.name, t.id]));
  const actionIds = new Map(listActionChoices().map((a) => [a.code, a.id]));
  const day = (n: number, hour: number, minute = 0) => {
    const d = new Date();
    d.setUTCDate(d.getUTCDate() + n);
    d.setUTCHours(hour, minute, 0, 0);
    return d;
  };
  const shortBreaks = createEvent(
    {
      title: "Short breaks listening event",
      participationLevel: "engage",
      description: docFromPlainText(
        "Tell us what short breaks work for your family, and what could be better. Commissioners from the council and health will be there to listen.\n\n## What will happen\n\n- A short welcome from the parent carer forum\n- Small group conversations about holiday schemes, booking and cross-border places\n- Tea, coffee and cake\n\nEverything you tell us is recorded (without names) and linked to action 2.3 of our SEND strategy, and we will tell you what happens.",
      ),
      type: "listening_event",
      audience: "parent_carers",
      startsAt: day(14, 10),
      endsAt: day(14, 12, 30),
      format: "hybrid",
      venue: "Campus Community Centre, Highlands Lane, Weston-super-Mare BS24 7DX",
      joiningLink: "https://meet.example.org/ns-short-breaks",
      venueFeatures: ["step_free", "hearing_loop", "quiet_room", "bsl_on_request", "parking"],
      accessibilityNotes: "Free parking next to the entrance. Children are welcome in the play room with two forum volunteers.",
      capacity: 40,
      maxPlacesPerRegistration: 3,
      registrationClosesAt: day(13, 17),
      topicIds: [topicIds.get("Short breaks and activities")!],
      actionIds: [actionIds.get("2.3")!],
    },
    organiserId,
  );
  publishEvent(shortBreaks);
  const coffee = createEvent(
    {
      title: "Online coffee morning: preparing for adulthood",
      description: docFromPlainText(
        "An informal online chat about turning 18: what changes, and what support there is. Bring your questions.\n\nCaptions are on for the whole session.",
      ),
      type: "coffee_morning",
      audience: "everyone",
      startsAt: day(21, 10),
      endsAt: day(21, 11),
      format: "online",
      venue: "",
      joiningLink: "https://meet.example.org/ns-adulthood",
      venueFeatures: [],
      accessibilityNotes: "Live captions throughout.",
      capacity: 25,
      maxPlacesPerRegistration: 2,
      registrationClosesAt: day(20, 17),
      topicIds: [topicIds.get("Preparing for adulthood")!],
      actionIds: [actionIds.get("3.5")!],
    },
    organiserId,
  );
  publishEvent(coffee);
  const past = createEvent(
    {
      title: "Physical impairment and medical support: listening event",
      description: docFromPlainText("One of five events across the county about the Physical Impairment and Medical Support team."),
      type: "listening_event",
      audience: "parent_carers",
      startsAt: day(-30, 18),
      endsAt: day(-30, 20),
      format: "in_person",
      venue: "Town Hall, Walliscote Grove Road, Weston-super-Mare BS23 1UJ",
      joiningLink: "",
      venueFeatures: ["step_free", "hearing_loop"],
      accessibilityNotes: "",
      capacity: 30,
      maxPlacesPerRegistration: 2,
      registrationClosesAt: day(-31, 17),
      topicIds: [topicIds.get("Schools and inclusion")!],
      actionIds: [],
    },
    organiserId,
  );
  publishEvent(past);
  // A parent with an account has booked the short-breaks event, with what they need arranged.
  const tom = findUserByEmail("parent2@northsomerset.example")!;
  register({
    eventId: shortBreaks,
    name: tom.name,
    email: tom.email,
    phone: "01934 000 111",
    role: "parent_carer",
    places: 2,
    accessNeeds: ["step_free"],
    accessNotes: "My daughter uses a wheelchair.",
    dietaryNeeds: "",
    wantsUpdates: true,
    userId: tom.id,
  });
  // The past event was well attended and written up: bookings, attendance, points heard.
  const families = ["Aisha", "Ben", "Chloe", "Dan", "Ella", "Finn", "Grace", "Harry", "Isla", "Jack", "Kate", "Leo"];
  families.forEach((name, i) => {
    register(
      {
        eventId: past,
        name: `${name} (demo)`,
        email: `family${i}@northsomerset.example`,
        phone: "",
        role: i % 5 === 4 ? "professional" : "parent_carer",
        places: 1,
        accessNeeds: i % 4 === 0 ? ["quiet_room"] : [],
        accessNotes: "",
        dietaryNeeds: "",
        wantsUpdates: i % 2 === 0,
        userId: null,
      },
      day(-40, 12),
    );
  });
  for (const person of checkInList(past).slice(0, 9)) checkIn(past, person.id, true);
  addWalkIn(past, { name: "Walk-in (demo)", role: "parent_carer", email: "", wantsUpdates: false });
  recordHeard(past, {
    summary:
      "Parents valued the Physical Impairment and Medical Support team's advice to schools, but want more notice before visits and clearer information about who to contact between reviews.",
    points: [
      "We only hear about PIMS visits to school after they have happened; parents want to be told beforehand.",
      "Nobody tells us who to contact between annual reviews when something changes.",
      "Medical care plans should be shared with after-school clubs, not just the school day.",
    ],
  });
  // One point heard shaped the short-breaks action: evidence that an event changed something.
  const carePlans = getDb()
    .select({ id: suggestions.id })
    .from(suggestions)
    .where(and(eq(suggestions.originKind, "events"), eq(suggestions.originId, past), like(suggestions.body, "Medical care plans%")))
    .get()!.id;
  setPublicWording(carePlans, "Share children's medical care plans with after-school clubs and short-break providers.", officerId);
  linkToActions(carePlans, [actionIds.get("2.3")!], officerId);
  publish(carePlans, officerId);
  changeStatus({
    id: carePlans,
    status: "in_progress",
    note: "Short-break providers are being added to the care plan sharing agreement.",
    officerId,
  });
}

/** North Somerset's SEND strategy action plan and a year of suggestions moving through it. */
function seedYouSaidWeDid(officerId: string) {
  const strategyId = createStrategy({
    name: "North Somerset Local Area SEND Strategy",
    period: "2025 to 2027",
    summary:
      "Our shared plan for children and young people with special educational needs and disabilities, written with parents, carers and young people. It has four areas: identifying needs, meeting needs, ensuring outcomes, and the enabling actions that make the rest possible.",
  });
  const csv = fs.readFileSync(new URL("./seed-data/north-somerset-actions.csv", import.meta.url), "utf8");
  const imported = importActionsCsv(strategyId, csv, officerId);
  if (!imported.ok) throw new Error(`Demo actions did not import: ${JSON.stringify(imported.problems)}`);
  for (const name of DEMO_TOPICS) addTopic(name);
  const topicIds = new Map(listTopics().map((t) => [t.name, t.id]));
  const actionIds = new Map(listActionChoices().map((a) => [a.code, a.id]));
  const daysAgo = (n: number) => new Date(Date.now() - n * 24 * 3600_000);
  for (const demo of DEMO_SUGGESTIONS) {
    const account = demo.byAccount ? findUserByEmail(demo.byAccount) : undefined;
    const { id } = makeSuggestion({
      body: demo.body,
      topicId: topicIds.get(demo.topic) ?? null,
      contributorKind: demo.kind,
      name: account?.name ?? (demo.email ? "Rachel" : null),
      email: account?.email ?? demo.email ?? null,
      userId: account?.id ?? null,
      createdAt: daysAgo(demo.daysAgo),
    });
    if (demo.wording) setPublicWording(id, demo.wording, officerId, daysAgo(demo.publishDaysAgo ?? demo.daysAgo));
    if (demo.actions)
      linkToActions(
        id,
        demo.actions.map((c) => actionIds.get(c)!),
        officerId,
        daysAgo(demo.publishDaysAgo ?? demo.daysAgo),
      );
    if (demo.publishDaysAgo !== undefined) publish(id, officerId, daysAgo(demo.publishDaysAgo));
    for (const step of demo.steps ?? []) {
      const result = changeStatus({
        id,
        status: step.status,
        note: step.note,
        outcome: step.outcome,
        outcomeEasyRead: step.outcomeEasyRead,
        officerId,
        at: daysAgo(step.daysAgo),
      });
      if (!result.ok) throw new Error(`Demo suggestion step refused: ${result.message}`);
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const ifEmpty = process.argv.includes("--if-empty");
  const people = getDb().select({ n: count() }).from(users).get()?.n ?? 0;
  if (ifEmpty && people > 0) {
    console.log("The demo area is already set up; its passwords were printed when it was made. To start again, delete the data/ folder.");
  } else if (people > 0) {
    console.error("The database already has people in it. Delete data/coproduce.db first, or use --if-empty.");
    process.exitCode = 1;
  } else {
    const accounts = await seed();
    console.log("\nSeeded the demo local area, North Somerset. Demo accounts (passwords shown only now):\n");
    for (const a of accounts) console.log(`  ${a.who.padEnd(30)} ${a.email.padEnd(40)} ${a.password}`);
    console.log("");
  }
  closeDb();
}

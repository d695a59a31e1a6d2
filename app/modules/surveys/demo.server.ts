// The demo local area's example of this kind of activity, added by the seed (db/seed.ts) through the
// activity registry, in registry order.
import { findUserByEmail } from "~/modules/auth/accounts.server";
import { byEmail } from "~/modules/contact/contact.server";
import { listActionChoices } from "~/modules/strategy/strategy.server";
import { changeStatus, linkToActions, publish, setPublicWording } from "~/modules/feedback/changes.server";
import { docFromPlainText } from "~/modules/richtext/document";
import { addPage as addSurveyPage, renamePage as renameSurveyPage, saveQuestion } from "./pages.server";
import { closeSurvey, createSurvey, publishSurvey, setResultsPublished, surveyForOfficer, updateSettings } from "./surveys.server";
import { savePage, startResponse, submitResponse } from "./responses.server";
import { answerToSuggestion, saveSummary, textAnswers } from "./results.server";
import { ADULTHOOD_SURVEY, SHORT_BREAKS_IDEAS, SHORT_BREAKS_SURVEY } from "~db/seed-data/surveys";

/**
 * A closed short breaks survey with 48 answers, its results and summary
 * published and one idea followed through the loop; and an open survey for
 * young people with easy-read wording, where they may leave a way to hear back.
 */
export function seedSurveys(officerId: string) {
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
    submitResponse(shortBreaks, started.id, { userId: member?.id ?? null, name: member?.name ?? null, contact: byEmail(member?.email ?? null) }, at);
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
        "Holiday clubs are the short break families use most.\nBooking, cost and places that fill too " +
        "quickly get in the way most often.\nMost families would use a short break at the weekend.",
      easyRead:
        "We asked about short breaks.\nMost families use holiday clubs.\nBooking is hard. Places go fast. " +
        "Some cost too much.\nMost families would like a break at the weekend.",
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
    anonymous: false,
    asksContact: true,
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

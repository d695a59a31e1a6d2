import { and, asc, count, desc, eq, gt, isNotNull, isNull, sql } from "drizzle-orm";
import { surveyPages, surveyQuestions, surveyResponses, surveys, surveyTallies, users, type LanguageCode, type ParticipationLevel } from "~db/schema";
import { config } from "~/config.server";
import * as surveyEmails from "~emails/surveys";
import { enqueueEmail } from "~/modules/notifications/outbox.server";
import { emailContext, forPerson } from "~/modules/settings/area.server";
import { getDb, type DbOrTx } from "~/db.server";
import { EMPTY_DOC, type RichDoc } from "~/modules/richtext/document";
import { storedRichText } from "~/modules/richtext/validate.server";
import type { Choice, Question } from "./questions";
import { contentTranslator, localise } from "~/modules/i18n/content.server";
import { translate } from "~/modules/i18n/catalogue.server";
import { addDays, formatDate, londonDate, londonDateTime } from "~/utils/dates";

// Surveys: their state, settings and lists, opening and closing them. Their pages and questions are
// in pages.server.ts.

export type SurveyState = "draft" | "scheduled" | "open" | "closed";

type SurveyRow = typeof surveys.$inferSelect;

export function stateOf(s: Pick<SurveyRow, "status" | "opensAt" | "closesAt">, now = new Date()): SurveyState {
  if (s.status === "draft") return "draft";
  if (now < s.opensAt) return "scheduled";
  return now < s.closesAt ? "open" : "closed";
}

const startOf = (date: string) => londonDateTime(date, "00:00");
const endOf = (date: string) => londonDateTime(addDays(date, 1), "00:00");

export function questionOf(row: typeof surveyQuestions.$inferSelect): Question {
  return {
    id: row.id,
    pageId: row.pageId,
    kind: row.kind,
    text: row.text,
    hint: row.hint,
    required: row.required,
    easyText: row.easyText,
    choices: JSON.parse(row.choices) as Choice[],
    allowOther: row.allowOther,
    lowLabel: row.lowLabel,
    highLabel: row.highLabel,
  };
}

/** Pages in order, each with its questions in order. */
export function pagesOf(surveyId: number, db: DbOrTx = getDb()) {
  const pages = db.select().from(surveyPages).where(eq(surveyPages.surveyId, surveyId)).orderBy(asc(surveyPages.position), asc(surveyPages.id)).all();
  const questions = db
    .select()
    .from(surveyQuestions)
    .where(eq(surveyQuestions.surveyId, surveyId))
    .orderBy(asc(surveyQuestions.position), asc(surveyQuestions.id))
    .all();
  return pages.map((p) => ({ id: p.id, title: p.title, questions: questions.filter((q) => q.pageId === p.id).map(questionOf) }));
}

/**
 * Pages and questions as a person reading `lang` sees them: titles, questions, hints, labels and
 * options in their translation where there is one; each question's `untranslated` names the fields
 * shown in English (its words are marked with their language), and `untranslated` is true if any are.
 */
export function pagesIn(surveyId: number, lang: LanguageCode, db: DbOrTx = getDb()) {
  const pages = pagesOf(surveyId, db).map((p) => ({ ...p, titleInEnglish: false, questions: p.questions.map(englishNone) }));
  if (lang === "en") return { pages, untranslated: false };
  const questions = pages.flatMap((p) => p.questions);
  const pageText = contentTranslator(
    "surveyPage",
    pages.map((p) => p.id),
    lang,
    db,
  );
  const questionText = contentTranslator(
    "surveyQuestion",
    questions.map((q) => q.id),
    lang,
    db,
  );
  let untranslated = false;
  const inLang = (q: Question): ShownQuestion => {
    const english: string[] = [];
    const shown = (field: string, original: string) => {
      const translation = questionText(q.id, field, original);
      if (original && translation === undefined) english.push(field);
      return translation ?? original;
    };
    const shownQuestion = {
      ...q,
      text: shown("text", q.text),
      hint: shown("hint", q.hint),
      easyText: shown("easyText", q.easyText),
      lowLabel: shown("lowLabel", q.lowLabel),
      highLabel: shown("highLabel", q.highLabel),
      choices: q.choices.map((c) => (c.catalogue ? c : { ...c, label: shown(`choice.${c.id}`, c.label), easy: shown(`choiceEasy.${c.id}`, c.easy) })),
    };
    if (english.length) untranslated = true;
    return { ...shownQuestion, untranslated: english };
  };
  const localised = pages.map((p) => {
    const title = pageText(p.id, "title", p.title);
    if (p.title && title === undefined) untranslated = true;
    return { ...p, title: title ?? p.title, titleInEnglish: Boolean(p.title) && title === undefined, questions: p.questions.map(inLang) };
  });
  return { pages: localised, untranslated };
}

/** A question as a person sees it, with the fields shown in English because they are not translated yet. */
export type ShownQuestion = Question & { untranslated: string[] };
const englishNone = (q: Question): ShownQuestion => ({ ...q, untranslated: [] });

/** How many people have started or sent an answer: once there are any, edits that would misread them are refused. */
export function responseCount(surveyId: number, db: DbOrTx = getDb()): number {
  return db.select({ n: count() }).from(surveyResponses).where(eq(surveyResponses.surveyId, surveyId)).get()?.n ?? 0;
}

function submittedCount(surveyId: number, db: DbOrTx = getDb()): number {
  return (
    db
      .select({ n: sql<number>`coalesce(sum(${surveyTallies.n}), 0)` })
      .from(surveyTallies)
      .where(and(eq(surveyTallies.surveyId, surveyId), eq(surveyTallies.questionId, 0)))
      .get()?.n ?? 0
  );
}

export function listSurveys(now = new Date()) {
  const db = getDb();
  const totals = db
    .select({ surveyId: surveyTallies.surveyId, n: sql<number>`sum(${surveyTallies.n})` })
    .from(surveyTallies)
    .where(eq(surveyTallies.questionId, 0))
    .groupBy(surveyTallies.surveyId)
    .all();
  return db
    .select()
    .from(surveys)
    .orderBy(desc(surveys.createdAt))
    .all()
    .map((s) => ({
      id: s.id,
      title: s.title,
      state: stateOf(s, now),
      opensOn: s.opensOn,
      closesOn: s.closesOn,
      responses: totals.find((t) => t.surveyId === s.id)?.n ?? 0,
    }));
}

/** Surveys people can answer now, and those whose results or summary are public. */
export function publicSurveys(now = new Date()) {
  const rows = getDb().select().from(surveys).where(eq(surveys.status, "published")).orderBy(desc(surveys.opensAt)).all();
  return {
    open: rows.filter((s) => stateOf(s, now) === "open").map((s) => ({ id: s.id, title: s.title, audience: s.audience, closesOn: s.closesOn })),
    finished: rows
      .filter((s) => stateOf(s, now) === "closed" && (s.resultsPublishedAt || s.summaryPublishedAt))
      .map((s) => ({
        id: s.id,
        title: s.title,
        closesOn: s.closesOn,
        results: Boolean(s.resultsPublishedAt),
        summary: Boolean(s.summaryPublishedAt),
      })),
  };
}

export function createSurvey(title: string, officerId: string, now = new Date()): number {
  const opensOn = londonDate(now);
  const closesOn = addDays(opensOn, 28);
  return getDb().transaction((tx) => {
    const id = tx
      .insert(surveys)
      .values({
        title,
        intro: JSON.stringify(EMPTY_DOC),
        opensOn,
        closesOn,
        opensAt: startOf(opensOn),
        closesAt: endOf(closesOn),
        createdBy: officerId,
        createdAt: now,
      })
      .returning({ id: surveys.id })
      .get().id;
    tx.insert(surveyPages).values({ surveyId: id, title: "Your views", position: 1 }).run();
    return id;
  });
}

export function surveyForOfficer(id: number, now = new Date()) {
  const db = getDb();
  const s = db.select().from(surveys).where(eq(surveys.id, id)).get();
  if (!s) return undefined;
  return {
    id: s.id,
    title: s.title,
    intro: storedRichText(s.intro),
    easyIntro: s.easyIntro,
    audience: s.audience,
    participationLevel: s.participationLevel,
    anonymous: s.anonymous,
    asksContact: s.asksContact,
    opensOn: s.opensOn,
    closesOn: s.closesOn,
    state: stateOf(s, now),
    resultsPublished: Boolean(s.resultsPublishedAt),
    summary: { asked: s.summaryAsked, headlines: s.summaryHeadlines, easyRead: s.summaryEasyRead, published: Boolean(s.summaryPublishedAt) },
    pages: pagesOf(id, db),
    started: responseCount(id, db),
    submitted: submittedCount(id, db),
  };
}

export type SurveySettings = {
  title: string;
  intro: RichDoc;
  easyIntro: string;
  audience: string;
  participationLevel?: ParticipationLevel | null;
  anonymous: boolean;
  asksContact: boolean;
  opensOn: string;
  closesOn: string;
};

export type Saved = { ok: true } | { ok: false; errors: Record<string, string> };

export function updateSettings(id: number, input: SurveySettings): Saved {
  const db = getDb();
  const current = db.select().from(surveys).where(eq(surveys.id, id)).get();
  if (!current) return { ok: false, errors: { form: translate("manage.survey.error.gone") } };
  if (input.closesOn < input.opensOn) return { ok: false, errors: { closesOn: translate("manage.survey.error.closes") } };
  if (current.anonymous !== input.anonymous && responseCount(id, db) > 0) {
    return {
      ok: false,
      errors: {
        anonymous: translate("manage.survey.error.anonymous"),
      },
    };
  }
  db.update(surveys)
    .set({
      ...input,
      intro: JSON.stringify(input.intro),
      asksContact: input.anonymous ? false : input.asksContact,
      opensAt: startOf(input.opensOn),
      closesAt: endOf(input.closesOn),
    })
    .where(eq(surveys.id, id))
    .run();
  return { ok: true };
}

export function publishSurvey(id: number): Saved {
  const db = getDb();
  const questions = db.select({ n: count() }).from(surveyQuestions).where(eq(surveyQuestions.surveyId, id)).get()?.n ?? 0;
  if (!questions) return { ok: false, errors: { form: translate("manage.survey.error.noQuestions") } };
  db.transaction((tx) => {
    const survey = tx.update(surveys).set({ status: "published" }).where(eq(surveys.id, id)).returning().get();
    // Members who asked to hear about new surveys are invited, once per survey.
    const invited = tx
      .select({ id: users.id, name: users.name, email: users.email, language: users.language })
      .from(users)
      .where(and(eq(users.surveyInvitations, true), isNull(users.deactivatedAt), isNotNull(users.emailVerifiedAt)))
      .all();
    const ctx = emailContext(tx);
    for (const person of invited) {
      // In the language the member chose.
      const lang = person.language ?? "en";
      const shown = localise("survey", [survey], ["title", "audience"], lang, tx)[0]!;
      const message = surveyEmails.surveyInvitation(forPerson(ctx, lang), {
        name: person.name,
        title: shown.title,
        audience: shown.audience,
        closesOn: formatDate(survey.closesOn, lang),
        link: `${config.appUrl}/surveys/${id}`,
        preferencesLink: `${config.appUrl}/account/contact`,
      });
      enqueueEmail(tx, person.email, message, `survey-invitation:${id}:${person.id}`);
    }
  });
  return { ok: true };
}

/** Closes a survey at once: answers already sent are kept; anyone part-way through cannot send. */
export function closeSurvey(id: number, now = new Date()) {
  getDb()
    .update(surveys)
    .set({ closesOn: londonDate(now), closesAt: now })
    .where(and(eq(surveys.id, id), gt(surveys.closesAt, now)))
    .run();
}

export function setResultsPublished(id: number, published: boolean, now = new Date()) {
  getDb()
    .update(surveys)
    .set({ resultsPublishedAt: published ? now : null })
    .where(eq(surveys.id, id))
    .run();
}

export function surveyExists(id: number): boolean {
  return Boolean(getDb().select({ id: surveys.id }).from(surveys).where(eq(surveys.id, id)).get());
}

import { and, asc, count, desc, eq, gt, isNotNull, isNull, sql } from "drizzle-orm";
import {
  surveyPages,
  surveyQuestionHistory,
  surveyQuestions,
  surveyResponses,
  surveys,
  surveyTallies,
  users,
  type ParticipationLevel,
  type QuestionKind,
} from "~db/schema";
import { config } from "~/config.server";
import * as surveyEmails from "~emails/surveys";
import { enqueueEmail } from "~/modules/notifications/outbox.server";
import { emailContext } from "~/modules/settings/area.server";
import { getDb, type DbOrTx } from "~/db.server";
import { EMPTY_DOC, type RichDoc } from "~/modules/richtext/document";
import { storedRichText } from "~/modules/richtext/validate.server";
import type { Choice, Question } from "./questions";
import { addDays, formatDate, londonDate, londonDateTime } from "~/utils/dates";

// Building surveys: settings, pages and questions, and the rules that keep
// answers meaningful once people have started answering.

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

type Saved = { ok: true } | { ok: false; errors: Record<string, string> };

export function updateSettings(id: number, input: SurveySettings): Saved {
  const db = getDb();
  const current = db.select().from(surveys).where(eq(surveys.id, id)).get();
  if (!current) return { ok: false, errors: { form: "This survey no longer exists" } };
  if (input.closesOn < input.opensOn) return { ok: false, errors: { closesOn: "The closing date must be on or after the opening date" } };
  if (current.anonymous !== input.anonymous && responseCount(id, db) > 0) {
    return {
      ok: false,
      errors: {
        anonymous: "People have already answered, so whether the survey is anonymous cannot change: they answered on the terms they were given",
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
  if (!questions) return { ok: false, errors: { form: "Add at least one question before you publish the survey" } };
  db.transaction((tx) => {
    const survey = tx.update(surveys).set({ status: "published" }).where(eq(surveys.id, id)).returning().get();
    // Members who asked to hear about new surveys are invited, once per survey.
    const invited = tx
      .select({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .where(and(eq(users.surveyInvitations, true), isNull(users.deactivatedAt), isNotNull(users.emailVerifiedAt)))
      .all();
    const ctx = emailContext(tx);
    for (const person of invited) {
      const message = surveyEmails.surveyInvitation(ctx, {
        name: person.name,
        title: survey.title,
        audience: survey.audience,
        closesOn: formatDate(survey.closesOn),
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

// ---- Pages ----

export function addPage(surveyId: number, title: string) {
  const db = getDb();
  const last =
    db
      .select({ p: sql<number>`coalesce(max(${surveyPages.position}), 0)` })
      .from(surveyPages)
      .where(eq(surveyPages.surveyId, surveyId))
      .get()?.p ?? 0;
  db.insert(surveyPages)
    .values({ surveyId, title, position: last + 1 })
    .run();
}

export function renamePage(surveyId: number, pageId: number, title: string) {
  getDb()
    .update(surveyPages)
    .set({ title })
    .where(and(eq(surveyPages.id, pageId), eq(surveyPages.surveyId, surveyId)))
    .run();
}

export function removePage(surveyId: number, pageId: number): Saved {
  const db = getDb();
  const pages = db.select().from(surveyPages).where(eq(surveyPages.surveyId, surveyId)).all();
  if (pages.length <= 1) return { ok: false, errors: { form: "A survey needs at least one page" } };
  const inUse = db.select({ n: count() }).from(surveyQuestions).where(eq(surveyQuestions.pageId, pageId)).get()?.n ?? 0;
  if (inUse) return { ok: false, errors: { form: "Move or remove the questions on this page first" } };
  db.delete(surveyPages)
    .where(and(eq(surveyPages.id, pageId), eq(surveyPages.surveyId, surveyId)))
    .run();
  return { ok: true };
}

/** Swaps an item with its neighbour in a list ordered by position. */
function swap<T extends { id: number; position: number }>(items: T[], id: number, direction: "up" | "down"): [T, T] | undefined {
  const sorted = [...items].sort((a, b) => a.position - b.position || a.id - b.id);
  const i = sorted.findIndex((x) => x.id === id);
  const j = direction === "up" ? i - 1 : i + 1;
  if (i < 0 || j < 0 || j >= sorted.length) return undefined;
  return [sorted[i]!, sorted[j]!];
}

export function movePage(surveyId: number, pageId: number, direction: "up" | "down") {
  const db = getDb();
  db.transaction((tx) => {
    const pages = tx.select().from(surveyPages).where(eq(surveyPages.surveyId, surveyId)).all();
    // Positions are renumbered first, so two pages never share one.
    pages.sort((a, b) => a.position - b.position || a.id - b.id).forEach((p, i) => (p.position = i + 1));
    const pair = swap(pages, pageId, direction);
    if (!pair) return;
    [pair[0].position, pair[1].position] = [pair[1].position, pair[0].position];
    for (const p of pages) tx.update(surveyPages).set({ position: p.position }).where(eq(surveyPages.id, p.id)).run();
  });
}

// ---- Questions ----

export type QuestionInput = {
  pageId: number;
  kind: QuestionKind;
  text: string;
  hint: string;
  required: boolean;
  easyText: string;
  choices: { label: string; easy: string }[];
  allowOther: boolean;
  lowLabel: string;
  highLabel: string;
};

const HAS_CHOICES: QuestionKind[] = ["single", "multiple"];

/**
 * Adds or changes a question. Once anyone has answered, a change that would
 * lose or misread answers (another type, fewer choices, choices reordered,
 * "other" taken away) is refused with the reason, and every wording change is
 * kept in the question's history.
 */
export function saveQuestion(surveyId: number, questionId: number | null, input: QuestionInput, officerId: string): Saved {
  const db = getDb();
  if (
    !db
      .select({ id: surveyPages.id })
      .from(surveyPages)
      .where(and(eq(surveyPages.id, input.pageId), eq(surveyPages.surveyId, surveyId)))
      .get()
  ) {
    return { ok: false, errors: { pageId: "Choose a page of this survey" } };
  }
  if (HAS_CHOICES.includes(input.kind) && input.choices.length < 2)
    return { ok: false, errors: { choices: "Give at least two choices, one on each line" } };
  const current = questionId
    ? db
        .select()
        .from(surveyQuestions)
        .where(and(eq(surveyQuestions.id, questionId), eq(surveyQuestions.surveyId, surveyId)))
        .get()
    : undefined;
  if (questionId && !current) return { ok: false, errors: { form: "This question no longer exists" } };
  const before = current ? questionOf(current) : undefined;
  const answered = responseCount(surveyId, db) > 0;
  const old = before?.choices ?? [];
  if (before && answered) {
    if (before.kind !== input.kind)
      return {
        ok: false,
        errors: {
          kind: "People have already answered, so the type of question cannot change: their answers would be read wrongly. Add a new question instead.",
        },
      };
    if (HAS_CHOICES.includes(input.kind)) {
      if (input.choices.length < old.length)
        return {
          ok: false,
          errors: {
            choices:
              "People have already answered, so a choice cannot be removed: the answers that chose it would be lost. Change its wording instead.",
          },
        };
      const moved = input.choices.findIndex((c, i) => old.some((o, j) => j !== i && o.label === c.label));
      if (moved >= 0)
        return {
          ok: false,
          errors: {
            choices:
              "People have already answered, so choices cannot be reordered: answers are kept by position. Change wording in place, or add new choices at the end.",
          },
        };
    }
    if (before.allowOther && !input.allowOther)
      return {
        ok: false,
        errors: { allowOther: "People have already answered, so “Other” cannot be taken away: answers that used it would be lost." },
      };
  }
  // Choices keep their ids by position; new ones get the next free id.
  let next = Math.max(0, ...old.map((c) => Number(c.id.slice(1)) || 0));
  const choices: Choice[] = HAS_CHOICES.includes(input.kind)
    ? input.choices.map((c, i) => ({ id: old[i]?.id ?? `c${++next}`, label: c.label, easy: c.easy }))
    : [];
  const values = {
    ...input,
    choices: JSON.stringify(choices),
    allowOther: HAS_CHOICES.includes(input.kind) && input.allowOther,
    lowLabel: input.kind === "rating" ? input.lowLabel : "",
    highLabel: input.kind === "rating" ? input.highLabel : "",
  };
  db.transaction((tx) => {
    if (current && before) {
      tx.update(surveyQuestions).set(values).where(eq(surveyQuestions.id, current.id)).run();
      const after = questionOf(tx.select().from(surveyQuestions).where(eq(surveyQuestions.id, current.id)).get()!);
      const wording = (q: Question) =>
        JSON.stringify({ text: q.text, hint: q.hint, easyText: q.easyText, choices: q.choices, lowLabel: q.lowLabel, highLabel: q.highLabel });
      if (answered && wording(before) !== wording(after)) {
        tx.insert(surveyQuestionHistory)
          .values({ questionId: current.id, before: wording(before), after: wording(after), changedBy: officerId, changedAt: new Date() })
          .run();
      }
    } else {
      const last =
        tx
          .select({ p: sql<number>`coalesce(max(${surveyQuestions.position}), 0)` })
          .from(surveyQuestions)
          .where(eq(surveyQuestions.surveyId, surveyId))
          .get()?.p ?? 0;
      tx.insert(surveyQuestions)
        .values({ ...values, surveyId, position: last + 1 })
        .run();
    }
  });
  return { ok: true };
}

export function questionForEditing(surveyId: number, questionId: number) {
  const db = getDb();
  const row = db
    .select()
    .from(surveyQuestions)
    .where(and(eq(surveyQuestions.id, questionId), eq(surveyQuestions.surveyId, surveyId)))
    .get();
  if (!row) return undefined;
  const history = db
    .select()
    .from(surveyQuestionHistory)
    .where(eq(surveyQuestionHistory.questionId, questionId))
    .orderBy(desc(surveyQuestionHistory.id))
    .all();
  return {
    question: questionOf(row),
    history: history.map((h) => ({
      id: h.id,
      changedAt: h.changedAt,
      before: (JSON.parse(h.before) as { text: string }).text,
      after: (JSON.parse(h.after) as { text: string }).text,
    })),
  };
}

/** Moves a question up or down within its page. */
export function moveQuestion(surveyId: number, questionId: number, direction: "up" | "down") {
  const db = getDb();
  db.transaction((tx) => {
    const q = tx
      .select()
      .from(surveyQuestions)
      .where(and(eq(surveyQuestions.id, questionId), eq(surveyQuestions.surveyId, surveyId)))
      .get();
    if (!q) return;
    const siblings = tx.select().from(surveyQuestions).where(eq(surveyQuestions.pageId, q.pageId)).all();
    const pair = swap(siblings, questionId, direction);
    if (!pair) return;
    const [a, b] = pair;
    const [pa, pb] = a.position === b.position ? [b.position + (direction === "up" ? -1 : 1), a.position] : [b.position, a.position];
    tx.update(surveyQuestions).set({ position: pa }).where(eq(surveyQuestions.id, a.id)).run();
    tx.update(surveyQuestions).set({ position: pb }).where(eq(surveyQuestions.id, b.id)).run();
  });
}

export function removeQuestion(surveyId: number, questionId: number): Saved {
  const db = getDb();
  if (responseCount(surveyId, db) > 0)
    return {
      ok: false,
      errors: {
        form: "People have already answered, so questions cannot be removed: their answers would be lost. You can make a question optional instead.",
      },
    };
  db.delete(surveyQuestions)
    .where(and(eq(surveyQuestions.id, questionId), eq(surveyQuestions.surveyId, surveyId)))
    .run();
  return { ok: true };
}

export function surveyExists(id: number): boolean {
  return Boolean(getDb().select({ id: surveys.id }).from(surveys).where(eq(surveys.id, id)).get());
}

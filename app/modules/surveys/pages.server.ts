import { and, count, desc, eq, sql } from "drizzle-orm";
import { surveyPages, surveyQuestionHistory, surveyQuestions, type QuestionKind } from "~db/schema";
import { getDb } from "~/db.server";
import type { Choice, Question } from "./questions";
import { questionOf, responseCount, type Saved } from "./surveys.server";
import { translate } from "~/modules/i18n/catalogue.server";

// A survey's pages and questions: adding, changing, moving and removing them, with the rules that
// keep answers meaningful once people have started answering.

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
  if (pages.length <= 1) return { ok: false, errors: { form: translate("manage.survey.error.onePage") } };
  const inUse = db.select({ n: count() }).from(surveyQuestions).where(eq(surveyQuestions.pageId, pageId)).get()?.n ?? 0;
  if (inUse) return { ok: false, errors: { form: translate("manage.survey.error.pageInUse") } };
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
    return { ok: false, errors: { pageId: translate("manage.survey.error.page") } };
  }
  if (HAS_CHOICES.includes(input.kind) && input.choices.length < 2)
    return { ok: false, errors: { choices: translate("manage.survey.error.choices") } };
  const current = questionId
    ? db
        .select()
        .from(surveyQuestions)
        .where(and(eq(surveyQuestions.id, questionId), eq(surveyQuestions.surveyId, surveyId)))
        .get()
    : undefined;
  if (questionId && !current) return { ok: false, errors: { form: translate("manage.survey.error.questionGone") } };
  const before = current ? questionOf(current) : undefined;
  const answered = responseCount(surveyId, db) > 0;
  const old = before?.choices ?? [];
  if (before && answered) {
    if (before.kind !== input.kind)
      return {
        ok: false,
        errors: {
          kind: translate("manage.survey.error.kind"),
        },
      };
    if (HAS_CHOICES.includes(input.kind)) {
      if (input.choices.length < old.length)
        return {
          ok: false,
          errors: {
            choices: translate("manage.survey.error.choiceRemoved"),
          },
        };
      const moved = input.choices.findIndex((c, i) => old.some((o, j) => j !== i && o.label === c.label));
      if (moved >= 0)
        return {
          ok: false,
          errors: {
            choices: translate("manage.survey.error.reordered"),
          },
        };
    }
    if (before.allowOther && !input.allowOther)
      return {
        ok: false,
        errors: { allowOther: translate("manage.survey.error.other") },
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
        form: translate("manage.survey.error.remove"),
      },
    };
  db.delete(surveyQuestions)
    .where(and(eq(surveyQuestions.id, questionId), eq(surveyQuestions.surveyId, surveyId)))
    .run();
  return { ok: true };
}

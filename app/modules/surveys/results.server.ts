import { and, asc, eq, inArray, isNotNull, ne, sql } from "drizzle-orm";
import { requestLanguage, translate } from "~/modules/i18n/catalogue.server";
import { localise } from "~/modules/i18n/content.server";
import { suggestions, surveyAnswers, surveyResponses, surveys, surveyTallies, type ContributorKind } from "~db/schema";
import { CONTRIBUTOR_KINDS, type LanguageCode } from "~db/schema/enums";
import { LANGUAGE_NAME_KEYS } from "~/modules/i18n/languages";
import { getDb, type DbOrTx } from "~/db.server";
import { becameSuggestion, type ItemRef } from "~/modules/themes/items.server";
import { makeSuggestion } from "~/modules/feedback/suggestions.server";
import { reference } from "~/modules/feedback/reference";
import { csvStream } from "~/utils/csv.server";
import { choiceLabel, choicesOf, RESPONDENT_KIND_LABELS, type Question } from "./questions";
import { surveyReference } from "./responses.server";
import { pagesIn, pagesOf, stateOf } from "./surveys.server";
import { londonWallClock } from "~/utils/dates";

// What a survey found: counts from the tallies (exact, and fast at any size),
// free-text answers for officers, the CSV of every response, and the public
// "we asked, you said, we did" page.

const OTHER = "other";

/** Counts and percentages for every question, for everyone or for one kind of respondent, in the reader's language. */
export function surveyResults(surveyId: number, who?: ContributorKind, lang = requestLanguage()) {
  const db = getDb();
  const row = db.select().from(surveys).where(eq(surveys.id, surveyId)).get();
  if (!row) return undefined;
  const s = localise("survey", [row], ["title"], lang, db)[0]!;
  const tallies = db.select().from(surveyTallies).where(eq(surveyTallies.surveyId, surveyId)).all();
  const sum = (questionId: number, key: string, kind = who) =>
    tallies.filter((t) => t.questionId === questionId && t.key === key && (!kind || t.respondentKind === kind)).reduce((n, t) => n + t.n, 0);
  const { pages, untranslated } = pagesIn(surveyId, lang, db);
  const questions = pages.flatMap((p) => p.questions);
  return {
    id: s.id,
    title: s.title,
    untranslated: untranslated || s.untranslated.length > 0,
    state: stateOf(s),
    resultsPublished: Boolean(s.resultsPublishedAt),
    who: who ?? null,
    total: sum(0, "responses"),
    byKind: CONTRIBUTOR_KINDS.map((kind) => ({ kind, label: translate(RESPONDENT_KIND_LABELS[kind].label), n: sum(0, "responses", kind) })),
    questions: questions.map((q) => {
      const answered = sum(q.id, "answered");
      const percent = (n: number) => (answered ? Math.round((n / answered) * 1000) / 10 : 0);
      const rows =
        q.kind === "short_text" || q.kind === "long_text"
          ? []
          : [
              ...choicesOf(q).map((c) => ({ key: c.id, label: choiceLabel(c, false, translate) })),
              ...(q.allowOther ? [{ key: OTHER, label: translate("survey.other") }] : []),
            ].map((c) => ({
              ...c,
              n: sum(q.id, c.key),
              percent: percent(sum(q.id, c.key)),
            }));
      const ratingTotal = q.kind === "rating" ? rows.reduce((t, r) => t + Number(r.key) * r.n, 0) : 0;
      return {
        id: q.id,
        text: q.text,
        kind: q.kind,
        answered,
        rows,
        average: q.kind === "rating" && answered ? Math.round((ratingTotal / answered) * 10) / 10 : null,
      };
    }),
  };
}

const PAGE_SIZE = 25;

/** Which free-text answers an officer's filters match, as SQL: the list and "all that match" read the same. */
function textAnswersWhere(surveyId: number, ids: number[], filters: { search?: string; who?: ContributorKind }) {
  return and(
    // Sent words only (has_text is set when a response is sent), read through their own small
    // index: literal SQL, so SQLite matches the partial index.
    sql`has_text = 1`,
    inArray(surveyAnswers.questionId, ids),
    ...(filters.who
      ? [sql`${surveyAnswers.responseId} in (select id from survey_responses where survey_id = ${surveyId} and respondent_kind = ${filters.who})`]
      : []),
    ...(filters.search ? [sql`${TEXT_OF} like ${`%${filters.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} escape '\\'`] : []),
  );
}

const TEXT_OF = sql`case when ${surveyAnswers.other} != '' then ${surveyAnswers.other} else ${surveyAnswers.value} end`;

type TextFilters = { questionId?: number; search?: string; who?: ContributorKind; page?: number };

function textQuestions(surveyId: number, filters: TextFilters, db: DbOrTx) {
  const questions = pagesOf(surveyId, db).flatMap((p) => p.questions);
  const withText = questions.filter((q) => q.kind === "short_text" || q.kind === "long_text" || q.allowOther);
  const ids = withText.filter((q) => !filters.questionId || q.id === filters.questionId).map((q) => q.id);
  return { questions, withText, ids };
}

/** Free-text answers (and "other, please say") for officers, with a word search. */
export function textAnswers(surveyId: number, filters: TextFilters) {
  const db = getDb();
  const { questions, withText, ids } = textQuestions(surveyId, filters, db);
  if (!ids.length) return { questions: withText.map(({ id, text }) => ({ id, text })), answers: [], total: 0, page: 1, pages: 1 };
  const where = textAnswersWhere(surveyId, ids, filters);
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(surveyAnswers)
      .where(where)
      .get()?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(Math.max(1, filters.page ?? 1), pages);
  const rows = db
    .select({
      responseId: surveyAnswers.responseId,
      questionId: surveyAnswers.questionId,
      text: sql<string>`${TEXT_OF}`,
      kind: surveyResponses.respondentKind,
      suggestionId: surveyAnswers.suggestionId,
      safeguarding: surveyAnswers.safeguarding,
    })
    .from(surveyAnswers)
    .leftJoin(surveyResponses, eq(surveyResponses.id, surveyAnswers.responseId))
    .where(where)
    // Question by question, in the order of the index, so a page never needs a sort of every answer.
    .orderBy(asc(surveyAnswers.questionId), asc(surveyAnswers.responseId))
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE)
    .all();
  return {
    questions: withText.map(({ id, text }) => ({ id, text })),
    answers: rows.map((r) => ({
      responseId: r.responseId,
      questionId: r.questionId,
      reference: surveyReference(r.responseId),
      question: questions.find((q) => q.id === r.questionId)?.text ?? "",
      text: r.text,
      kind: r.kind,
      suggestion: r.suggestionId ? { id: r.suggestionId, reference: reference(r.suggestionId) } : null,
      safeguarding: r.safeguarding,
    })),
    total,
    page,
    pages,
  };
}

export type AnswerKey = { responseId: number; questionId: number };

/** Every answer the filters match (up to `most`), for "all that match": held-back ones are left out. */
export function textAnswerKeys(surveyId: number, filters: TextFilters, most: number): AnswerKey[] {
  const db = getDb();
  const { ids } = textQuestions(surveyId, filters, db);
  if (!ids.length) return [];
  return db
    .select({ responseId: surveyAnswers.responseId, questionId: surveyAnswers.questionId })
    .from(surveyAnswers)
    .where(and(textAnswersWhere(surveyId, ids, filters), eq(surveyAnswers.safeguarding, false)))
    .limit(most)
    .all();
}

/** The answers as items a theme can hold: an answer made a suggestion is that suggestion. */
export function answerRefs(surveyId: number, keys: AnswerKey[]): ItemRef[] {
  const made = new Map(
    getDb()
      .select({ responseId: surveyAnswers.responseId, questionId: surveyAnswers.questionId, suggestionId: surveyAnswers.suggestionId })
      .from(surveyAnswers)
      .innerJoin(surveyResponses, eq(surveyResponses.id, surveyAnswers.responseId))
      .where(
        and(
          eq(surveyResponses.surveyId, surveyId),
          inArray(
            surveyAnswers.responseId,
            keys.map((k) => k.responseId),
          ),
          isNotNull(surveyAnswers.suggestionId),
        ),
      )
      .all()
      .map((a) => [`${a.responseId}:${a.questionId}`, a.suggestionId]),
  );
  return keys.map(({ responseId, questionId }) => {
    const suggestionId = made.get(`${responseId}:${questionId}`);
    return suggestionId
      ? { kind: "suggestion" as const, key: String(suggestionId) }
      : { kind: "answer" as const, key: `${responseId}:${questionId}` };
  });
}

/** One answer to a suggestion, as `answersToSuggestions` does for many. */
export function answerToSuggestion(surveyId: number, responseId: number, questionId: number) {
  const made = answersToSuggestions(surveyId, [{ responseId, questionId }]);
  return made.ok ? { ok: true as const, reference: made.references[0]! } : made;
}

class Refused extends Error {}

/**
 * Turns free-text answers into suggestions in the loop, linked back to the survey and question, all
 * or none: if any one cannot be (made already, held back, gone), nothing is made and the officer is
 * told which. A respondent who left contact details hears back as anyone using the Tell us form does.
 */
export function answersToSuggestions(surveyId: number, keys: AnswerKey[]): { ok: true; references: string[] } | { ok: false; message: string } {
  const db = getDb();
  try {
    const references = db.transaction((tx) =>
      keys.map(({ responseId, questionId }) => {
        const row = tx
          .select({ answer: surveyAnswers, response: surveyResponses })
          .from(surveyAnswers)
          .innerJoin(surveyResponses, eq(surveyResponses.id, surveyAnswers.responseId))
          .where(
            and(
              eq(surveyAnswers.responseId, responseId),
              eq(surveyAnswers.questionId, questionId),
              eq(surveyResponses.surveyId, surveyId),
              eq(surveyResponses.status, "submitted"),
            ),
          )
          .get();
        const which = `${surveyReference(responseId)}`;
        if (!row) throw new Refused(`An answer of ${which} no longer exists`);
        if (row.answer.suggestionId) throw new Refused(`The answer of ${which} is already suggestion ${reference(row.answer.suggestionId)}`);
        if (row.answer.safeguarding)
          throw new Refused(`The answer of ${which} is held back as a possible safeguarding concern, so it cannot become a suggestion`);
        const { id } = makeSuggestion(
          {
            body: row.answer.other || row.answer.value,
            topicId: null,
            contributorKind: row.response.respondentKind ?? "other",
            name: row.response.contactName,
            email: row.response.contactEmail,
            channel: row.response.contactChannel ?? undefined,
            phone: row.response.contactPhone,
            forumContact: row.response.contactForum,
            postalAddress: row.response.contactAddress,
            postcode: row.response.contactPostcode,
            easyRead: row.response.easyRead,
            language: row.response.language,
            userId: row.response.userId,
            origin: { kind: "surveys", id: surveyId },
            sourceUrl: `/manage/surveys/${surveyId}/results?question=${questionId}#answer-${responseId}-${questionId}`,
          },
          tx,
        );
        tx.update(surveyAnswers)
          .set({ suggestionId: id })
          .where(and(eq(surveyAnswers.responseId, responseId), eq(surveyAnswers.questionId, questionId)))
          .run();
        becameSuggestion({ kind: "answer", key: `${responseId}:${questionId}` }, id, tx);
        return reference(id);
      }),
    );
    return { ok: true, references };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, message: error.message };
    throw error;
  }
}

// ---- Export ----

/**
 * How each question fills the export row: its first column, and for multiple
 * choice one column per choice (and "other"). Labels are looked up once here.
 */
function exportPlan(questions: Question[], first: number) {
  const columns: string[] = [];
  const plan = new Map<number, { q: Question; at: number; labels: Map<string, string>; choiceAt: Map<string, number> }>();
  for (const q of questions) {
    const at = first + columns.length;
    const labels = new Map(choicesOf(q).map((c) => [c.id, choiceLabel(c, false, translate)]));
    const choiceAt = new Map<string, number>();
    if (q.kind === "multiple") {
      q.choices.forEach((c, i) => {
        choiceAt.set(c.id, at + i);
        columns.push(`${q.text}: ${c.label}`);
      });
      if (q.allowOther) {
        choiceAt.set(OTHER, at + q.choices.length);
        columns.push(`${q.text}: other`);
      }
    } else {
      columns.push(q.text);
    }
    plan.set(q.id, { q, at, labels, choiceAt });
  }
  return { columns, plan };
}

/**
 * Every sent response as CSV, one row each and one column per question (one
 * per choice for multiple choice). Read a batch of responses at a time, with
 * their answers in one range read, so memory stays flat at any size.
 */
export function exportResponses(surveyId: number): { filename: string; stream: ReadableStream<Uint8Array> } | undefined {
  const db = getDb();
  const s = db.select().from(surveys).where(eq(surveys.id, surveyId)).get();
  if (!s) return undefined;
  const questions = pagesOf(surveyId, db).flatMap((p) => p.questions);
  const asksContact = s.asksContact && !s.anonymous;
  // Headings in the officer's language; the answers' own words as people chose them.
  const t = translate;
  const fixed = [
    t("export.reference"),
    t("export.sent"),
    t("export.answeringAs"),
    t("export.language"),
    ...(asksContact ? [t("export.name"), t("export.email")] : []),
  ];
  const { columns, plan } = exportPlan(questions, fixed.length);
  const width = fixed.length + columns.length;
  function* rows(): Generator<string[]> {
    let after = 0;
    for (;;) {
      const batch = db.values<[number, number | null, ContributorKind | null, LanguageCode, string | null, string | null]>(
        sql`select id, submitted_at, respondent_kind, language, contact_name, contact_email from survey_responses
            where survey_id = ${surveyId} and status = 'submitted' and id > ${after} order by id limit 250`,
      );
      if (!batch.length) return;
      const answers = db.values<[number, number, string, string]>(
        sql`select response_id, question_id, value, other from survey_answers where response_id between ${batch[0]![0]} and ${batch.at(-1)![0]} order by response_id, question_id`,
      );
      let a = 0;
      for (const [id, submittedAt, kind, language, name, email] of batch) {
        const row: string[] = new Array(width).fill("");
        row[0] = surveyReference(id);
        row[1] = submittedAt ? londonWallClock(new Date(submittedAt)) : "";
        row[2] = kind ? translate(RESPONDENT_KIND_LABELS[kind].label) : "";
        // The language they answered in: their own words are in it.
        row[3] = translate(LANGUAGE_NAME_KEYS[language] ?? LANGUAGE_NAME_KEYS.en);
        if (asksContact) [row[4], row[5]] = [name ?? "", email ?? ""];
        // Answers come in response order; skip those of responses not in this batch (other surveys, unsent).
        while (a < answers.length && answers[a]![0] < id) a++;
        for (; a < answers.length && answers[a]![0] === id; a++) {
          const [, questionId, value, other] = answers[a]!;
          const p = plan.get(questionId);
          if (!p) continue;
          if (p.q.kind === "multiple") {
            for (const choice of JSON.parse(value) as string[]) {
              const at = p.choiceAt.get(choice);
              if (at !== undefined) row[at] = choice === OTHER ? other : t("survey.yes");
            }
          } else if (p.q.kind === "short_text" || p.q.kind === "long_text" || p.q.kind === "rating") {
            row[p.at] = value;
          } else {
            row[p.at] = value === OTHER ? t("export.other", { other }) : (p.labels.get(value) ?? value);
          }
        }
        yield row;
      }
      after = batch.at(-1)![0];
    }
  }
  const slug =
    s.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 50) || "survey";
  return { filename: `${slug}-responses.csv`, stream: csvStream([...fixed, ...columns], rows(), 250) };
}

// ---- "We asked, you said, we did" ----

export function saveSummary(
  surveyId: number,
  input: { asked: string; headlines: string; easyRead?: string },
  publish: boolean,
  now = new Date(),
): { ok: true } | { ok: false; message: string } {
  const db = getDb();
  const s = db.select().from(surveys).where(eq(surveys.id, surveyId)).get();
  if (!s) return { ok: false, message: translate("manage.survey.error.gone") };
  if (publish && stateOf(s, now) !== "closed") return { ok: false, message: translate("manage.survey.error.summaryOpen") };
  db.update(surveys)
    .set({
      summaryAsked: input.asked,
      summaryHeadlines: input.headlines,
      ...(input.easyRead === undefined ? {} : { summaryEasyRead: input.easyRead }),
      ...(publish ? { summaryPublishedAt: s.summaryPublishedAt ?? now } : {}),
    })
    .where(eq(surveys.id, surveyId))
    .run();
  return { ok: true };
}

/** The public summary: what we asked, how many answered, headlines, and the survey's suggestions as they stand now. */
export function publicSummary(surveyId: number, lang = requestLanguage()) {
  const db = getDb();
  const row = db
    .select()
    .from(surveys)
    .where(and(eq(surveys.id, surveyId), isNotNull(surveys.summaryPublishedAt)))
    .get();
  if (!row) return undefined;
  const s = localise("survey", [row], ["title", "summaryAsked", "summaryHeadlines", "summaryEasyRead"], lang, db)[0]!;
  const total =
    db
      .select({ n: sql<number>`coalesce(sum(${surveyTallies.n}), 0)` })
      .from(surveyTallies)
      .where(and(eq(surveyTallies.surveyId, surveyId), eq(surveyTallies.questionId, 0)))
      .get()?.n ?? 0;
  const loop = db
    .select({
      id: suggestions.id,
      publicWording: suggestions.publicWording,
      status: suggestions.status,
      outcome: suggestions.outcome,
      outcomeEasyRead: suggestions.outcomeEasyRead,
    })
    .from(suggestions)
    .where(
      and(
        eq(suggestions.originKind, "surveys"),
        eq(suggestions.originId, surveyId),
        isNotNull(suggestions.publishedAt),
        eq(suggestions.safeguarding, false),
        ne(suggestions.status, "merged"),
      ),
    )
    .orderBy(asc(suggestions.id))
    .all();
  return {
    id: s.id,
    title: s.title,
    closesOn: s.closesOn,
    asked: s.summaryAsked,
    headlines: s.summaryHeadlines
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean),
    easyRead: s.summaryEasyRead,
    total,
    resultsPublished: Boolean(s.resultsPublishedAt),
    untranslated: s.untranslated,
    suggestions: localise("suggestion", loop, ["publicWording", "outcome", "outcomeEasyRead"], lang, db).map((x) => ({
      ...x,
      reference: reference(x.id),
    })),
  };
}

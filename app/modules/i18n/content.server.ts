import { and, desc, eq, inArray, isNotNull, ne, type AnyColumn } from "drizzle-orm";
import {
  charterCommitments,
  charterVersions,
  contentTranslations,
  events,
  strategies,
  strategyActions,
  strategyAreas,
  suggestions,
  surveyPages,
  surveyQuestions,
  surveys,
  themes,
  toldUsReports,
  toldUsThemes,
  type LanguageCode,
  type TranslatableKind,
} from "~db/schema";
import { getDb, type DbOrTx } from "~/db.server";
import { reference } from "~/modules/feedback/reference";
import { SITE_PAGE_SLUGS } from "~/modules/privacy/default-pages";
import { sitePage } from "~/modules/privacy/site-pages.server";
import { docFromPlainText, plainTextFromDoc } from "~/modules/richtext/document";
import { MAX_RICH_TEXT_CHARACTERS, storedRichText } from "~/modules/richtext/validate.server";
import { translate } from "./catalogue.server";
import type { Choice } from "~/modules/surveys/questions";
import { memoByVersion } from "~/utils/content-version.server";

// Translations of what officers and organisers write for the public. Each kind of text declares its
// fields and which of its texts the public sees (a typed registry: a kind added to
// TRANSLATABLE_KINDS does not compile until it is here); everything else loops over it.

type Texts = { id: number; context: string; fields: Record<string, string> };

type Field = {
  /** Its name for officers and translators (a message key). */
  label: string;
  /** Rich text: stored as the editor's document, translated as plain text with "## " headings and "- " bullets. */
  rich?: true;
};

type Translatable = {
  /** The fields that carry words for the public. A field named "choice" also stands for "choice.<id>", one per option. */
  fields: Record<string, Field>;
  /** Every text of this kind the public sees now (only `ids` when given), rich fields as plain text. */
  texts(db: DbOrTx, ids?: number[]): Texts[];
};

const publishedSuggestion = and(isNotNull(suggestions.publishedAt), eq(suggestions.safeguarding, false), ne(suggestions.status, "merged"));
const among = (column: AnyColumn, ids?: number[]) => (ids ? inArray(column, ids) : undefined);
const plain = (json: string) => (json ? plainTextFromDoc(storedRichText(json)) : "");
const shortened = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

function surveyQuestionTexts(db: DbOrTx, ids?: number[]): Texts[] {
  return db
    .select({ q: surveyQuestions, survey: surveys.title })
    .from(surveyQuestions)
    .innerJoin(surveys, eq(surveys.id, surveyQuestions.surveyId))
    .where(and(ne(surveys.status, "draft"), among(surveyQuestions.id, ids)))
    .orderBy(surveyQuestions.surveyId, surveyQuestions.position, surveyQuestions.id)
    .all()
    .map(({ q, survey }) => {
      const { text, hint, easyText, lowLabel, highLabel } = q;
      const fields: Record<string, string> = { text, hint, easyText, lowLabel, highLabel };
      for (const c of JSON.parse(q.choices) as Choice[]) {
        if (c.catalogue) continue;
        fields[`choice.${c.id}`] = c.label;
        fields[`choiceEasy.${c.id}`] = c.easy;
      }
      return { id: q.id, context: `${shortened(survey)} · ${shortened(text)}`, fields };
    });
}

export const TRANSLATABLE: Record<TranslatableKind, Translatable> = {
  suggestion: {
    fields: {
      publicWording: { label: "manage.translations.field.publicWording" },
      outcome: { label: "manage.translations.field.outcome" },
      outcomeEasyRead: { label: "manage.translations.field.outcomeEasyRead" },
    },
    texts: (db, ids) =>
      db
        .select({
          id: suggestions.id,
          publicWording: suggestions.publicWording,
          outcome: suggestions.outcome,
          outcomeEasyRead: suggestions.outcomeEasyRead,
        })
        .from(suggestions)
        .where(and(publishedSuggestion, among(suggestions.id, ids)))
        .orderBy(suggestions.id)
        .all()
        .map(({ id, ...fields }) => ({ id, context: reference(id), fields })),
  },
  strategy: {
    fields: { name: { label: "manage.translations.field.strategyName" }, summary: { label: "manage.translations.field.strategySummary" } },
    texts: (db, ids) =>
      db
        .select({ id: strategies.id, name: strategies.name, summary: strategies.summary, period: strategies.period })
        .from(strategies)
        .where(among(strategies.id, ids))
        .orderBy(strategies.id)
        .all()
        .map(({ id, period, ...fields }) => ({ id, context: period, fields })),
  },
  area: {
    fields: { name: { label: "manage.translations.field.areaName" } },
    texts: (db, ids) =>
      db
        .select({ id: strategyAreas.id, name: strategyAreas.name })
        .from(strategyAreas)
        .where(among(strategyAreas.id, ids))
        .orderBy(strategyAreas.strategyId, strategyAreas.position, strategyAreas.id)
        .all()
        .map(({ id, name }) => ({ id, context: shortened(name), fields: { name } })),
  },
  action: {
    fields: { title: { label: "manage.translations.field.actionTitle" } },
    texts: (db, ids) =>
      db
        .select({ id: strategyActions.id, code: strategyActions.code, title: strategyActions.title })
        .from(strategyActions)
        .where(among(strategyActions.id, ids))
        .orderBy(strategyActions.id)
        .all()
        .map(({ id, code, title }) => ({ id, context: code, fields: { title } })),
  },
  event: {
    fields: {
      title: { label: "manage.translations.field.eventTitle" },
      description: { label: "manage.translations.field.eventDescription", rich: true },
      accessibilityNotes: { label: "manage.translations.field.eventAccessibility" },
    },
    texts: (db, ids) =>
      db
        .select({ id: events.id, title: events.title, description: events.description, accessibilityNotes: events.accessibilityNotes })
        .from(events)
        .where(and(ne(events.status, "draft"), among(events.id, ids)))
        .orderBy(events.id)
        .all()
        .map(({ id, title, description, accessibilityNotes }) => ({
          id,
          context: `#${id} ${shortened(title)}`,
          fields: { title, description: plain(description), accessibilityNotes },
        })),
  },
  survey: {
    fields: {
      title: { label: "manage.translations.field.surveyTitle" },
      intro: { label: "manage.translations.field.surveyIntro", rich: true },
      easyIntro: { label: "manage.translations.field.surveyEasyIntro" },
      audience: { label: "manage.translations.field.surveyAudience" },
      summaryAsked: { label: "manage.translations.field.summaryAsked" },
      summaryHeadlines: { label: "manage.translations.field.summaryHeadlines" },
      summaryEasyRead: { label: "manage.translations.field.summaryEasyRead" },
    },
    texts: (db, ids) =>
      db
        .select()
        .from(surveys)
        .where(and(ne(surveys.status, "draft"), among(surveys.id, ids)))
        .orderBy(surveys.id)
        .all()
        .map((s) => ({
          id: s.id,
          context: shortened(s.title),
          fields: {
            title: s.title,
            intro: plain(s.intro),
            easyIntro: s.easyIntro,
            audience: s.audience,
            summaryAsked: s.summaryAsked,
            summaryHeadlines: s.summaryHeadlines,
            summaryEasyRead: s.summaryEasyRead,
          },
        })),
  },
  surveyPage: {
    fields: { title: { label: "manage.translations.field.surveyPageTitle" } },
    texts: (db, ids) =>
      db
        .select({ id: surveyPages.id, title: surveyPages.title, survey: surveys.title })
        .from(surveyPages)
        .innerJoin(surveys, eq(surveys.id, surveyPages.surveyId))
        .where(and(ne(surveys.status, "draft"), among(surveyPages.id, ids)))
        .orderBy(surveyPages.surveyId, surveyPages.position)
        .all()
        .map(({ id, title, survey }) => ({ id, context: shortened(survey), fields: { title } })),
  },
  surveyQuestion: {
    fields: {
      text: { label: "manage.translations.field.questionText" },
      hint: { label: "manage.translations.field.questionHint" },
      easyText: { label: "manage.translations.field.questionEasyText" },
      lowLabel: { label: "manage.translations.field.questionLowLabel" },
      highLabel: { label: "manage.translations.field.questionHighLabel" },
      choice: { label: "manage.translations.field.choice" },
      choiceEasy: { label: "manage.translations.field.choiceEasy" },
    },
    texts: surveyQuestionTexts,
  },
  charter: {
    fields: { body: { label: "manage.translations.field.charterBody", rich: true } },
    // Only the version people sign now: older ones are history.
    texts: (db, ids) => {
      const current = db
        .select({ id: charterVersions.id, body: charterVersions.body })
        .from(charterVersions)
        .where(isNotNull(charterVersions.publishedAt))
        .orderBy(desc(charterVersions.publishedAt), desc(charterVersions.id))
        .get();
      return current && (!ids || ids.includes(current.id))
        ? [{ id: current.id, context: `#${current.id}`, fields: { body: plain(current.body) } }]
        : [];
    },
  },
  commitment: {
    fields: { text: { label: "manage.translations.field.commitment" } },
    texts: (db, ids) =>
      db
        .select({ id: charterCommitments.id, text: charterCommitments.text })
        .from(charterCommitments)
        .where(and(eq(charterCommitments.archived, false), among(charterCommitments.id, ids)))
        .orderBy(charterCommitments.position)
        .all()
        .map(({ id, text }) => ({ id, context: shortened(text), fields: { text } })),
  },
  report: {
    fields: { title: { label: "manage.translations.field.reportTitle" }, introduction: { label: "manage.translations.field.reportIntroduction" } },
    texts: (db, ids) =>
      db
        .select({ id: toldUsReports.id, title: toldUsReports.title, introduction: toldUsReports.introduction })
        .from(toldUsReports)
        .where(and(eq(toldUsReports.state, "published"), among(toldUsReports.id, ids)))
        .orderBy(toldUsReports.id)
        .all()
        .map(({ id, ...fields }) => ({ id, context: shortened(fields.title), fields })),
  },
  keyMessage: {
    fields: {
      name: { label: "manage.translations.field.themeName" },
      description: { label: "manage.translations.field.themeDescription" },
      descriptionEasyRead: { label: "manage.translations.field.themeEasyRead" },
    },
    // A theme is public once a published "What you told us" page carries it as a key message.
    texts: (db, ids) =>
      db
        .selectDistinct({ id: themes.id, name: themes.name, description: themes.description, descriptionEasyRead: themes.descriptionEasyRead })
        .from(themes)
        .innerJoin(toldUsThemes, eq(toldUsThemes.themeId, themes.id))
        .innerJoin(toldUsReports, eq(toldUsReports.id, toldUsThemes.reportId))
        .where(and(eq(toldUsReports.state, "published"), among(themes.id, ids)))
        .orderBy(themes.id)
        .all()
        .map(({ id, ...fields }) => ({ id, context: shortened(fields.name), fields })),
  },
  sitePage: {
    fields: { body: { label: "manage.translations.field.sitePage", rich: true } },
    texts: (_db, ids) =>
      SITE_PAGE_SLUGS.map((slug, i) => ({ slug, id: i + 1 }))
        .filter(({ id }) => !ids || ids.includes(id))
        .map(({ slug, id }) => ({ id, context: `/${slug}`, fields: { body: plainTextFromDoc(sitePage(slug).doc) } })),
  },
};

export const TRANSLATABLE_KIND_LIST = Object.keys(TRANSLATABLE) as TranslatableKind[];

/** A field's declaration: "choice.c2" is declared as "choice". */
export function fieldOf(kind: TranslatableKind, field: string): Field | undefined {
  const fields = TRANSLATABLE[kind]?.fields;
  const base = field.split(".")[0]!;
  return fields && Object.hasOwn(fields, base) ? fields[base] : undefined;
}

/** The original of one field, as translated (rich text as plain text), if the subject exists and the public sees it. */
function originalOf(db: DbOrTx, kind: TranslatableKind, id: number, field: string): string | undefined {
  return TRANSLATABLE[kind].texts(db, [id])[0]?.fields[field] || undefined;
}

type Stored = { subjectId: number; field: string; text: string; sourceText: string; providedBy: string };

function storedFor(db: DbOrTx, kind: TranslatableKind, lang: LanguageCode, ids?: number[]): Stored[] {
  return db
    .select({
      subjectId: contentTranslations.subjectId,
      field: contentTranslations.field,
      text: contentTranslations.text,
      sourceText: contentTranslations.sourceText,
      providedBy: contentTranslations.providedBy,
    })
    .from(contentTranslations)
    .where(
      and(
        eq(contentTranslations.subjectKind, kind),
        eq(contentTranslations.lang, lang),
        ids ? inArray(contentTranslations.subjectId, ids) : undefined,
      ),
    )
    .all();
}

/**
 * Looks up translations into `lang` of some subjects of one kind: for a field's original as it
 * stands, its translation, or undefined where there is none made from that original. A rich
 * field's original and translation are the editor's document (as stored).
 */
export function contentTranslator(kind: TranslatableKind, ids: number[], lang: LanguageCode, db: DbOrTx = getDb()) {
  const stored =
    lang === "en" || !ids.length
      ? new Map<string, Stored>()
      : new Map(storedFor(db, kind, lang, [...new Set(ids)]).map((s) => [`${s.subjectId}:${s.field}`, s]));
  return (id: number, field: string, original: string): string | undefined => {
    const translation = original ? stored.get(`${id}:${field}`) : undefined;
    if (!translation) return undefined;
    if (!fieldOf(kind, field)?.rich) return translation.sourceText === original ? translation.text : undefined;
    return translation.sourceText === plain(original) ? JSON.stringify(docFromPlainText(translation.text)) : undefined;
  };
}

/**
 * Rows as a visitor reading `lang` sees them: each field in its translation where there is one made
 * from the text as it stands, otherwise the original, and `untranslated` says which fields are
 * shown in English (the page says so, in the visitor's language).
 */
export function localise<T extends { id: number }, F extends keyof T & string>(
  kind: TranslatableKind,
  rows: T[],
  fields: F[],
  lang: LanguageCode,
  db: DbOrTx = getDb(),
): (T & { untranslated: F[] })[] {
  if (lang === "en" || !rows.length) return rows.map((row) => ({ ...row, untranslated: [] }));
  const translated = contentTranslator(
    kind,
    rows.map((r) => r.id),
    lang,
    db,
  );
  return rows.map((row) => {
    const copy = { ...row, untranslated: [] as F[] };
    for (const field of fields) {
      const original = row[field];
      if (typeof original !== "string" || !original) continue;
      const translation = translated(row.id, field, original);
      if (translation !== undefined) (copy as Record<string, unknown>)[field] = translation;
      else copy.untranslated.push(field);
    }
    return copy;
  });
}

/** `localise` for rows held in several lists (each area's actions, each theme's outcomes), in one read. */
export function localiseLists<T extends { id: number }, F extends keyof T & string>(
  kind: TranslatableKind,
  lists: T[][],
  fields: F[],
  lang: LanguageCode,
  db: DbOrTx = getDb(),
): (T & { untranslated: F[] })[][] {
  const all = localise(kind, lists.flat(), fields, lang, db);
  let at = 0;
  return lists.map((list) => all.slice(at, (at += list.length)));
}

export type NeededText = { kind: TranslatableKind; id: number; field: string; context: string; original: string; stale: boolean };

/** The public texts with no translation into `lang` made from them as they stand (none yet, or the original changed since). */
export function textsToTranslate(lang: LanguageCode, db: DbOrTx = getDb()): NeededText[] {
  return TRANSLATABLE_KIND_LIST.flatMap((kind) => {
    const stored = new Map(storedFor(db, kind, lang).map((s) => [`${s.subjectId}:${s.field}`, s]));
    return TRANSLATABLE[kind].texts(db).flatMap(({ id, context, fields }) =>
      Object.entries(fields)
        .filter(([, original]) => original)
        .flatMap(([field, original]) => {
          const translation = stored.get(`${id}:${field}`);
          if (translation?.sourceText === original) return [];
          return [{ kind, id, field, context, original, stale: Boolean(translation) }];
        }),
    );
  });
}

// Counted again only after something public changed: the dashboard shows it on every visit.
const neededCounts = new Map<LanguageCode, () => number>();

/** How many public texts each language still needs. */
export function translationsNeeded(languages: LanguageCode[]): { lang: LanguageCode; count: number }[] {
  return languages.map((lang) => {
    let count = neededCounts.get(lang);
    if (!count) neededCounts.set(lang, (count = memoByVersion(() => textsToTranslate(lang).length)));
    return { lang, count: count() };
  });
}

export type TranslationInput = { kind: TranslatableKind; id: number; field: string; lang: LanguageCode; text: string };
export type Provider = { name: string; userId: string | null };

/** The longest translation of a field: rich text as long as the editor allows, other fields shorter. */
export const MAX_TRANSLATION = MAX_RICH_TEXT_CHARACTERS;
const MAX_PLAIN_TRANSLATION = 5000;

/** Why a translation cannot be saved, in the officer's language, or null: the text must exist, be public, and the field be one of its kind's. */
export function translationProblem(input: TranslationInput, db: DbOrTx = getDb()): string | null {
  const field = TRANSLATABLE[input.kind] ? fieldOf(input.kind, input.field) : undefined;
  if (!field) return translate("manage.translations.problem.unknownField");
  if (input.lang === "en") return translate("manage.translations.problem.english");
  const max = field.rich ? MAX_TRANSLATION : MAX_PLAIN_TRANSLATION;
  if (input.text.length > max) return translate("manage.translations.import.long", { max });
  if (!originalOf(db, input.kind, input.id, input.field)) return translate("manage.translations.problem.noOriginal");
  return null;
}

/** Saves (or replaces) a translation, made from the original as it stands now, and says who provided it. */
export function saveTranslation(input: TranslationInput, by: Provider, db: DbOrTx = getDb(), now = new Date()) {
  const original = originalOf(db, input.kind, input.id, input.field) ?? "";
  const values = {
    subjectKind: input.kind,
    subjectId: input.id,
    field: input.field,
    lang: input.lang,
    text: input.text,
    sourceText: original,
    providedBy: by.name,
    providedById: by.userId,
    updatedAt: now,
  };
  db.insert(contentTranslations)
    .values(values)
    .onConflictDoUpdate({
      target: [contentTranslations.subjectKind, contentTranslations.subjectId, contentTranslations.field, contentTranslations.lang],
      set: { text: values.text, sourceText: values.sourceText, providedBy: values.providedBy, providedById: values.providedById, updatedAt: now },
    })
    .run();
}

/** Every translation of a subject, with who provided it and whether it still matches the original. */
export function translationsOf(kind: TranslatableKind, id: number, db: DbOrTx = getDb()) {
  const originals = TRANSLATABLE[kind].texts(db, [id])[0]?.fields ?? {};
  return db
    .select({
      field: contentTranslations.field,
      lang: contentTranslations.lang,
      text: contentTranslations.text,
      sourceText: contentTranslations.sourceText,
      providedBy: contentTranslations.providedBy,
      updatedAt: contentTranslations.updatedAt,
    })
    .from(contentTranslations)
    .where(and(eq(contentTranslations.subjectKind, kind), eq(contentTranslations.subjectId, id)))
    .orderBy(contentTranslations.lang, contentTranslations.field)
    .all()
    .map(({ sourceText, ...t }) => ({ ...t, current: sourceText === originals[t.field] }));
}

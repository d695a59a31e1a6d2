import { and, eq, inArray, isNotNull, ne } from "drizzle-orm";
import { contentTranslations, events, strategyActions, suggestions, type LanguageCode, type TranslatableKind } from "~db/schema";
import { getDb, type DbOrTx } from "~/db.server";
import { reference } from "~/modules/feedback/reference";
import { memoByVersion } from "~/utils/content-version.server";

// Translations of what officers and organisers write for the public. Each kind of text declares its
// fields and which of its texts the public sees (a typed registry: a kind added to
// TRANSLATABLE_KINDS does not compile until it is here); everything else loops over it.

type Texts = { id: number; context: string; fields: Record<string, string> };

type Translatable = {
  /** The fields that carry words for the public, with their message keys for officers. */
  fields: Record<string, string>;
  /** Every text of this kind the public sees now, with a few words saying which it is. */
  publicTexts(db: DbOrTx): Texts[];
  /** The original of one field, if the subject exists and the public sees it. */
  original(db: DbOrTx, id: number, field: string): string | undefined;
};

const publishedSuggestion = and(isNotNull(suggestions.publishedAt), eq(suggestions.safeguarding, false), ne(suggestions.status, "merged"));

export const TRANSLATABLE: Record<TranslatableKind, Translatable> = {
  suggestion: {
    fields: {
      publicWording: "manage.translations.field.publicWording",
      outcome: "manage.translations.field.outcome",
      outcomeEasyRead: "manage.translations.field.outcomeEasyRead",
    },
    publicTexts: (db) =>
      db
        .select({
          id: suggestions.id,
          publicWording: suggestions.publicWording,
          outcome: suggestions.outcome,
          outcomeEasyRead: suggestions.outcomeEasyRead,
        })
        .from(suggestions)
        .where(publishedSuggestion)
        .orderBy(suggestions.id)
        .all()
        .map(({ id, ...fields }) => ({ id, context: reference(id), fields })),
    original: (db, id, field) => {
      const row = db
        .select({ publicWording: suggestions.publicWording, outcome: suggestions.outcome, outcomeEasyRead: suggestions.outcomeEasyRead })
        .from(suggestions)
        .where(and(eq(suggestions.id, id), publishedSuggestion))
        .get();
      return row?.[field as keyof typeof row];
    },
  },
  action: {
    fields: { title: "manage.translations.field.actionTitle" },
    publicTexts: (db) =>
      db
        .select({ id: strategyActions.id, code: strategyActions.code, title: strategyActions.title })
        .from(strategyActions)
        .orderBy(strategyActions.id)
        .all()
        .map(({ id, code, title }) => ({ id, context: code, fields: { title } })),
    original: (db, id, field) =>
      field === "title"
        ? db.select({ title: strategyActions.title }).from(strategyActions).where(eq(strategyActions.id, id)).get()?.title
        : undefined,
  },
  event: {
    fields: { title: "manage.translations.field.eventTitle" },
    publicTexts: (db) =>
      db
        .select({ id: events.id, title: events.title })
        .from(events)
        .where(ne(events.status, "draft"))
        .orderBy(events.id)
        .all()
        .map(({ id, title }) => ({ id, context: `#${id}`, fields: { title } })),
    original: (db, id, field) =>
      field === "title"
        ? db
            .select({ title: events.title })
            .from(events)
            .where(and(eq(events.id, id), ne(events.status, "draft")))
            .get()?.title
        : undefined,
  },
};

export const TRANSLATABLE_KIND_LIST = Object.keys(TRANSLATABLE) as TranslatableKind[];

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
  const stored = new Map(storedFor(db, kind, lang, [...new Set(rows.map((r) => r.id))]).map((s) => [`${s.subjectId}:${s.field}`, s]));
  return rows.map((row) => {
    const copy = { ...row, untranslated: [] as F[] };
    for (const field of fields) {
      const original = row[field];
      if (typeof original !== "string" || !original) continue;
      const translation = stored.get(`${row.id}:${field}`);
      if (translation && translation.sourceText === original) (copy as Record<string, unknown>)[field] = translation.text;
      else copy.untranslated.push(field);
    }
    return copy;
  });
}

/** One text's translation into `lang`, if there is one made from the text as it stands. */
export function translationOf(kind: TranslatableKind, id: number, field: string, lang: LanguageCode, original: string, db: DbOrTx = getDb()) {
  if (lang === "en" || !original) return undefined;
  const stored = storedFor(db, kind, lang, [id]).find((s) => s.field === field);
  return stored && stored.sourceText === original ? stored.text : undefined;
}

export type NeededText = { kind: TranslatableKind; id: number; field: string; context: string; original: string; stale: boolean };

/** The public texts with no translation into `lang` made from them as they stand (none yet, or the original changed since). */
export function textsToTranslate(lang: LanguageCode, db: DbOrTx = getDb()): NeededText[] {
  return TRANSLATABLE_KIND_LIST.flatMap((kind) => {
    const stored = new Map(storedFor(db, kind, lang).map((s) => [`${s.subjectId}:${s.field}`, s]));
    return TRANSLATABLE[kind].publicTexts(db).flatMap(({ id, context, fields }) =>
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

/** Why a translation cannot be saved (a message key), or null: the text must exist, be public, and the field be one of its kind's. */
export function translationProblem(input: TranslationInput, db: DbOrTx = getDb()): string | null {
  const kind = TRANSLATABLE[input.kind];
  if (!kind || !Object.hasOwn(kind.fields, input.field)) return "manage.translations.problem.unknownField";
  if (input.lang === "en") return "manage.translations.problem.english";
  if (!kind.original(db, input.id, input.field)) return "manage.translations.problem.noOriginal";
  return null;
}

/** Saves (or replaces) a translation, made from the original as it stands now, and says who provided it. */
export function saveTranslation(input: TranslationInput, by: Provider, db: DbOrTx = getDb(), now = new Date()) {
  const original = TRANSLATABLE[input.kind].original(db, input.id, input.field) ?? "";
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
    .map(({ sourceText, ...t }) => ({ ...t, current: sourceText === TRANSLATABLE[kind].original(db, id, t.field) }));
}

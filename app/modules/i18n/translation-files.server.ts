import { parse } from "csv-parse/sync";
import { TRANSLATABLE_KINDS, type LanguageCode, type TranslatableKind } from "~db/schema";
import { getDb } from "~/db.server";
import { tellOutcomeInLanguage } from "~/modules/feedback/changes.server";
import { toCsv } from "~/utils/csv.server";
import { HIDDEN_CHARACTERS } from "~/utils/validation.server";
import { translate } from "./catalogue.server";
import { saveTranslation, textsToTranslate, translationProblem, type Provider, type TranslationInput } from "./content.server";

// The round trip with the council's translation service: a CSV of the texts a language still
// needs, and the same file back with a translation in each row, taken all or nothing.

export const TRANSLATION_CSV_HEADER = ["key", "language", "context", "original", "translation", "translated_by"];

/** The texts `lang` still needs, one row each; the translator fills in the last two columns. */
export function translationCsv(lang: LanguageCode): string {
  const rows = textsToTranslate(lang).map((t) => [`${t.kind}:${t.id}:${t.field}`, lang, t.context, t.original, "", ""]);
  return toCsv(TRANSLATION_CSV_HEADER, rows);
}

export type ImportProblem = { row: number; message: string };
export type TranslationImport = { ok: true; saved: number; blank: number } | { ok: false; problems: ImportProblem[] };

// toCsv protects cells that a spreadsheet would run as a formula with a leading quote: take it off again.
const unprotect = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/**
 * Reads a translated file. Every row must name a public text that exists, a language the area
 * translates into, and a translation that is clean text of a sensible length; a row left blank is
 * skipped. If any row has a problem nothing is saved, and every problem is listed by its row.
 */
export function importTranslations(csv: string, languages: LanguageCode[], officer: { id: string; name: string }): TranslationImport {
  let records: string[][];
  try {
    records = parse(csv.replace(/^\uFEFF/, ""), { skip_empty_lines: true, relax_column_count: true });
  } catch (error) {
    return {
      ok: false,
      problems: [
        { row: 0, message: translate("manage.translations.import.unreadable", { detail: String((error as Error).message).split("\n")[0]! }) },
      ],
    };
  }
  const header = (records[0] ?? []).map((h) => h.trim().toLowerCase());
  if (TRANSLATION_CSV_HEADER.some((column, i) => header[i] !== column))
    return {
      ok: false,
      problems: [{ row: 1, message: translate("manage.translations.import.header", { header: TRANSLATION_CSV_HEADER.join(",") }) }],
    };
  const problems: ImportProblem[] = [];
  const wanted: { input: TranslationInput; by: string }[] = [];
  let blank = 0;
  const db = getDb();
  records.slice(1).forEach((cells, i) => {
    const row = i + 2;
    const [key = "", language = "", , , rawText = "", rawBy = ""] = cells.map((cell) => unprotect(cell ?? ""));
    const text = rawText.normalize("NFC").replace(/\r\n?/g, "\n").trim();
    const by = rawBy.normalize("NFC").trim();
    if (!text) {
      blank++;
      return;
    }
    const match = /^([a-zA-Z]+):(\d{1,9}):([A-Za-z]+(?:\.[A-Za-z0-9_-]{1,20})?)$/.exec(key.trim());
    const lang = language.trim() as LanguageCode;
    if (!match || !(TRANSLATABLE_KINDS as readonly string[]).includes(match[1]!))
      return problems.push({ row, message: translate("manage.translations.import.key", { key: key.slice(0, 60) }) });
    if (!languages.includes(lang))
      return problems.push({ row, message: translate("manage.translations.import.language", { language: language.slice(0, 20) }) });
    if (HIDDEN_CHARACTERS.test(text) || HIDDEN_CHARACTERS.test(by) || by.length > 100)
      return problems.push({ row, message: translate("manage.translations.import.hidden") });
    const input = { kind: match[1] as TranslatableKind, id: Number(match[2]), field: match[3]!, lang, text };
    const problem = translationProblem(input, db);
    if (problem) return problems.push({ row, message: problem });
    if (wanted.some((w) => w.input.kind === input.kind && w.input.id === input.id && w.input.field === input.field && w.input.lang === lang))
      return problems.push({ row, message: translate("manage.translations.import.twice", { key }) });
    wanted.push({ input, by });
  });
  if (problems.length) return { ok: false, problems };
  if (!wanted.length) return { ok: false, problems: [{ row: 0, message: translate("manage.translations.import.none") }] };
  db.transaction((tx) => {
    for (const { input, by } of wanted)
      saveAndTell(input, { name: by || translate("manage.translations.importedBy", { name: officer.name }), userId: officer.id }, tx);
  });
  return { ok: true, saved: wanted.length, blank };
}

/** Saves one translation; a suggestion's outcome in a language is emailed to the people who follow it in that language. */
export function saveAndTell(input: TranslationInput, by: Provider, db = getDb()) {
  saveTranslation(input, by, db);
  if (input.kind === "suggestion" && input.field === "outcome") tellOutcomeInLanguage(db, input.id, input.lang, input.text);
}

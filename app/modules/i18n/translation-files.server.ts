import { parse } from "csv-parse/sync";
import { XMLParser } from "fast-xml-parser";
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

// XLIFF 1.2, the exchange format translation tools (Trados, memoQ, Phrase) read: one unit per
// text, its context as a note. Version 2.0 files are read back too.
const xml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);

/** The texts `lang` still needs as an XLIFF file, each unit's id the same key as the CSV's. */
export function translationXliff(lang: LanguageCode): string {
  const units = textsToTranslate(lang).map(
    (t) =>
      `      <trans-unit id="${xml(`${t.kind}:${t.id}:${t.field}`)}" xml:space="preserve">\n` +
      `        <source>${xml(t.original)}</source>\n        <target state="needs-translation"></target>\n` +
      `        <note>${xml(t.context)}</note>\n      </trans-unit>\n`,
  );
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n` +
    `  <file original="coproduce" source-language="en" target-language="${lang}" datatype="plaintext">\n    <body>\n` +
    `${units.join("")}    </body>\n  </file>\n</xliff>\n`
  );
}

/** Where a problem is: a row of a CSV (1 is the header) or a unit of an XLIFF file (its id). */
export type ImportProblem = { row?: number; unit?: string; message: string };
export type TranslationImport = { ok: true; saved: number; blank: number } | { ok: false; problems: ImportProblem[] };

/** One translation as read from a file, before it is checked. */
type Entry = { place: { row: number } | { unit: string }; key: string; language: string; text: string; by: string; markup?: true };
type Read = { ok: true; entries: Entry[] } | { ok: false; problems: ImportProblem[] };

// toCsv protects cells that a spreadsheet would run as a formula with a leading quote: take it off again.
const unprotect = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

function readCsv(csv: string): Read {
  let records: string[][];
  try {
    records = parse(csv, { skip_empty_lines: true, relax_column_count: true });
  } catch (error) {
    const detail = String((error as Error).message).split("\n")[0]!;
    return { ok: false, problems: [{ message: translate("manage.translations.import.unreadable", { detail }) }] };
  }
  const header = (records[0] ?? []).map((h) => h.trim().toLowerCase());
  if (TRANSLATION_CSV_HEADER.some((column, i) => header[i] !== column))
    return {
      ok: false,
      problems: [{ row: 1, message: translate("manage.translations.import.header", { header: TRANSLATION_CSV_HEADER.join(",") }) }],
    };
  const entries = records.slice(1).map((cells, i) => {
    const [key = "", language = "", , , text = "", by = ""] = cells.map((cell) => unprotect(cell ?? ""));
    return { place: { row: i + 2 }, key, language, text, by };
  });
  return { ok: true, entries };
}

type XmlNode = Record<string, unknown>;
const list = (value: unknown): XmlNode[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]) as XmlNode[];
/** An element's text; undefined if it holds markup (a translation tool's inline tags) rather than plain text. */
function plainText(node: unknown): string | undefined {
  if (node === undefined || node === "") return "";
  if (typeof node === "string") return node;
  if (typeof node !== "object" || node === null) return String(node);
  const { "#text": text, ...rest } = node as XmlNode;
  return Object.keys(rest).every((k) => k.startsWith("@")) ? String(text ?? "") : undefined;
}

function readXliff(file: string): Read {
  // No document type: entity definitions are how XML files blow up a parser.
  if (/<!DOCTYPE|<!ENTITY/i.test(file)) return { ok: false, problems: [{ message: translate("manage.translations.import.xliffDoctype") }] };
  let doc: XmlNode;
  try {
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "@",
      parseTagValue: false,
      trimValues: false,
      processEntities: true,
    });
    doc = parser.parse(file, true) as XmlNode;
  } catch (error) {
    const detail = String((error as Error).message).split("\n")[0]!;
    return { ok: false, problems: [{ message: translate("manage.translations.import.unreadableXliff", { detail }) }] };
  }
  const root = doc.xliff as XmlNode | undefined;
  if (!root) return { ok: false, problems: [{ message: translate("manage.translations.import.notXliff") }] };
  const entries: Entry[] = [];
  for (const f of list(root.file)) {
    // 1.2: <file target-language><body><trans-unit id><target>; 2.0: <xliff trgLang><file><unit id><segment><target>.
    const language = String(f["@target-language"] ?? root["@trgLang"] ?? "");
    const units = [...list((f.body as XmlNode | undefined)?.["trans-unit"]), ...list(f.unit)];
    for (const u of units) {
      const key = String(u["@id"] ?? "");
      const targets = u.target !== undefined ? [u.target] : list(u.segment).map((segment) => segment.target);
      const parts = targets.map(plainText);
      const markup = parts.some((part) => part === undefined) ? { markup: true as const } : {};
      entries.push({ place: { unit: key }, key, language, text: parts.join(""), by: "", ...markup });
    }
  }
  return { ok: true, entries };
}

/**
 * Reads a translated file: the CSV as downloaded, or an XLIFF file from a translation tool. Every
 * entry must name a public text that exists, a language the area translates into, and a
 * translation that is clean text of a sensible length; one left blank is skipped. If any has a
 * problem nothing is saved, and every problem is listed by its row or unit.
 */
export function importTranslations(file: string, languages: LanguageCode[], officer: { id: string; name: string }): TranslationImport {
  const text = file.replace(/^\uFEFF/, "");
  const read = /^\s*<(\?xml|xliff)\b/.test(text) ? readXliff(text) : readCsv(text);
  if (!read.ok) return read;
  const problems: ImportProblem[] = [];
  const wanted: { input: TranslationInput; by: string }[] = [];
  let blank = 0;
  const db = getDb();
  for (const entry of read.entries) {
    const problem = (message: string) => problems.push({ ...entry.place, message });
    const translation = entry.text.normalize("NFC").replace(/\r\n?/g, "\n").trim();
    const by = entry.by.normalize("NFC").trim();
    if (entry.markup) {
      problem(translate("manage.translations.import.markup"));
      continue;
    }
    if (!translation) {
      blank++;
      continue;
    }
    const match = /^([a-zA-Z]+):(\d{1,9}):([A-Za-z]+(?:\.[A-Za-z0-9_-]{1,20})?)$/.exec(entry.key.trim());
    const lang = entry.language.trim() as LanguageCode;
    if (!match || !(TRANSLATABLE_KINDS as readonly string[]).includes(match[1]!)) {
      problem(translate("manage.translations.import.key", { key: entry.key.slice(0, 60) }));
      continue;
    }
    if (!languages.includes(lang)) {
      problem(translate("manage.translations.import.language", { language: entry.language.slice(0, 20) }));
      continue;
    }
    if (HIDDEN_CHARACTERS.test(translation) || HIDDEN_CHARACTERS.test(by) || by.length > 100) {
      problem(translate("manage.translations.import.hidden"));
      continue;
    }
    const input = { kind: match[1] as TranslatableKind, id: Number(match[2]), field: match[3]!, lang, text: translation };
    const refused = translationProblem(input, db);
    if (refused) {
      problem(refused);
      continue;
    }
    if (wanted.some((w) => w.input.kind === input.kind && w.input.id === input.id && w.input.field === input.field && w.input.lang === lang)) {
      problem(translate("manage.translations.import.twice", { key: entry.key }));
      continue;
    }
    wanted.push({ input, by });
  }
  if (problems.length) return { ok: false, problems };
  if (!wanted.length) return { ok: false, problems: [{ message: translate("manage.translations.import.none") }] };
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

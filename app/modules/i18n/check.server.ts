import fs from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { CATALOGUE_SCOPE, INTERFACE_LANGUAGE_CODES, LANGUAGES, type Language } from "./languages";
import { sourceCatalogue } from "./catalogue.server";

// Checks the catalogues against each other and against the code: what a language still lacks in
// its scope, keys no code uses, keys the code uses that English lacks, and messages that do not
// parse or that drop a value English has (a translation that loses "{reference}" loses the reference).

const SOURCE_DIRS = ["app", "emails"];

function sourceFiles(root: string): string[] {
  return SOURCE_DIRS.flatMap((dir) =>
    fs.readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" }).map((f) => path.join(root, dir, f)),
  ).filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f));
}

// Every quoted string that looks like a key ("area.name", "a.b.c"): keys live in maps as well as in t() calls.
const QUOTED_KEY = /["']([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)+)["']/g;
// The first argument of t(), translate(), rich() and metaText(): these must be in the catalogue.
const CALLED_KEY = /\b(?:t|translate|rich|metaText)\(\s*["']([^"']+)["']/g;

function inScope(lang: Language, key: string): boolean {
  const scope = CATALOGUE_SCOPE[lang];
  return "complete" in scope || !scope.except.some((prefix) => key.startsWith(prefix));
}

/** The names of the values a message takes ({name}, {count, plural, …}, <tag>). */
function argumentsOf(message: string, lang: Language): Set<string> {
  const names = new Set<string>();
  const walk = (elements: ReturnType<IntlMessageFormat["getAst"]>) => {
    for (const element of elements) {
      if ("value" in element && typeof element.value === "string" && element.type !== 0) names.add(element.value);
      if ("children" in element) walk(element.children);
      if ("options" in element) for (const option of Object.values(element.options)) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, LANGUAGES[lang].htmlLang).getAst());
  return names;
}

export type CatalogueReport = {
  missing: Record<Language, string[]>;
  unused: string[];
  undefinedInCode: { key: string; file: string }[];
  broken: { lang: Language; key: string; problem: string }[];
};

export function checkCatalogues(root = process.cwd()): CatalogueReport {
  const english = sourceCatalogue("en");
  const mentioned = new Set<string>();
  const undefinedInCode: CatalogueReport["undefinedInCode"] = [];
  for (const file of sourceFiles(root)) {
    const text = fs.readFileSync(file, "utf8");
    for (const [, key] of text.matchAll(QUOTED_KEY)) mentioned.add(key!);
    for (const [, key] of text.matchAll(CALLED_KEY))
      if (!Object.hasOwn(english, key!)) undefinedInCode.push({ key: key!, file: path.relative(root, file) });
  }
  const missing = Object.fromEntries(
    INTERFACE_LANGUAGE_CODES.map((lang) => [
      lang,
      Object.keys(english).filter((key) => inScope(lang, key) && !Object.hasOwn(sourceCatalogue(lang), key)),
    ]),
  ) as Record<Language, string[]>;
  const broken: CatalogueReport["broken"] = [];
  for (const lang of INTERFACE_LANGUAGE_CODES) {
    for (const [key, message] of Object.entries(sourceCatalogue(lang))) {
      if (!Object.hasOwn(english, key)) {
        broken.push({ lang, key, problem: "not in the English catalogue" });
        continue;
      }
      try {
        const wanted = argumentsOf(english[key]!, "en");
        const given = argumentsOf(message, lang);
        const lost = [...wanted].filter((name) => !given.has(name));
        if (lost.length) broken.push({ lang, key, problem: `leaves out ${lost.map((name) => `{${name}}`).join(", ")}` });
      } catch (error) {
        broken.push({ lang, key, problem: `does not parse: ${(error as Error).message}` });
      }
    }
  }
  return { missing, unused: Object.keys(english).filter((key) => !mentioned.has(key)), undefinedInCode, broken };
}

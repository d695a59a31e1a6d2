// Lists what each language's catalogue lacks, keys no code uses, keys the code uses that are not
// in the catalogue, and translations that do not parse or drop a value. Exits 1 if any.
// Run with `npm run i18n:check`; a translator works through the "missing" list for their language.
import { checkCatalogues } from "~/modules/i18n/check.server";

const report = checkCatalogues();
let problems = 0;
const list = (title: string, lines: string[]) => {
  console.log(`${title}: ${lines.length ? lines.length : "none"}`);
  for (const line of lines) console.log(`  ${line}`);
  problems += lines.length;
};
for (const [lang, keys] of Object.entries(report.missing)) list(`Missing in ${lang}`, keys);
list("Unused keys", report.unused);
list(
  "Used in code but not in the English catalogue",
  report.undefinedInCode.map(({ key, file }) => `${key} (${file})`),
);
list(
  "Translations with problems",
  report.broken.map(({ lang, key, problem }) => `${lang} ${key}: ${problem}`),
);
process.exit(problems ? 1 : 0);

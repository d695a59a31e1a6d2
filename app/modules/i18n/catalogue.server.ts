import crypto from "node:crypto";
import type { IntlMessageFormat } from "intl-messageformat";
import { requestStore } from "~/modules/privacy/actor.server";
import cy from "../../../public/locales/cy.json";
import en from "../../../public/locales/en.json";
import ur from "../../../public/locales/ur.json";
import { DEFAULT_LANGUAGE, INTERFACE_LANGUAGE_CODES, interfaceLanguage, type Language, type LanguageCode } from "./languages";
import { makeTranslator, type Messages, type Translator } from "./translate";

// The message catalogues: one JSON file per language, a flat map from key to an ICU message, in
// public/locales/ (where Remix apps keep them). English is the source and is complete; a key
// another language lacks is shown in English (`npm run i18n:check` lists them; a test fails when
// Welsh, or Urdu on the pages a family uses, lacks one).

const CATALOGUES: Record<Language, Messages> = { en, cy, ur };

/** A language's messages with English filling its gaps. */
const merged = Object.fromEntries(INTERFACE_LANGUAGE_CODES.map((lang) => [lang, { ...CATALOGUES.en, ...CATALOGUES[lang] }])) as Record<
  Language,
  Messages
>;

/** Changes whenever a catalogue does: the browser keeps a catalogue it fetched for as long as this is the same. */
export const catalogueVersion = crypto.createHash("sha1").update(JSON.stringify(merged)).digest("base64url").slice(0, 10);

export function catalogue(lang: Language): Messages {
  return merged[lang];
}

export function sourceCatalogue(lang: Language): Messages {
  return CATALOGUES[lang];
}

// Parsed messages are kept per language: a page formats the same few hundred on every request.
const caches = Object.fromEntries(INTERFACE_LANGUAGE_CODES.map((lang) => [lang, new Map<string, IntlMessageFormat>()])) as Record<
  Language,
  Map<string, IntlMessageFormat>
>;

function unknownKey(key: string): string {
  throw new Error(`No message "${key}" in the catalogue`);
}

const translators = Object.fromEntries(
  INTERFACE_LANGUAGE_CODES.map((lang) => [lang, makeTranslator(lang, merged[lang], unknownKey, caches[lang])]),
) as Record<Language, Translator>;

/** The translator for someone reading `lang`: its interface's (English around texts translated into Polish, say). */
export function translatorFor(lang: LanguageCode): Translator {
  return translators[interfaceLanguage(lang)];
}

/** The language the visitor reads (app/server.ts chose it), or English outside a request. */
export function requestLanguage(): LanguageCode {
  return requestStore.getStore()?.lang ?? DEFAULT_LANGUAGE;
}

/** The message in the interface's language of the request being answered: for validation messages and other server-made text. */
export function translate(key: string, values?: Parameters<Translator["t"]>[1]): string {
  return translatorFor(requestLanguage()).t(key, values);
}

/**
 * A translator for one page's render that notes which keys it used: the page sends those messages to
 * the browser, which needs them to hydrate, and fetches the rest of the catalogue only when it needs it.
 */
export function renderTranslator(lang: Language) {
  const used = new Set<string>();
  const translator = translators[lang];
  return {
    translator: {
      lang,
      t: (key, values) => (used.add(key), translator.t(key, values)),
      rich: (key, values) => (used.add(key), translator.rich(key, values)),
    } satisfies Translator,
    usedMessages: (): Messages => Object.fromEntries([...used].sort().map((key) => [key, merged[lang][key]!])),
  };
}

import { INTERFACE_LANGUAGE_CODES, type LanguageCode } from "~db/schema/enums";

// The languages people read in. Client-safe: the switcher and the page's lang and dir read it.
// The interface (pages, emails, messages) is in the first three; in the others only what the area
// writes for the public is translated, and pages around it are in English.

export const LANGUAGES = {
  en: { name: "English", htmlLang: "en-GB", dir: "ltr" },
  cy: { name: "Cymraeg", htmlLang: "cy", dir: "ltr" },
  ur: { name: "اردو", htmlLang: "ur", dir: "rtl" },
  pl: { name: "Polski", htmlLang: "pl", dir: "ltr" },
  pa: { name: "ਪੰਜਾਬੀ", htmlLang: "pa", dir: "ltr" },
  bn: { name: "বাংলা", htmlLang: "bn", dir: "ltr" },
  ar: { name: "العربية", htmlLang: "ar", dir: "rtl" },
} as const satisfies Record<LanguageCode, { name: string; htmlLang: string; dir: "ltr" | "rtl" }>;

/** Message keys: each language's name in the interface's languages ("Polish", "Pwyleg"). */
export const LANGUAGE_NAME_KEYS: Record<LanguageCode, string> = {
  en: "languages.name.en",
  cy: "languages.name.cy",
  ur: "languages.name.ur",
  pl: "languages.name.pl",
  pa: "languages.name.pa",
  bn: "languages.name.bn",
  ar: "languages.name.ar",
};

/** A language the interface is written in: the message catalogue has it. */
export type Language = (typeof INTERFACE_LANGUAGE_CODES)[number];
export { INTERFACE_LANGUAGE_CODES, LANGUAGE_CODES } from "~db/schema/enums";
export type { LanguageCode };
export const DEFAULT_LANGUAGE: Language = "en";

/** The cookie that remembers a visitor's choice (and a member's, set from their account at sign-in). */
export const LANGUAGE_COOKIE = "lang";

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (INTERFACE_LANGUAGE_CODES as readonly string[]).includes(value);
}

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === "string" && Object.hasOwn(LANGUAGES, value);
}

/** The interface's language for someone reading `lang`: itself, or English around a translated text. */
export function interfaceLanguage(lang: LanguageCode): Language {
  return isLanguage(lang) ? lang : DEFAULT_LANGUAGE;
}

/**
 * What each language must translate. English is the source; Welsh is complete. Urdu covers what a
 * family uses without an account: every key except those of staff pages and staff emails, accounts,
 * admin and members' pages (groups, document reviews), which keep their keys under these prefixes.
 */
export const CATALOGUE_SCOPE: Record<Language, { complete: true } | { except: string[] }> = {
  en: { complete: true },
  cy: { complete: true },
  ur: {
    except: [
      "manage.",
      "triage.",
      "told.",
      "paper.",
      "admin.",
      "picker.",
      "editor.",
      "personData.",
      "topics.",
      "mailbox.",
      "strategyAdmin.",
      "charterAdmin.",
      "evidence.",
      "settings.",
      "twoFactor.",
      "sso.",
      "safeguarding.",
      "audit.",
      "requests.",
      "signOff.",
      "concerns.",
      "data.",
      "readability.",
      "export.",
      "toldUsAdmin.",
      "themes.",
      "account.",
      "auth.",
      "groups.",
      "email.group",
      "reviews.",
      "email.review",
      "email.safeguarding",
      "forum.",
      "letters.",
      // Letters are printed in English or Welsh: a PDF here cannot set Urdu's script (modules/feedback/letters.server.ts).
      "letter.",
    ],
  },
};

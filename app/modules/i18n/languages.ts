import type { LanguageCode } from "~db/schema/enums";

// The languages of the interface. Client-safe: the switcher and the page's lang and dir read it.

export const LANGUAGES = {
  en: { name: "English", htmlLang: "en-GB", dir: "ltr" },
  cy: { name: "Cymraeg", htmlLang: "cy", dir: "ltr" },
  ur: { name: "اردو", htmlLang: "ur", dir: "rtl" },
} as const satisfies Record<LanguageCode, { name: string; htmlLang: string; dir: "ltr" | "rtl" }>;

export type Language = keyof typeof LANGUAGES;
export { LANGUAGE_CODES } from "~db/schema/enums";
export const DEFAULT_LANGUAGE: Language = "en";

/** The cookie that remembers a visitor's choice (and a member's, set from their account at sign-in). */
export const LANGUAGE_COOKIE = "lang";

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && Object.hasOwn(LANGUAGES, value);
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
    ],
  },
};

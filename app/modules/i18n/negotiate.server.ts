import Negotiator from "negotiator";
import { DEFAULT_LANGUAGE, INTERFACE_LANGUAGE_CODES, isLanguageCode, LANGUAGE_COOKIE, type LanguageCode } from "./languages";

// Which language a request is answered in: one asked for in the address (the switcher's links and
// the hreflang alternates), then the one remembered in the cookie, then the browser's preference.
// The interface's languages are always offered; the others only where the area translates into them.

export type LanguageRequest = { url: string; cookie?: string | null; acceptLanguage?: string | null };

export function languageAsked(url: string): LanguageCode | undefined {
  const query = url.indexOf("?");
  if (query < 0) return undefined;
  const asked = new URLSearchParams(url.slice(query + 1)).get("lang");
  return isLanguageCode(asked) ? asked : undefined;
}

export function languageRemembered(cookie: string | null | undefined): LanguageCode | undefined {
  const match = cookie?.match(new RegExp(`(?:^|;\\s*)${LANGUAGE_COOKIE}=([a-z]{2})(?:;|$)`));
  return isLanguageCode(match?.[1]) ? match[1] : undefined;
}

/** The languages a visitor can choose: the interface's, and the area's content languages. */
export function languagesOffered(contentLanguages: readonly LanguageCode[]): LanguageCode[] {
  return [...new Set<LanguageCode>([...INTERFACE_LANGUAGE_CODES, ...contentLanguages])];
}

export function languageFor(request: LanguageRequest, offered: readonly LanguageCode[] = INTERFACE_LANGUAGE_CODES): LanguageCode {
  const isOffered = (lang: LanguageCode | undefined): lang is LanguageCode => lang !== undefined && offered.includes(lang);
  const asked = languageAsked(request.url);
  if (isOffered(asked)) return asked;
  const remembered = languageRemembered(request.cookie);
  if (isOffered(remembered)) return remembered;
  const preferred = new Negotiator({ headers: { "accept-language": request.acceptLanguage ?? undefined } }).language([...offered]);
  return isOffered(preferred as LanguageCode) ? (preferred as LanguageCode) : DEFAULT_LANGUAGE;
}

/** Remembers a choice for a year, for every page of the site. */
export function languageCookie(lang: LanguageCode, secure: boolean): string {
  return `${LANGUAGE_COOKIE}=${lang}; Path=/; Max-Age=31536000; SameSite=Lax${secure ? "; Secure" : ""}`;
}

import Negotiator from "negotiator";
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGE_CODES, LANGUAGE_COOKIE, type Language } from "./languages";

// Which language a request is answered in: one asked for in the address (the switcher's links and
// the hreflang alternates), then the one remembered in the cookie, then the browser's preference.

export type LanguageRequest = { url: string; cookie?: string | null; acceptLanguage?: string | null };

export function languageAsked(url: string): Language | undefined {
  const query = url.indexOf("?");
  if (query < 0) return undefined;
  const asked = new URLSearchParams(url.slice(query + 1)).get("lang");
  return isLanguage(asked) ? asked : undefined;
}

export function languageRemembered(cookie: string | null | undefined): Language | undefined {
  const match = cookie?.match(new RegExp(`(?:^|;\\s*)${LANGUAGE_COOKIE}=([a-z]{2})(?:;|$)`));
  return isLanguage(match?.[1]) ? match[1] : undefined;
}

export function languageFor(request: LanguageRequest): Language {
  const chosen = languageAsked(request.url) ?? languageRemembered(request.cookie);
  if (chosen) return chosen;
  const preferred = new Negotiator({ headers: { "accept-language": request.acceptLanguage ?? undefined } }).language(LANGUAGE_CODES);
  return isLanguage(preferred) ? preferred : DEFAULT_LANGUAGE;
}

/** Remembers a choice for a year, for every page of the site. */
export function languageCookie(lang: Language, secure: boolean): string {
  return `${LANGUAGE_COOKIE}=${lang}; Path=/; Max-Age=31536000; SameSite=Lax${secure ? "; Secure" : ""}`;
}

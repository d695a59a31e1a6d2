import { Link, useRouteLoaderData } from "@remix-run/react";
import { createContext, useContext, type ReactNode } from "react";
import { LANGUAGE_NAME_KEYS, LANGUAGES, type Language, type LanguageCode } from "~/modules/i18n/languages";
import { makeTranslator, type Messages, type Translator } from "~/modules/i18n/translate";

// The page's translator, given by entry.server (the whole catalogue, noting what it used) and by
// entry.client (the messages the page was rendered with, then the whole catalogue when needed).

type I18nValue = { translator: Translator; pageMessages?: () => PageMessages };

// Route `meta` functions are not components and cannot use hooks: they use the page's translator,
// set here before a render (on the server renderToString runs in one synchronous pass, so no other
// request's render can interleave) and once in the browser.
let pageTranslator: Translator | null = null;
export function setPageTranslator(translator: Translator) {
  pageTranslator = translator;
}

/** A page's title (or other meta text) in the page's language, for route `meta` functions. */
export function metaText(key: string, values?: Parameters<Translator["t"]>[1]): string {
  if (!pageTranslator) throw new Error("metaText() before setPageTranslator()");
  return pageTranslator.t(key, values);
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children, ...value }: I18nValue & { children: ReactNode }) {
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useT() outside I18nProvider");
  return value;
}

export function useT(): Translator {
  return useI18n().translator;
}

export function useLanguage() {
  const { lang } = useT();
  return { lang, ...LANGUAGES[lang] };
}

/** The language the visitor reads what the area writes in: the interface's, or one it has no pages in (Polish, say). */
export function useReadingLanguage(): LanguageCode {
  const root = useRouteLoaderData("root") as { lang?: LanguageCode } | undefined;
  const page = useT().lang;
  return root?.lang ?? page;
}

/** "Polish", in the page's language. */
export function languageName(t: Translator["t"], lang: LanguageCode): string {
  return t(LANGUAGE_NAME_KEYS[lang]);
}

/** What the browser starts with, in the page: the language, the catalogue's version and the messages used. */
export type PageMessages = { lang: Language; version: string; messages: Messages };

const PAGE_MESSAGES_ID = "page-messages";
let pageMessagesAtStart = "";

/**
 * The messages this page was rendered with, for the browser to hydrate with. Rendered last in the
 * body, so on the server every message above it has already been used (renderToString goes in order).
 */
export function PageMessagesScript() {
  const { pageMessages } = useI18n();
  // In the browser the element is already there; React keeps it as it is.
  const json = pageMessages ? JSON.stringify(pageMessages()).replace(/</g, "\\u003c") : pageMessagesAtStart;
  return <script type="application/json" id={PAGE_MESSAGES_ID} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: json }} />;
}

/**
 * The browser's translator: the page's own messages at first; a message it does not have (a page
 * reached by a link, a part shown after a click) waits for the whole catalogue, fetched once (the
 * render suspends, so the page changes only when it can be shown in full).
 */
export function browserTranslator(): Translator {
  const element = document.getElementById(PAGE_MESSAGES_ID);
  pageMessagesAtStart = element?.textContent || "{}";
  const page = { lang: "en", version: "", messages: {}, ...(JSON.parse(pageMessagesAtStart) as Partial<PageMessages>) } as PageMessages;
  const messages: Messages = { ...page.messages };
  let whole: Promise<void> | null = null;
  let unreachable = false;
  const fetchWhole = () =>
    (whole ??= fetch(`/i18n/${page.lang}?v=${page.version}`)
      .then((response) => (response.ok ? (response.json() as Promise<Messages>) : Promise.reject(new Error(String(response.status)))))
      .then((all) => void Object.assign(messages, all))
      // Offline or failing: the page shows the message's key rather than waiting for ever.
      .catch(() => void (unreachable = true)));
  const translator = makeTranslator(page.lang, messages, (key) => {
    if (Object.hasOwn(messages, key)) return messages[key]!;
    if (unreachable) return key;
    throw fetchWhole();
  });
  // Fetched when the browser is idle, so following a link seldom waits for it.
  const idle = window.requestIdleCallback ?? ((work: () => void) => window.setTimeout(work, 2000));
  idle(() => void fetchWhole());
  return translator;
}

/**
 * Words officers wrote, as the visitor reads them: a translation, or the English where there is none
 * yet. Marked with their language where it is not the page's, for screen readers (a Polish translation
 * on a page in English, an English original on a page in Welsh).
 */
export function Written({ english, children, html }: { english: boolean; children?: ReactNode; html?: string }) {
  const reads = useReadingLanguage();
  const marked = useWrittenIn(english ? "en" : reads);
  // Rich text comes as safe HTML from modules/richtext: a block of its own.
  if (html !== undefined) return <div {...marked} dangerouslySetInnerHTML={{ __html: html }} />;
  return marked.lang ? <span {...marked}>{children}</span> : <>{children}</>;
}

/** The `lang` and `dir` to put on words in `lang`, or nothing where they are the page's own language. */
export function useWrittenIn(lang: LanguageCode): { lang?: string; dir?: "ltr" | "rtl" } {
  const page = useT().lang;
  return lang === page ? {} : { lang: LANGUAGES[lang].htmlLang, dir: LANGUAGES[lang].dir };
}

/** "Not translated into Polish yet", in the visitor's language, beside words shown in English. */
export function NotTranslatedNote({ show }: { show: boolean }) {
  const { t } = useT();
  const reads = useReadingLanguage();
  if (!show) return null;
  return <p className="govuk-body-s app-not-translated">{t("content.notTranslated", { language: languageName(t, reads) })}</p>;
}

/** A link around the <link>…</link> part of a rich message: `{ link: linkPart("/privacy") }`. */
export function linkPart(to: string) {
  return function LinkPart(parts: ReactNode[]) {
    return (
      <Link className="govuk-link" to={to}>
        {parts}
      </Link>
    );
  };
}

import { IntlMessageFormat, type PrimitiveType } from "intl-messageformat";
import { createElement, Fragment, type ReactNode } from "react";
import { LANGUAGES, type Language } from "./languages";

// Messages are ICU MessageFormat strings (plural, select, {name} values, <tag>rich</tag> parts),
// formatted by FormatJS's intl-messageformat with the language's own plural rules. The same code
// runs on the server and in the browser; only where the messages come from differs.

export type Messages = Record<string, string>;
export type MessageValues = Record<string, PrimitiveType | Date>;
export type RichValues = Record<string, PrimitiveType | Date | ReactNode | ((parts: ReactNode[]) => ReactNode)>;

export type Translator = {
  lang: Language;
  /** The message as plain text. */
  t(key: string, values?: MessageValues): string;
  /** The message with parts given as React elements, such as a link inside a sentence. */
  rich(key: string, values: RichValues): ReactNode;
};

/** Asked for a key the messages do not hold: return a message to use, or throw (the browser waits for the catalogue). */
export type MissingMessage = (key: string) => string;

export function makeTranslator(
  lang: Language,
  messages: Messages,
  missing: MissingMessage,
  cache = new Map<string, IntlMessageFormat>(),
): Translator {
  const locale = LANGUAGES[lang].htmlLang;
  const formatOf = (key: string) => {
    let format = cache.get(key);
    if (!format) {
      format = new IntlMessageFormat(Object.hasOwn(messages, key) ? messages[key]! : missing(key), locale);
      cache.set(key, format);
    }
    return format;
  };
  return {
    lang,
    t: (key, values) => String(formatOf(key).format(values)),
    rich: (key, values) => {
      const parts = formatOf(key).format<ReactNode>(values as Record<string, ReactNode>);
      // As children of one fragment, the parts need no keys.
      return Array.isArray(parts) ? createElement(Fragment, null, ...(parts as ReactNode[])) : parts;
    },
  };
}

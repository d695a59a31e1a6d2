// What may never reach a log line: contact details, names and words people typed, and secrets.
// Log lines carry route patterns, ids, counts and codes; these patterns are the net under that rule,
// for text we do not write ourselves (an error's message from a library, say).

const EMAIL = /[^\s@<>"'(),;:]+@[^\s@<>"'(),;:]+\.[^\s@<>"'(),;:]+/g;
// A phone number: seven or more digits, allowing spaces, dashes, dots and brackets between them.
const PHONE = /\+?\(?\d(?:[\s().-]{0,2}\d){6,}/g;
// Tokens in links and cookies: long runs of letters, digits, - and _ with at least one digit.
const TOKEN = /\b(?=[A-Za-z_-]*\d)[A-Za-z0-9_-]{20,}\b/g;
// Anything in quotes may be what someone typed (SQLite quotes values in its messages); an
// apostrophe inside a word ("can't") opens no quote.
const QUOTED = /(?<![A-Za-z])(["'`])(?:(?!\1).){1,500}\1(?![A-Za-z])/g;

/** The text with contact details, tokens and quoted values replaced by what they were. */
export function scrub(text: string): string {
  return text.replace(EMAIL, "[email]").replace(TOKEN, "[token]").replace(PHONE, "[number]").replace(QUOTED, "[quoted]");
}

/** An error as a log line may hold it: its kind, scrubbed message and stack, and code. */
export function safeError(error: unknown): { type: string; message: string; stack?: string; code?: string } {
  if (!(error instanceof Error)) return { type: typeof error, message: scrub(String(error)).slice(0, 500) };
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    message: scrub(error.message).slice(0, 500),
    stack: error.stack ? scrub(error.stack).slice(0, 4000) : undefined,
    code: typeof code === "string" ? code : undefined,
  };
}

import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";

// A reading-age estimate for text officers write for the public: the Flesch–Kincaid grade
// (wooorm's flesch-kincaid, syllables counted by his syllable package) plus five, the usual
// way a US grade becomes a UK reading age. Shared with the browser, so it holds no server code.

export const EASY_READ_TARGET_AGE = 9;

export type Readability = { age: number; words: number; sentences: number };

export function readability(text: string): Readability | null {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (!words.length) return null;
  // A line break ends a sentence too: easy read is often written one sentence per line.
  const sentences = text.split(/[.!?]+(?=\s|$)|\n+/).filter((part) => /[\p{L}\p{N}]/u.test(part)).length || 1;
  const syllables = words.reduce((n, word) => n + Math.max(1, syllable(word)), 0);
  const grade = fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables });
  return { age: Math.max(5, Math.round(grade + 5)), words: words.length, sentences };
}

/** "Reading age about 8 (12 words in 2 sentences)", or a prompt when there is no text yet. */
export function describeReadability(text: string, t: (key: string, values?: Record<string, number>) => string): string {
  const r = readability(text);
  if (!r) return t("readability.empty");
  return t("readability.age", { age: r.age, words: r.words, sentences: r.sentences });
}

import { stemmer } from "stemmer";
import { eng, removeStopwords } from "stopword";

// How alike two things people said are, from their words: the one measure behind suggested
// groupings, the "similar suggestions" hint for officers and "others have said something like
// this" on the Tell us form. English words are cut to their stems (Porter, from `stemmer`) with
// common words left out (`stopword`), then weighted by how rare they are (TF-IDF), and compared
// by the angle between them (cosine). Other languages fall back to their plain words.

const segmenter = new Intl.Segmenter("en", { granularity: "word" });

// Words that are everywhere in what families tell a SEND service, so they say nothing about which
// things belong together, on top of the library's list of common English words.
const ALSO_COMMON = [
  ...["really", "need", "needs", "get", "got", "would", "could", "also", "lot", "like", "just", "one", "much"],
  ...["want", "let", "please", "instead", "every", "still", "make", "know", "tell", "told"],
];
const STOP_WORDS = [...eng, ...ALSO_COMMON];

/** The words that carry meaning, as they are compared: stems for English, plain words otherwise. */
export function terms(text: string, language = "en"): string[] {
  const words: string[] = [];
  for (const part of segmenter.segment(text.toLowerCase().normalize("NFKC"))) {
    if (part.isWordLike && /\p{L}/u.test(part.segment) && part.segment.length > 2) words.push(part.segment.replace(/['’]s$/u, ""));
  }
  if (language !== "en") return words;
  return removeStopwords(words, STOP_WORDS).map(stemmer);
}

/** A text as weighted terms, scaled to length 1 so the dot product of two is their cosine. */
export type Vector = Map<string, number>;

export type Corpus = {
  /** How many texts each term appears in. */
  documentFrequency: Map<string, number>;
  size: number;
};

export function corpusOf(termLists: string[][]): Corpus {
  const documentFrequency = new Map<string, number>();
  for (const list of termLists) for (const term of new Set(list)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  return { documentFrequency, size: termLists.length };
}

/** TF-IDF: a term counts for more the more often it is said here and the fewer texts say it. */
export function vectorOf(termList: string[], corpus: Corpus): Vector {
  const counts = new Map<string, number>();
  for (const term of termList) counts.set(term, (counts.get(term) ?? 0) + 1);
  const vector: Vector = new Map();
  let length = 0;
  for (const [term, n] of counts) {
    const df = corpus.documentFrequency.get(term) ?? 0;
    const weight = (1 + Math.log(n)) * Math.log((corpus.size + 1) / (df + 1) + 1);
    vector.set(term, weight);
    length += weight * weight;
  }
  length = Math.sqrt(length);
  if (length > 0) for (const [term, weight] of vector) vector.set(term, weight / length);
  return vector;
}

/** 0 for nothing in common, 1 for the same words in the same proportions. */
export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) dot += weight * (large.get(term) ?? 0);
  return dot;
}

/** Texts made ready to compare with any new text: their weighted terms, and how common each term is. */
export type Index<T> = { corpus: Corpus; entries: { item: T; vector: Vector }[]; language: string };

export function indexOf<T extends { text: string }>(items: T[], language = "en"): Index<T> {
  const lists = items.map((item) => terms(item.text, language));
  const corpus = corpusOf(lists);
  return { corpus, language, entries: items.map((item, i) => ({ item, vector: vectorOf(lists[i]!, corpus) })) };
}

/** The indexed texts most alike to a text, best first, above a level that reads as "alike". */
export function nearest<T>(index: Index<T>, text: string, { least = 0.2, most = 5 } = {}): { item: T; score: number }[] {
  const mine = vectorOf(terms(text, index.language), index.corpus);
  if (!mine.size) return [];
  return index.entries
    .map(({ item, vector }) => ({ item, score: cosine(mine, vector) }))
    .filter((c) => c.score >= least)
    .sort((a, b) => b.score - a.score)
    .slice(0, most);
}

/** The most alike of a few candidates to a text, best first. */
export function mostAlike<T extends { text: string }>(
  text: string,
  candidates: T[],
  opts: { least?: number; most?: number; language?: string } = {},
) {
  return nearest(indexOf(candidates, opts.language), text, opts).map(({ item, score }) => ({ candidate: item, score }));
}

/** For naming a group: the word people wrote most often for each stem ("therapi" → "therapy"). */
export function surfaceWords(texts: string[], language = "en"): Map<string, string> {
  const seen = new Map<string, Map<string, number>>();
  for (const text of texts) {
    for (const part of segmenter.segment(text.toLowerCase().normalize("NFKC"))) {
      if (!part.isWordLike || part.segment.length <= 2) continue;
      const word = part.segment.replace(/['’]s$/u, "");
      const term = language === "en" ? stemmer(word) : word;
      const forms = seen.get(term) ?? new Map<string, number>();
      forms.set(word, (forms.get(word) ?? 0) + 1);
      seen.set(term, forms);
    }
  }
  const best = new Map<string, string>();
  for (const [term, forms] of seen) best.set(term, [...forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]);
  return best;
}

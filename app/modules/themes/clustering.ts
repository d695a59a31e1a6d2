import { corpusOf, cosine, vectorOf, type Vector } from "./words";

// Groups of texts that say alike things, for an officer to accept as themes or not. One pass
// puts each text with the group whose middle it is most like (if alike enough) or starts a group;
// a second pass moves each text to the group it is now most like. Groups are found through the
// terms they hold, so a text is compared only with groups that share a word with it: 20,000 texts
// take a few seconds, not the hours of comparing every pair.

export type Group = {
  /** Indexes of the texts, the most typical first. */
  members: number[];
  /** The group's terms, most telling first. */
  words: string[];
};

type Centre = { sum: Map<string, number>; lengthSquared: number; members: number[] };

const ALIKE = 0.3;

function vectorsOf(termLists: string[][]): Vector[] {
  const corpus = corpusOf(termLists);
  // A term in one text cannot join two; a term in most texts cannot tell them apart.
  const common = termLists.length >= 20 ? termLists.length * 0.5 : Infinity;
  const telling = (t: string) => {
    const df = corpus.documentFrequency.get(t) ?? 0;
    return df >= 2 && df <= common;
  };
  return termLists.map((list) => vectorOf(list.filter(telling), corpus));
}

/** The centre each text is most like, if any is alike enough, by the terms they share. */
function nearest(vector: Vector, centres: Centre[], holding: Map<string, number[]>): { centre: number; score: number } | undefined {
  const dots = new Map<number, number>();
  for (const [term, weight] of vector) {
    for (const c of holding.get(term) ?? []) dots.set(c, (dots.get(c) ?? 0) + weight * centres[c]!.sum.get(term)!);
  }
  let best: { centre: number; score: number } | undefined;
  for (const [c, dot] of dots) {
    const score = dot / Math.sqrt(centres[c]!.lengthSquared);
    if (score >= ALIKE && (!best || score > best.score)) best = { centre: c, score };
  }
  return best;
}

function add(centres: Centre[], holding: Map<string, number[]>, c: number, vector: Vector, index: number) {
  const centre = centres[c]!;
  let dot = 0;
  for (const [term, weight] of vector) {
    const had = centre.sum.get(term);
    if (had === undefined) {
      centre.sum.set(term, weight);
      const list = holding.get(term);
      if (list) list.push(c);
      else holding.set(term, [c]);
    } else {
      dot += had * weight;
      centre.sum.set(term, had + weight);
    }
  }
  centre.lengthSquared += 2 * dot + 1;
  centre.members.push(index);
}

function gather(vectors: Vector[], order: number[], fixed?: Centre[]): Centre[] {
  const centres: Centre[] = [];
  const holding = new Map<string, number[]>();
  if (fixed) {
    // The second pass: compare with the first pass's centres, unchanged as texts are placed.
    fixed.forEach((f) => {
      const c = centres.push({ sum: new Map(), lengthSquared: 0, members: [] }) - 1;
      for (const term of f.sum.keys()) {
        const list = holding.get(term);
        if (list) list.push(c);
        else holding.set(term, [c]);
      }
    });
    const placed = order.map((i) => nearest(vectors[i]!, fixed, holding));
    order.forEach((i, n) => {
      const to = placed[n];
      if (to) centres[to.centre]!.members.push(i);
    });
    return centres;
  }
  for (const i of order) {
    const vector = vectors[i]!;
    if (!vector.size) continue;
    const to = nearest(vector, centres, holding);
    const c = to ? to.centre : centres.push({ sum: new Map(), lengthSquared: 0, members: [] }) - 1;
    add(centres, holding, c, vector, i);
  }
  return centres;
}

/** The average of some texts, scaled to length 1. */
function middleOf(vectors: Vector[], members: number[]): Vector {
  const sum = new Map<string, number>();
  for (const i of members) for (const [term, weight] of vectors[i]!) sum.set(term, (sum.get(term) ?? 0) + weight);
  const length = Math.sqrt([...sum.values()].reduce((n, w) => n + w * w, 0)) || 1;
  return new Map([...sum].map(([t, w]) => [t, w / length]));
}

function describe(vectors: Vector[], members: number[], most: number): Group {
  const middle = middleOf(vectors, members);
  return {
    members: members
      .map((i) => ({ i, score: cosine(vectors[i]!, middle) }))
      .sort((a, b) => b.score - a.score || a.i - b.i)
      .map((m) => m.i),
    words: [...middle]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, most)
      .map(([t]) => t),
  };
}

/** Groups of at least `smallest` texts that say alike things, the biggest first. */
export function groupsOf(termLists: string[][], smallest = 3): Group[] {
  const vectors = vectorsOf(termLists);
  const order = termLists.map((_, i) => i);
  const first = gather(vectors, order);
  const second = gather(vectors, order, first);
  return second
    .filter((c) => c.members.length >= smallest)
    .map((c) => describe(vectors, c.members, 5))
    .sort((a, b) => b.members.length - a.members.length || a.members[0]! - b.members[0]!);
}

/** Splits one group's texts in two (two-means from the two least alike texts), for "split". */
export function splitInTwo(termLists: string[][]): [Group, Group] {
  const vectors = vectorsOf(termLists);
  const [a, b] = twoSides(vectors);
  return [describe(vectors, a, 5), describe(vectors, b, 5)];
}

function twoSides(vectors: Vector[]): [number[], number[]] {
  const all = vectors.map((_, i) => i);
  const middle = describe(vectors, all, 0).members;
  const first = middle[middle.length - 1] ?? 0;
  const second = all.reduce((far, i) => (cosine(vectors[i]!, vectors[first]!) < cosine(vectors[far]!, vectors[first]!) ? i : far), first);
  let seeds: Vector[] = [vectors[first]!, vectors[second]!];
  let sides: [number[], number[]] = [[], []];
  for (let round = 0; round < 10; round++) {
    const next: [number[], number[]] = [[], []];
    for (const i of all) next[cosine(vectors[i]!, seeds[0]!) >= cosine(vectors[i]!, seeds[1]!) ? 0 : 1].push(i);
    if (!next[0].length || !next[1].length) break;
    const same = next[0].join() === sides[0].join();
    sides = next;
    if (same) break;
    seeds = sides.map((members) => middleOf(vectors, members));
  }
  if (!sides[0].length || !sides[1].length) {
    const half = Math.ceil(all.length / 2);
    return [all.slice(0, half), all.slice(half)];
  }
  return sides;
}

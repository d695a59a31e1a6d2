import { diffArrays, diffWords } from "diff";
import { blockText, renderBlock, type RichDoc } from "~/modules/richtext/document";

// A document is read, commented on and compared passage by passage: each
// top-level block (a paragraph, a list, a heading) is one passage, numbered by
// its position. Headings are shown but not commented on.

// `number` is what people see ("paragraph 3"): headings are not counted.
export type Passage = { index: number; number: number | null; heading: boolean; html: string; text: string };

export function passagesOf(doc: RichDoc): Passage[] {
  let number = 0;
  return doc.content.map((block, index) => {
    const heading = block.type === "heading";
    return { index, number: heading ? null : ++number, heading, html: renderBlock(block), text: blockText(block) };
  });
}

export type WordChange = { text: string; change: "same" | "added" | "removed" };
export type PassageChange =
  | { kind: "same"; text: string }
  | { kind: "added"; text: string }
  | { kind: "removed"; text: string }
  | { kind: "changed"; before: string; after: string; words: WordChange[] };

/**
 * What changed between two versions, passage by passage. A run of removed
 * passages followed by added ones is read as edits, pair by pair, and shown
 * word by word; any left over are whole additions or removals.
 */
export function compareVersions(before: RichDoc, after: RichDoc): PassageChange[] {
  const changes: PassageChange[] = [];
  let removed: string[] = [];
  const flush = (added: string[]) => {
    const paired = Math.min(removed.length, added.length);
    for (let i = 0; i < paired; i++) {
      const words = diffWords(removed[i]!, added[i]!).map((part) => ({
        text: part.value,
        change: part.added ? ("added" as const) : part.removed ? ("removed" as const) : ("same" as const),
      }));
      changes.push({ kind: "changed", before: removed[i]!, after: added[i]!, words });
    }
    for (const text of removed.slice(paired)) changes.push({ kind: "removed", text });
    for (const text of added.slice(paired)) changes.push({ kind: "added", text });
    removed = [];
  };
  for (const part of diffArrays(before.content.map(blockText), after.content.map(blockText))) {
    if (part.removed) {
      removed.push(...part.value);
    } else if (part.added) {
      flush(part.value);
    } else {
      flush([]);
      for (const text of part.value) changes.push({ kind: "same", text });
    }
  }
  flush([]);
  return changes;
}

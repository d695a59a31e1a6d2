// The notes the service writes itself on a suggestion's timeline ("We received this suggestion.")
// are stored as they were written, in English. Shown to someone reading another language, each is
// recognised and given in theirs; an officer's own note is shown as written.

type NoteMessage = { key: string; values?: Record<string, string> };

const FIXED: Record<string, string> = {
  "We received this suggestion.": "timeline.note.received",
  "Public wording updated.": "timeline.note.wording",
  "Published on the “You said, we did” board.": "timeline.note.published",
  "Taken off the public board.": "timeline.note.unpublished",
  "Marked as a safeguarding concern.": "timeline.note.safeguarding",
  "Outcome agreed by the council and the parent carer forum.": "timeline.note.agreed",
  "No longer linked to a strategy action.": "timeline.note.unlinked",
};

const PATTERNS: { pattern: RegExp; key: string; names: string[] }[] = [
  { pattern: /^(YS-\d+) was merged into this suggestion\.$/, key: "timeline.note.mergedIn", names: ["reference"] },
  { pattern: /^Merged into (YS-\d+)\.$/, key: "timeline.note.mergedInto", names: ["reference"] },
  { pattern: /^Linked to strategy action (.+)\.$/, key: "timeline.note.linked", names: ["codes"] },
  { pattern: /^Added to the theme “(.+)”\.$/, key: "timeline.note.theme", names: ["theme"] },
];

/** The message for a note the service wrote, or null for an officer's own words. */
export function systemNote(note: string): NoteMessage | null {
  if (Object.hasOwn(FIXED, note)) return { key: FIXED[note]! };
  for (const { pattern, key, names } of PATTERNS) {
    const match = pattern.exec(note);
    if (match) return { key, values: Object.fromEntries(names.map((name, i) => [name, match[i + 1]!])) };
  }
  return null;
}

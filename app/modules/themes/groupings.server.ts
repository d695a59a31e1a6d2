import { and, eq, inArray } from "drizzle-orm";
import { suggestedGroupings, themeItems } from "~db/schema";
import { getDb } from "~/db.server";
import { groupsOf, splitInTwo } from "./clustering";
import { itemsOf, parseRef, refText, unthemedItems, type Item, type ItemRef } from "./items.server";
import { attachItems, createTheme, type Done, type Officer, type ThemeInput } from "./themes.server";
import { surfaceWords, terms } from "./words";
import { translate } from "~/modules/i18n/catalogue.server";

// Suggested groupings: the app reads the words of every item with no theme and proposes groups of
// alike ones. Nothing joins a theme until an officer accepts a grouping; one dismissed is kept, so
// the same items are not proposed together again.

const MOST_SHOWN = 30;
const EXAMPLES = 3;

type Proposal = { name: string; words: string[]; items: string[] };

function nameOf(words: string[], texts: string[]): { name: string; words: string[] } {
  const surface = surfaceWords(texts);
  const plain = words.map((w) => surface.get(w) ?? w);
  const name = plain.slice(0, 3).join(", ");
  return { name: name.charAt(0).toUpperCase() + name.slice(1), words: plain };
}

function proposalsFrom(items: Item[]): Proposal[] {
  const lists = items.map((item) => terms(item.text));
  return groupsOf(lists).map((group) => {
    const members = group.members.map((i) => items[i]!);
    return {
      ...nameOf(
        group.words,
        members.map((m) => m.text),
      ),
      items: members.map(refText),
    };
  });
}

/** Reads every item with no theme and replaces the open proposals with new ones. Returns how many. */
export function proposeGroupings(now = new Date()): number {
  const db = getDb();
  const dismissed = db
    .select({ items: suggestedGroupings.items })
    .from(suggestedGroupings)
    .where(eq(suggestedGroupings.state, "dismissed"))
    .all()
    .map((d) => new Set(JSON.parse(d.items) as string[]));
  // Half or more of its items already dismissed together: the officer has said no to this grouping.
  const seenBefore = (p: Proposal) => dismissed.some((d) => p.items.filter((i) => d.has(i)).length * 2 >= p.items.length);
  const proposals = proposalsFrom(unthemedItems(db)).filter((p) => !seenBefore(p));
  db.transaction((tx) => {
    tx.delete(suggestedGroupings).where(eq(suggestedGroupings.state, "proposed")).run();
    for (const p of proposals) {
      tx.insert(suggestedGroupings)
        .values({ name: p.name, words: JSON.stringify(p.words), items: JSON.stringify(p.items), createdAt: now })
        .run();
    }
  });
  return proposals.length;
}

function refsOf(items: string): ItemRef[] {
  return (JSON.parse(items) as string[]).map(parseRef).filter((r): r is ItemRef => Boolean(r));
}

/** The open proposals, biggest first, with a few example items each (for officers: their own words). */
export function listGroupings() {
  const db = getDb();
  const rows = db.select().from(suggestedGroupings).where(eq(suggestedGroupings.state, "proposed")).all();
  return {
    proposedAt: rows[0]?.createdAt ?? null,
    total: rows.length,
    groupings: rows
      .map((row) => {
        const refs = refsOf(row.items);
        const examples = itemsOf(refs.slice(0, EXAMPLES), db);
        return {
          id: row.id,
          name: row.name,
          words: JSON.parse(row.words) as string[],
          size: refs.length,
          examples: refs
            .slice(0, EXAMPLES)
            .map((r) => examples.find((e) => e.kind === r.kind && e.key === r.key))
            .filter((e): e is Item => Boolean(e))
            .map((e) => ({ label: e.label, text: e.text, link: e.link })),
        };
      })
      .sort((a, b) => b.size - a.size || a.id - b.id)
      .slice(0, MOST_SHOWN),
  };
}

function proposed(id: number) {
  return getDb()
    .select()
    .from(suggestedGroupings)
    .where(and(eq(suggestedGroupings.id, id), eq(suggestedGroupings.state, "proposed")))
    .get();
}

const GONE = "This grouping is no longer proposed. Find groupings again to see the latest.";

/** Accepts a grouping: its items (those still without a theme) join a new theme or an existing one. */
export function acceptGrouping(
  id: number,
  to: { themeId: number } | { theme: ThemeInput },
  officer: Officer,
): Done<{ themeId: number; attached: number }> {
  const db = getDb();
  return db.transaction((tx) => {
    const row = proposed(id);
    if (!row) return { ok: false, message: GONE };
    const refs = refsOf(row.items);
    const themed = new Set(
      tx
        .select({ kind: themeItems.itemKind, key: themeItems.itemKey })
        .from(themeItems)
        .where(
          inArray(
            themeItems.itemKey,
            refs.map((r) => r.key),
          ),
        )
        .all()
        .map(refText),
    );
    const free = itemsOf(refs, tx).filter((item) => !themed.has(refText(item)));
    if (!free.length) return { ok: false, message: translate("themes.error.groupingUsed") };
    const themeId = "themeId" in to ? to.themeId : createTheme(to.theme, officer, tx);
    // Nothing is written before this can refuse: a new theme is made only when there is no theme to check.
    const attached = attachItems(themeId, free, officer, tx);
    if (!attached.ok) return attached;
    tx.update(suggestedGroupings).set({ state: "accepted" }).where(eq(suggestedGroupings.id, id)).run();
    return { ok: true, themeId, attached: attached.attached };
  });
}

export function renameGrouping(id: number, name: string): Done {
  const row = proposed(id);
  if (!row) return { ok: false, message: GONE };
  getDb().update(suggestedGroupings).set({ name }).where(eq(suggestedGroupings.id, id)).run();
  return { ok: true };
}

export function dismissGrouping(id: number): Done {
  const row = proposed(id);
  if (!row) return { ok: false, message: GONE };
  getDb().update(suggestedGroupings).set({ state: "dismissed" }).where(eq(suggestedGroupings.id, id)).run();
  return { ok: true };
}

/** Splits a grouping in two along what its items say; each half is a proposal of its own. */
export function splitGrouping(id: number): Done<{ ids: number[] }> {
  const db = getDb();
  const row = proposed(id);
  if (!row) return { ok: false, message: GONE };
  const items = itemsOf(refsOf(row.items), db);
  if (items.length < 4) return { ok: false, message: translate("themes.error.splitSmall") };
  const halves = splitInTwo(items.map((i) => terms(i.text)));
  return db.transaction((tx) => {
    tx.delete(suggestedGroupings).where(eq(suggestedGroupings.id, id)).run();
    const ids = halves.map((half) => {
      const members = half.members.map((i) => items[i]!);
      const named = nameOf(
        half.words,
        members.map((m) => m.text),
      );
      return tx
        .insert(suggestedGroupings)
        .values({ name: named.name, words: JSON.stringify(named.words), items: JSON.stringify(members.map(refText)), createdAt: row.createdAt })
        .returning({ id: suggestedGroupings.id })
        .get().id;
    });
    return { ok: true, ids };
  });
}

import { counted } from "~/utils/words";
import { and, asc, count, desc, eq, gte, inArray, isNull, lt, sql } from "drizzle-orm";
import {
  reviewComments,
  strategyActions,
  suggestions,
  themeActions,
  themeHistory,
  themeItems,
  themes,
  toldUsThemes,
  type ActionStatus,
  type SuggestionStatus,
  type ActivityKind,
  type ContributorKind,
} from "~db/schema";
import { getDb, type DbOrTx } from "~/db.server";
import { compareCodes, listActionChoices } from "~/modules/strategy/strategy.server";
import { addTimelineEntry } from "~/modules/feedback/changes.server";
import { itemsOf, refText, type Item, type ItemRef } from "./items.server";
import { translate } from "~/modules/i18n/catalogue.server";

// Themes: what many people said, gathered by officers from every source. Each change is one
// transaction and one line in the theme's history, with who made it.

export type Officer = { id: string; name: string };
export type ThemeInput = { name: string; description: string; descriptionEasyRead: string };
export type Done<T = object> = ({ ok: true } & T) | { ok: false; message: string };

function note(themeId: number, said: string, officer: Officer, db: DbOrTx, at = new Date()) {
  db.insert(themeHistory).values({ themeId, said, officerId: officer.id, officerName: officer.name, at }).run();
}

function openTheme(id: number, db: DbOrTx) {
  const theme = db.select().from(themes).where(eq(themes.id, id)).get();
  return theme && !theme.mergedIntoId ? theme : undefined;
}

export function createTheme(input: ThemeInput, officer: Officer, db: DbOrTx = getDb()): number {
  const now = new Date();
  return db.transaction((tx) => {
    const id = tx
      .insert(themes)
      .values({ ...input, createdAt: now, updatedAt: now })
      .returning({ id: themes.id })
      .get().id;
    note(id, `Theme created: “${input.name}”.`, officer, tx, now);
    return id;
  });
}

export function editTheme(id: number, input: ThemeInput, officer: Officer): Done {
  const db = getDb();
  return db.transaction((tx) => {
    const theme = openTheme(id, tx);
    if (!theme) return { ok: false, message: translate("themes.error.gone") };
    tx.update(themes)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(themes.id, id))
      .run();
    const changed = [
      theme.name !== input.name && `renamed from “${theme.name}”`,
      theme.description !== input.description && "description changed",
      theme.descriptionEasyRead !== input.descriptionEasyRead && "easy read description changed",
    ].filter(Boolean);
    if (changed.length) note(id, `Theme ${changed.join(", ")}.`, officer, tx);
    return { ok: true };
  });
}

/**
 * Puts items in a theme, taking them out of any other theme (whose history says so). Items that
 * are held back or gone are refused, so the officer knows what was not attached.
 */
export function attachItems(themeId: number, refs: ItemRef[], officer: Officer, db: DbOrTx = getDb()): Done<{ attached: number; moved: number }> {
  return db.transaction((tx) => {
    if (!openTheme(themeId, tx)) return { ok: false, message: translate("themes.error.gone") };
    const items = itemsOf(refs, tx);
    if (items.length !== new Set(refs.map(refText)).size) return { ok: false, message: translate("themes.error.items") };
    const now = new Date();
    const name = tx.select({ name: themes.name }).from(themes).where(eq(themes.id, themeId)).get()!.name;
    let moved = 0;
    let attached = 0;
    const movedFrom = new Map<number, number>();
    // Which theme each item is in now, read once for them all.
    const themeOf = new Map(
      tx
        .select({ kind: themeItems.itemKind, key: themeItems.itemKey, themeId: themeItems.themeId })
        .from(themeItems)
        .where(
          inArray(
            themeItems.itemKey,
            items.map((i) => i.key),
          ),
        )
        .all()
        .map((r) => [refText(r), r.themeId]),
    );
    for (const item of items) {
      const was = themeOf.get(refText(item));
      if (was === themeId) continue;
      if (was !== undefined) {
        moved++;
        movedFrom.set(was, (movedFrom.get(was) ?? 0) + 1);
        tx.delete(themeItems)
          .where(and(eq(themeItems.itemKind, item.kind), eq(themeItems.itemKey, item.key)))
          .run();
      }
      tx.insert(themeItems)
        .values({
          themeId,
          itemKind: item.kind,
          itemKey: item.key,
          sourceKind: item.sourceKind,
          sourceId: item.sourceId,
          contributorKind: item.contributorKind,
          saidAt: item.saidAt,
          attachedAt: now,
        })
        .run();
      // A suggestion's own timeline says so too, for officers (not public).
      if (item.kind === "suggestion")
        addTimelineEntry(tx, Number(item.key), officer.id, { kind: "theme", publicNote: `Added to the theme “${name}”.`, at: now });
      attached++;
    }
    if (!attached) return { ok: true, attached, moved };
    for (const [from, n] of movedFrom) note(from, `${counted(n, "item")} moved to the theme “${name}”.`, officer, tx, now);
    note(themeId, `${counted(attached, "item")} added${moved ? `, ${moved} of them from other themes` : ""}.`, officer, tx, now);
    tx.update(themes).set({ updatedAt: now }).where(eq(themes.id, themeId)).run();
    return { ok: true, attached, moved };
  });
}

export function detachItems(themeId: number, refs: ItemRef[], officer: Officer): Done<{ detached: number }> {
  const db = getDb();
  return db.transaction((tx) => {
    if (!openTheme(themeId, tx)) return { ok: false, message: translate("themes.error.gone") };
    let detached = 0;
    for (const ref of refs) {
      detached += tx
        .delete(themeItems)
        .where(and(eq(themeItems.themeId, themeId), eq(themeItems.itemKind, ref.kind), eq(themeItems.itemKey, ref.key)))
        .run().changes;
    }
    if (!detached) return { ok: false, message: translate("themes.error.noneIn") };
    note(themeId, `${counted(detached, "item")} taken out.`, officer, tx);
    return { ok: true, detached };
  });
}

export function linkThemeActions(themeId: number, actionIds: number[], officer: Officer): Done {
  const db = getDb();
  const known = new Map(listActionChoices(db).map((a) => [a.id, a.code]));
  if (actionIds.some((id) => !known.has(id))) return { ok: false, message: translate("groups.error.actions") };
  return db.transaction((tx) => {
    if (!openTheme(themeId, tx)) return { ok: false, message: translate("themes.error.gone") };
    const before = tx
      .select({ id: themeActions.actionId })
      .from(themeActions)
      .where(eq(themeActions.themeId, themeId))
      .all()
      .map((a) => a.id);
    const added = actionIds.filter((id) => !before.includes(id));
    const removed = before.filter((id) => !actionIds.includes(id));
    if (!added.length && !removed.length) return { ok: true };
    tx.delete(themeActions).where(eq(themeActions.themeId, themeId)).run();
    for (const actionId of new Set(actionIds)) tx.insert(themeActions).values({ themeId, actionId }).run();
    const codes = (ids: number[]) => ids.map((id) => known.get(id) ?? "?").join(", ");
    note(
      themeId,
      [added.length && `Linked to action ${codes(added)}.`, removed.length && `No longer linked to action ${codes(removed)}.`]
        .filter(Boolean)
        .join(" "),
      officer,
      tx,
    );
    return { ok: true };
  });
}

/** Moves every item and action of one theme into another; the first says where it went. */
export function mergeThemes(fromId: number, intoId: number, officer: Officer): Done<{ moved: number }> {
  if (fromId === intoId) return { ok: false, message: translate("themes.error.same") };
  const db = getDb();
  return db.transaction((tx) => {
    const from = openTheme(fromId, tx);
    const into = openTheme(intoId, tx);
    if (!from || !into) return { ok: false, message: translate("themes.error.both") };
    const moved = tx.update(themeItems).set({ themeId: intoId }).where(eq(themeItems.themeId, fromId)).run().changes;
    tx.run(sql`insert or ignore into theme_actions (theme_id, action_id) select ${intoId}, action_id from theme_actions where theme_id = ${fromId}`);
    tx.delete(themeActions).where(eq(themeActions.themeId, fromId)).run();
    // A "What you told us" page that showed the merged theme shows the one it joined.
    tx.run(sql`insert or ignore into told_us_themes (report_id, theme_id, position)
      select report_id, ${intoId}, position from told_us_themes where theme_id = ${fromId}`);
    tx.delete(toldUsThemes).where(eq(toldUsThemes.themeId, fromId)).run();
    const now = new Date();
    tx.update(themes).set({ mergedIntoId: intoId, updatedAt: now }).where(eq(themes.id, fromId)).run();
    tx.update(themes).set({ updatedAt: now }).where(eq(themes.id, intoId)).run();
    note(fromId, `Merged into the theme “${into.name}”, with its ${counted(moved, "item")}.`, officer, tx, now);
    note(intoId, `The theme “${from.name}” merged into this one: ${counted(moved, "item")} added.`, officer, tx, now);
    return { ok: true, moved };
  });
}

/** Makes a new theme of some of a theme's items, linked to the same actions. */
export function splitTheme(id: number, refs: ItemRef[], input: ThemeInput, officer: Officer): Done<{ id: number }> {
  const db = getDb();
  return db.transaction((tx) => {
    const theme = openTheme(id, tx);
    if (!theme) return { ok: false, message: translate("themes.error.gone") };
    const inTheme = refs.filter(
      (r) =>
        tx
          .select({ n: count() })
          .from(themeItems)
          .where(and(eq(themeItems.themeId, id), eq(themeItems.itemKind, r.kind), eq(themeItems.itemKey, r.key)))
          .get()!.n,
    );
    if (!inTheme.length) return { ok: false, message: translate("themes.error.tick") };
    const total = tx.select({ n: count() }).from(themeItems).where(eq(themeItems.themeId, id)).get()!.n;
    if (inTheme.length === total) return { ok: false, message: translate("themes.error.leaveOne") };
    const newId = createTheme(input, officer, tx);
    for (const ref of inTheme) {
      tx.update(themeItems)
        .set({ themeId: newId })
        .where(and(eq(themeItems.itemKind, ref.kind), eq(themeItems.itemKey, ref.key)))
        .run();
    }
    tx.run(sql`insert or ignore into theme_actions (theme_id, action_id) select ${newId}, action_id from theme_actions where theme_id = ${id}`);
    note(id, `Split: ${counted(inTheme.length, "item")} moved to the new theme “${input.name}”.`, officer, tx);
    note(newId, `Split from the theme “${theme.name}” with ${counted(inTheme.length, "item")}.`, officer, tx);
    return { ok: true, id: newId };
  });
}

// ---- Reading ----

export type SourceCount = { sourceKind: ActivityKind; items: number; activities: number };
export type Period = { start: Date; end: Date };

const inPeriod = (period?: Period) => (period ? and(gte(themeItems.saidAt, period.start), lt(themeItems.saidAt, period.end)) : undefined);

/** How many items each theme holds from each kind of activity, and from how many of them: one read for any number of themes. */
export function sourceCounts(themeIds: number[], period?: Period, db: DbOrTx = getDb()) {
  const bySource = new Map<number, SourceCount[]>();
  if (!themeIds.length) return bySource;
  for (const row of db
    .select({
      themeId: themeItems.themeId,
      sourceKind: themeItems.sourceKind,
      items: count(),
      activities: sql<number>`count(distinct ${themeItems.sourceId})`,
    })
    .from(themeItems)
    .where(and(inArray(themeItems.themeId, themeIds), inPeriod(period)))
    .groupBy(themeItems.themeId, themeItems.sourceKind)
    .all()) {
    bySource.set(row.themeId, [...(bySource.get(row.themeId) ?? []), row]);
  }
  return bySource;
}

/** How many items each theme holds from each kind of person (never who). */
export function kindCounts(themeIds: number[], period?: Period, db: DbOrTx = getDb()) {
  const byKind = new Map<number, Partial<Record<ContributorKind, number>>>();
  if (!themeIds.length) return byKind;
  for (const row of db
    .select({ themeId: themeItems.themeId, kind: themeItems.contributorKind, n: count() })
    .from(themeItems)
    .where(and(inArray(themeItems.themeId, themeIds), inPeriod(period)))
    .groupBy(themeItems.themeId, themeItems.contributorKind)
    .all()) {
    byKind.set(row.themeId, { ...byKind.get(row.themeId), [row.kind]: row.n });
  }
  return byKind;
}

/** Every open theme, newest change first, with how many items it holds and from where. */
export function listThemes(db: DbOrTx = getDb()) {
  const rows = db.select().from(themes).where(isNull(themes.mergedIntoId)).orderBy(desc(themes.updatedAt), desc(themes.id)).all();
  const bySource = sourceCounts(
    rows.map((t) => t.id),
    undefined,
    db,
  );
  const linked = actionsOf(
    rows.map((t) => t.id),
    db,
  );
  return rows.map((t) => {
    const sources = bySource.get(t.id) ?? [];
    return {
      id: t.id,
      name: t.name,
      description: t.description,
      items: sources.reduce((n, s) => n + s.items, 0),
      sources,
      actions: (linked.get(t.id) ?? []).map((a) => a.code),
      updatedAt: t.updatedAt,
    };
  });
}

/** The strategy actions each theme is linked to, with their status. */
export function actionsOf(themeIds: number[], db: DbOrTx = getDb()) {
  if (!themeIds.length) return new Map<number, { id: number; code: string; title: string; status: ActionStatus }[]>();
  const rows = db
    .select({
      themeId: themeActions.themeId,
      id: strategyActions.id,
      code: strategyActions.code,
      title: strategyActions.title,
      status: strategyActions.status,
    })
    .from(themeActions)
    .innerJoin(strategyActions, eq(strategyActions.id, themeActions.actionId))
    .where(inArray(themeActions.themeId, themeIds))
    .all()
    .sort((a, b) => compareCodes(a.code, b.code));
  const byTheme = new Map<number, typeof rows>();
  for (const r of rows) byTheme.set(r.themeId, [...(byTheme.get(r.themeId) ?? []), r]);
  return byTheme;
}

/** A few officer-approved public wordings from a theme: never what anyone wrote, never a name. */
export function publicWordingsOf(themeId: number, most = 3, db: DbOrTx = getDb()): string[] {
  const fromSuggestions = db
    .select({ wording: suggestions.publicWording })
    .from(themeItems)
    .innerJoin(suggestions, sql`${themeItems.itemKind} = 'suggestion' and ${suggestions.id} = cast(${themeItems.itemKey} as integer)`)
    .where(
      and(
        eq(themeItems.themeId, themeId),
        sql`${suggestions.publishedAt} is not null and ${suggestions.safeguarding} = 0 and ${suggestions.status} != 'merged'`,
      ),
    )
    .orderBy(desc(suggestions.publishedAt))
    .limit(most)
    .all();
  const fromComments = db
    .select({ wording: reviewComments.publicWording })
    .from(themeItems)
    .innerJoin(reviewComments, sql`${themeItems.itemKind} = 'comment' and ${reviewComments.id} = cast(${themeItems.itemKey} as integer)`)
    .where(
      and(
        eq(themeItems.themeId, themeId),
        sql`${reviewComments.decision} is not null and ${reviewComments.publicWording} != '' and ${reviewComments.safeguarding} = 0`,
      ),
    )
    .limit(most)
    .all();
  return [...new Set([...fromSuggestions, ...fromComments].map((w) => w.wording.trim()).filter(Boolean))].slice(0, most);
}

/**
 * Outcomes given to each theme's suggestions ("we did", "we cannot"), newest first, public wording
 * only: one read for any number of themes.
 */
export function outcomesOf(themeIds: number[], most = 2, db: DbOrTx = getDb()) {
  const byTheme = new Map<number, { id: number; wording: string; status: SuggestionStatus; outcome: string }[]>();
  if (!themeIds.length) return byTheme;
  const rows = db.all<{ themeId: number; id: number; wording: string; status: SuggestionStatus; outcome: string }>(sql`
    select theme_id as themeId, id, wording, status, outcome from (
      select ti.theme_id, s.id, s.public_wording as wording, s.status, s.outcome,
        row_number() over (partition by ti.theme_id order by s.outcome_at desc, s.id desc) as n
      from theme_items ti join suggestions s on ti.item_kind = 'suggestion' and s.id = cast(ti.item_key as integer)
      where ti.theme_id in ${themeIds} and s.published_at is not null and s.safeguarding = 0
        and s.outcome != '' and s.status in ('done', 'not_possible')
    ) where n <= ${most}`);
  for (const { themeId, ...o } of rows) byTheme.set(themeId, [...(byTheme.get(themeId) ?? []), o]);
  return byTheme;
}

/** Items said in each of the last twelve months (London), oldest first, for the trend. */
export function trendOf(themeId: number, now = new Date(), db: DbOrTx = getDb()) {
  const months: string[] = [];
  const cursor = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1));
  for (let i = 0; i < 12; i++) months.push(new Date(Date.UTC(cursor.getUTCFullYear(), cursor.getUTCMonth() + i, 1)).toISOString().slice(0, 7));
  const rows = db
    .select({ month: sql<string>`strftime('%Y-%m', ${themeItems.saidAt} / 1000, 'unixepoch')`, n: count() })
    .from(themeItems)
    .where(and(eq(themeItems.themeId, themeId), gte(themeItems.saidAt, cursor)))
    .groupBy(sql`1`)
    .all();
  return months.map((month) => ({ month, n: rows.find((r) => r.month === month)?.n ?? 0 }));
}

const ITEMS_SHOWN = 200;

/** Everything an officer sees on a theme's page. */
export function themeForOfficer(id: number, now = new Date()) {
  const db = getDb();
  const theme = db.select().from(themes).where(eq(themes.id, id)).get();
  if (!theme) return undefined;
  const held = db
    .select({ kind: themeItems.itemKind, key: themeItems.itemKey })
    .from(themeItems)
    .where(eq(themeItems.themeId, id))
    .orderBy(desc(themeItems.saidAt))
    .limit(ITEMS_SHOWN)
    .all();
  const items: Item[] = itemsOf(held, db);
  const sources = sourceCounts([id], undefined, db).get(id) ?? [];
  return {
    theme,
    mergedInto: theme.mergedIntoId
      ? db.select({ id: themes.id, name: themes.name }).from(themes).where(eq(themes.id, theme.mergedIntoId)).get()
      : undefined,
    total: sources.reduce((n, s) => n + s.items, 0),
    sources,
    byKind: kindCounts([id], undefined, db).get(id) ?? {},
    trend: trendOf(id, now, db),
    wordings: publicWordingsOf(id, 3, db),
    outcomes: outcomesOf([id], 3, db).get(id) ?? [],
    linked: actionsOf([id], db).get(id) ?? [],
    items: items.sort((a, b) => b.saidAt.getTime() - a.saidAt.getTime()),
    shownAtMost: ITEMS_SHOWN,
    history: db.select().from(themeHistory).where(eq(themeHistory.themeId, id)).orderBy(desc(themeHistory.at), desc(themeHistory.id)).all(),
    others: db
      .select({ id: themes.id, name: themes.name })
      .from(themes)
      .where(and(isNull(themes.mergedIntoId), sql`${themes.id} != ${id}`))
      .orderBy(asc(themes.name))
      .all(),
  };
}

/** Open themes for a chooser (bulk forms, groupings), by name. */
export function themeChoices(db: DbOrTx = getDb()) {
  return db.select({ id: themes.id, name: themes.name }).from(themes).where(isNull(themes.mergedIntoId)).orderBy(asc(themes.name)).all();
}

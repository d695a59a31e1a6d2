import { and, asc, desc, eq, gte, inArray, lte } from "drizzle-orm";
import { themes, toldUsReports, toldUsThemes, type ContributorKind, type LanguageCode } from "~db/schema";
import { memoByVersionFor } from "~/utils/content-version.server";
import { getDb, type DbOrTx } from "~/db.server";
import { ACTIVITIES } from "~/modules/activities/registry.server";
import { getAreaSettings } from "~/modules/settings/area.server";
import { localise, localiseLists } from "~/modules/i18n/content.server";
import { requestLanguage, translatorFor, translate } from "~/modules/i18n/catalogue.server";
import { LANGUAGES } from "~/modules/i18n/languages";
import type { Translator } from "~/modules/i18n/translate";
import { addDays, londonDateTime } from "~/utils/dates";
import { actionsOf, kindCounts, outcomesOf, sourceCounts, themeChoices, type Done, type Officer, type SourceCount } from "./themes.server";

// "What you told us": the key messages of a period, published as a page, in the printable report,
// the Atom feed and the evidence report. Each theme is counted over the period's items only, and
// shows only officers' public wordings and outcomes, never what anyone wrote or who they are.
// With joint sign-off on, a forum representative agrees the page before it is public.

export type ReportInput = { title: string; from: string; to: string; introduction: string; themeIds: number[] };

const PEOPLE: Record<ContributorKind, string> = {
  parent_carer: "toldUs.people.parent_carer",
  young_person: "toldUs.people.young_person",
  professional: "toldUs.people.professional",
  other: "toldUs.people.other",
};

/** "raised by 143 parents and carers and young people at 3 events and in 1 survey", in the reader's language. */
export function raisedBy(
  sources: SourceCount[],
  byKind: Partial<Record<ContributorKind, number>>,
  { t, lang }: Pick<Translator, "t" | "lang"> = translatorFor(requestLanguage()),
): string {
  const total = sources.reduce((n, s) => n + s.items, 0);
  if (!total) return t("toldUs.raised.none");
  const joined = (parts: string[]) => new Intl.ListFormat(LANGUAGES[lang].htmlLang, { type: "conjunction" }).format(parts);
  const kinds = (Object.keys(PEOPLE) as ContributorKind[]).filter((k) => (byKind[k] ?? 0) > 0);
  const who =
    total === 1
      ? t(PEOPLE[kinds[0] ?? "other"], { count: 1 })
      : kinds.length === 1 && kinds[0] === "other"
        ? t("toldUs.people.anyone", { count: total })
        : joined(kinds.map((k) => t(PEOPLE[k], { count: total })));
  const where = joined([...sources].sort((a, b) => b.items - a.items).map((s) => ACTIVITIES[s.sourceKind].evidence.raisedAt(s.activities, t)));
  return t("toldUs.raised.by", { count: total, who, where });
}

function bounds(from: string, to: string) {
  return { start: londonDateTime(from, "00:00"), end: londonDateTime(addDays(to, 1), "00:00") };
}

const UNKNOWN_THEME = "Choose themes from the list";

/** Whether every chosen theme exists and was not merged away. */
function knownThemes(themeIds: number[], db: DbOrTx) {
  const open = new Set(themeChoices(db).map((t) => t.id));
  return themeIds.every((id) => open.has(id));
}

export function createReport(input: ReportInput, officer: Officer): Done<{ id: number }> {
  const db = getDb();
  const now = new Date();
  if (!knownThemes(input.themeIds, db)) return { ok: false, message: UNKNOWN_THEME };
  return db.transaction((tx) => {
    const id = tx
      .insert(toldUsReports)
      .values({
        title: input.title,
        periodFrom: input.from,
        periodTo: input.to,
        introduction: input.introduction,
        proposedBy: officer.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: toldUsReports.id })
      .get().id;
    setThemes(id, input.themeIds, tx);
    return { ok: true, id };
  });
}

function setThemes(reportId: number, themeIds: number[], tx: DbOrTx) {
  tx.delete(toldUsThemes).where(eq(toldUsThemes.reportId, reportId)).run();
  [...new Set(themeIds)].forEach((themeId, position) => tx.insert(toldUsThemes).values({ reportId, themeId, position }).run());
}

/** Changes a page still being written; a published one is taken down first, so what is public was agreed. */
export function updateReport(id: number, input: ReportInput): Done {
  const db = getDb();
  return db.transaction((tx) => {
    const report = tx.select().from(toldUsReports).where(eq(toldUsReports.id, id)).get();
    if (!report) return { ok: false, message: translate("toldUsAdmin.error.gone") };
    if (report.state !== "draft") return { ok: false, message: translate("toldUsAdmin.error.notDraft") };
    if (!knownThemes(input.themeIds, tx)) return { ok: false, message: UNKNOWN_THEME };
    tx.update(toldUsReports)
      .set({ title: input.title, periodFrom: input.from, periodTo: input.to, introduction: input.introduction, updatedAt: new Date() })
      .where(eq(toldUsReports.id, id))
      .run();
    setThemes(id, input.themeIds, tx);
    return { ok: true };
  });
}

/** Publishes the page, or with joint sign-off on, sends it to the parent carer forum to agree. */
export function publishReport(id: number, officer: Officer, at = new Date()): Done<{ awaitingForum: boolean }> {
  const db = getDb();
  const report = db.select().from(toldUsReports).where(eq(toldUsReports.id, id)).get();
  if (!report) return { ok: false, message: translate("toldUsAdmin.error.gone") };
  if (report.state !== "draft") return { ok: false, message: translate("toldUsAdmin.error.published") };
  const held = db.select({ themeId: toldUsThemes.themeId }).from(toldUsThemes).where(eq(toldUsThemes.reportId, id)).all();
  if (!held.length) return { ok: false, message: translate("toldUsAdmin.error.noThemes") };
  const awaitingForum = getAreaSettings(db).jointSignOff;
  db.update(toldUsReports)
    .set(
      awaitingForum
        ? { state: "awaiting_forum", proposedBy: officer.id, updatedAt: at }
        : { state: "published", publishedAt: at, proposedBy: officer.id, updatedAt: at },
    )
    .where(eq(toldUsReports.id, id))
    .run();
  return { ok: true, awaitingForum };
}

/** A forum representative agrees the page: it is published, naming the forum. */
export function agreeReport(id: number, forum: Officer, at = new Date()): Done {
  const db = getDb();
  const report = db.select().from(toldUsReports).where(eq(toldUsReports.id, id)).get();
  if (report?.state !== "awaiting_forum") return { ok: false, message: translate("toldUsAdmin.error.notWaiting") };
  if (report.proposedBy === forum.id) return { ok: false, message: translate("toldUsAdmin.error.own") };
  db.update(toldUsReports)
    .set({ state: "published", publishedAt: at, forumName: getAreaSettings(db).forumName || forum.name, forumAgreedAt: at, updatedAt: at })
    .where(eq(toldUsReports.id, id))
    .run();
  return { ok: true };
}

/** Back to draft: sent back by the forum, or taken down by an officer. */
export function reportToDraft(id: number): Done {
  const db = getDb();
  const changed = db
    .update(toldUsReports)
    .set({ state: "draft", publishedAt: null, forumName: null, forumAgreedAt: null, updatedAt: new Date() })
    .where(and(eq(toldUsReports.id, id), inArray(toldUsReports.state, ["awaiting_forum", "published"])))
    .run().changes;
  return changed ? { ok: true } : { ok: false, message: translate("toldUsAdmin.error.draft") };
}

export function listReports() {
  return getDb().select().from(toldUsReports).orderBy(desc(toldUsReports.periodTo), desc(toldUsReports.id)).all();
}

export function reportsAwaitingForum() {
  return getDb().select().from(toldUsReports).where(eq(toldUsReports.state, "awaiting_forum")).orderBy(asc(toldUsReports.updatedAt)).all();
}

/** Published pages, newest period first; with `overlapping`, those whose period meets it. */
export function publishedReports(overlapping?: { from: string; to: string }, db: DbOrTx = getDb()) {
  return db
    .select()
    .from(toldUsReports)
    .where(
      and(
        eq(toldUsReports.state, "published"),
        overlapping ? and(lte(toldUsReports.periodFrom, overlapping.to), gte(toldUsReports.periodTo, overlapping.from)) : undefined,
      ),
    )
    .orderBy(desc(toldUsReports.periodTo), desc(toldUsReports.id))
    .all();
}

/**
 * A page's key messages as people read them: each theme with how many raised it in the period
 * and where, its description (and easy read), the actions answering it with their status, and
 * its latest outcome. `forPublic` refuses a page that is not published. A few reads for the
 * whole page, however many themes it has.
 */
export function reportView(id: number, { forPublic }: { forPublic: boolean }, db: DbOrTx = getDb()) {
  const report = db.select().from(toldUsReports).where(eq(toldUsReports.id, id)).get();
  if (!report || (forPublic && report.state !== "published")) return undefined;
  const chosen = db
    .select({ id: themes.id, name: themes.name, description: themes.description, descriptionEasyRead: themes.descriptionEasyRead })
    .from(toldUsThemes)
    .innerJoin(themes, eq(themes.id, toldUsThemes.themeId))
    .where(eq(toldUsThemes.reportId, id))
    .orderBy(asc(toldUsThemes.position))
    .all();
  const ids = chosen.map((t) => t.id);
  const period = bounds(report.periodFrom, report.periodTo);
  const bySource = sourceCounts(ids, period, db);
  const byKind = kindCounts(ids, period, db);
  const actions = actionsOf(ids, db);
  const outcomes = outcomesOf(ids, 1, db);
  return {
    report,
    themes: chosen.map((t) => {
      const sources = bySource.get(t.id) ?? [];
      return {
        ...t,
        count: sources.reduce((n, s) => n + s.items, 0),
        raisedBy: raisedBy(sources, byKind.get(t.id) ?? {}),
        actions: actions.get(t.id) ?? [],
        outcomes: outcomes.get(t.id) ?? [],
      };
    }),
  };
}

/**
 * A published page as a visitor reading `lang` sees it: its title and introduction, its key
 * messages, their actions and outcomes in translation where there is one.
 */
export function publicReportView(id: number, lang: LanguageCode, db?: DbOrTx) {
  return db ? readPublicReportView(id, lang, db) : currentPublicReportView(`${id} ${lang}`);
}

// A published report reads every key message's items and outcomes: read again only after something changed.
const currentPublicReportView = memoByVersionFor((key) => {
  const [id, lang] = key.split(" ");
  return readPublicReportView(Number(id), lang as LanguageCode, getDb());
});

function readPublicReportView(id: number, lang: LanguageCode, db: DbOrTx) {
  const view = reportView(id, { forPublic: true }, db);
  if (!view) return undefined;
  const report = localise("report", [view.report], ["title", "introduction"], lang, db)[0]!;
  // Every theme's actions and outcomes in one read each.
  const actions = localiseLists(
    "action",
    view.themes.map((theme) => theme.actions),
    ["title"],
    lang,
    db,
  );
  const outcomes = localiseLists(
    "suggestion",
    view.themes.map((theme) => theme.outcomes.map(({ wording, ...o }) => ({ ...o, publicWording: wording }))),
    ["publicWording", "outcome"],
    lang,
    db,
  );
  const themesShown = localise("keyMessage", view.themes, ["name", "description", "descriptionEasyRead"], lang, db).map((theme, i) => ({
    ...theme,
    actions: actions[i]!,
    outcomes: outcomes[i]!.map(({ publicWording, ...o }) => ({ ...o, wording: publicWording })),
  }));
  const untranslated =
    report.untranslated.length > 0 ||
    themesShown.some(
      (t) => t.untranslated.length > 0 || t.actions.some((a) => a.untranslated.length) || t.outcomes.some((o) => o.untranslated.length),
    );
  return { report, themes: themesShown, untranslated };
}

/** For the evidence report: each key message published for the period, with its count. */
export function keyMessagesFor(from: string, to: string, db: DbOrTx = getDb()) {
  return publishedReports({ from, to }, db).flatMap((r) => {
    const view = reportView(r.id, { forPublic: true }, db);
    return (view?.themes ?? []).map((t) => ({
      report: r.title,
      reportId: r.id,
      theme: t.name,
      count: t.count,
      raisedBy: t.raisedBy,
      actions: t.actions.map((a) => a.code).join(", "),
    }));
  });
}

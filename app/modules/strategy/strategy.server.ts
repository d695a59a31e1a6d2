import { and, asc, count, desc, eq, isNotNull, ne, sql } from "drizzle-orm";
import { parse } from "csv-parse/sync";
import {
  actionUpdates,
  strategies,
  strategyActions,
  strategyAreas,
  suggestionActions,
  suggestions,
  PARTICIPATION_LEVELS,
  type ActionStatus,
  type ParticipationLevel,
} from "~db/schema";
import { PARTICIPATION_LEVEL_TEXT } from "~/modules/impact/levels";
import { memoByVersion } from "~/utils/content-version.server";
import { getDb, type DbOrTx } from "~/db.server";
import { toCsv } from "~/utils/csv.server";
import { HIDDEN_CHARACTERS } from "~/utils/validation.server";
import { translate } from "~/modules/i18n/catalogue.server";

export type ActionInput = {
  area: string;
  code: string;
  title: string;
  how: string;
  measures: string;
  lead: string;
  dueDate: string | null;
  status: ActionStatus;
  participationLevel: ParticipationLevel | null;
};

export function createStrategy(input: { name: string; period: string; summary: string }, db: DbOrTx = getDb()) {
  return db.insert(strategies).values(input).returning({ id: strategies.id }).get().id;
}

export function updateStrategy(id: number, input: { name: string; period: string; summary: string }) {
  getDb().update(strategies).set(input).where(eq(strategies.id, id)).run();
}

export function listStrategies() {
  return getDb().select().from(strategies).orderBy(desc(strategies.id)).all();
}

/** The strategy shown publicly: the newest one. */
export function currentStrategyId(db: DbOrTx = getDb()): number | undefined {
  return db.select({ id: strategies.id }).from(strategies).orderBy(desc(strategies.id)).limit(1).get()?.id;
}

/** A strategy with its areas and actions in order, and how many published suggestions each action answers. */
export function getStrategy(id: number, db: DbOrTx = getDb()) {
  const strategy = db.select().from(strategies).where(eq(strategies.id, id)).get();
  if (!strategy) return undefined;
  const areas = db
    .select()
    .from(strategyAreas)
    .where(eq(strategyAreas.strategyId, id))
    .orderBy(asc(strategyAreas.position), asc(strategyAreas.id))
    .all();
  const actions = db
    .select({
      id: strategyActions.id,
      areaId: strategyActions.areaId,
      code: strategyActions.code,
      title: strategyActions.title,
      lead: strategyActions.lead,
      dueDate: strategyActions.dueDate,
      status: strategyActions.status,
      participationLevel: strategyActions.participationLevel,
      suggestionCount: sql<number>`(select count(*) from ${suggestionActions} sa join ${suggestions} s on s.id = sa.suggestion_id where sa.action_id = ${strategyActions.id} and s.published_at is not null and s.safeguarding = 0)`,
    })
    .from(strategyActions)
    .where(eq(strategyActions.strategyId, id))
    .all()
    .sort((a, b) => compareCodes(a.code, b.code));
  return { ...strategy, areas: areas.map((area) => ({ ...area, actions: actions.filter((a) => a.areaId === area.id) })) };
}

// One collator for every comparison: localeCompare with options builds a new one each time, which
// made sorting the strategy's actions half of the board's time.
const codeOrder = new Intl.Collator("en", { numeric: true });

/** "2.10" after "2.9". */
export function compareCodes(a: string, b: string): number {
  return codeOrder.compare(a, b);
}

export function getAction(id: number, db: DbOrTx = getDb()) {
  const action = db
    .select({ action: strategyActions, areaName: strategyAreas.name, strategyName: strategies.name, strategyId: strategies.id })
    .from(strategyActions)
    .innerJoin(strategyAreas, eq(strategyAreas.id, strategyActions.areaId))
    .innerJoin(strategies, eq(strategies.id, strategyActions.strategyId))
    .where(eq(strategyActions.id, id))
    .get();
  if (!action) return undefined;
  const history = db
    .select({ id: actionUpdates.id, status: actionUpdates.status, note: actionUpdates.note, createdAt: actionUpdates.createdAt })
    .from(actionUpdates)
    .where(eq(actionUpdates.actionId, id))
    .orderBy(desc(actionUpdates.createdAt), desc(actionUpdates.id))
    .all();
  return { ...action.action, areaName: action.areaName, strategyName: action.strategyName, strategyId: action.strategyId, history };
}

/**
 * Every action of every strategy, in code order, for linking suggestions and filtering the board:
 * with its area, and how many suggestions are linked to it, so a picker can put the most used first.
 */
export function listActionChoices(db?: DbOrTx) {
  return db ? readActionChoices(db) : currentActionChoices();
}

// Read on every board and triage page: read again only after something changed.
const currentActionChoices = memoByVersion(() => readActionChoices(getDb()));

function readActionChoices(db: DbOrTx) {
  return db
    .select({
      id: strategyActions.id,
      code: strategyActions.code,
      title: strategyActions.title,
      area: strategyAreas.name,
      uses: sql<number>`(select count(*) from suggestion_actions l where l.action_id = ${strategyActions.id})`,
    })
    .from(strategyActions)
    .innerJoin(strategyAreas, eq(strategyAreas.id, strategyActions.areaId))
    .all()
    .sort((a, b) => compareCodes(a.code, b.code));
}

/** Records a dated status update with its public note; the history is never rewritten. */
export function updateActionStatus(input: { actionId: number; status: ActionStatus; note: string; authorId: string | null }, db: DbOrTx = getDb()) {
  const now = new Date();
  db.transaction((tx) => {
    tx.update(strategyActions).set({ status: input.status, updatedAt: now }).where(eq(strategyActions.id, input.actionId)).run();
    tx.insert(actionUpdates)
      .values({ actionId: input.actionId, status: input.status, note: input.note, authorId: input.authorId, createdAt: now })
      .run();
  });
}

/** Adds one action by hand. Refused when the code is already used in this strategy. */
export function addAction(strategyId: number, input: ActionInput, authorId: string): { ok: true; id: number } | { ok: false; message: string } {
  const db = getDb();
  const taken = db
    .select({ id: strategyActions.id })
    .from(strategyActions)
    .where(and(eq(strategyActions.strategyId, strategyId), eq(strategyActions.code, input.code)))
    .get();
  if (taken) return { ok: false, message: translate("strategyAdmin.error.taken", { code: input.code }) };
  const { id } = db.transaction((tx) => saveAction(strategyId, input, authorId, "Action added.", tx));
  return { ok: true, id };
}

/** Changes what an action says; its status changes only through a dated update. */
export function updateActionDetails(actionId: number, input: Omit<ActionInput, "status">): { ok: true } | { ok: false; message: string } {
  const db = getDb();
  const action = db.select().from(strategyActions).where(eq(strategyActions.id, actionId)).get();
  if (!action) return { ok: false, message: translate("strategyAdmin.error.gone") };
  const clash = db
    .select({ id: strategyActions.id })
    .from(strategyActions)
    .where(and(eq(strategyActions.strategyId, action.strategyId), eq(strategyActions.code, input.code)))
    .get();
  if (clash && clash.id !== actionId) return { ok: false, message: translate("strategyAdmin.error.taken", { code: input.code }) };
  db.transaction((tx) => {
    const areaId = areaIdFor(tx, action.strategyId, input.area);
    const { area: _area, ...details } = input;
    tx.update(strategyActions)
      .set({ ...details, areaId, updatedAt: new Date() })
      .where(eq(strategyActions.id, actionId))
      .run();
  });
  return { ok: true };
}

function areaIdFor(tx: DbOrTx, strategyId: number, name: string): number {
  const existing = tx
    .select({ id: strategyAreas.id })
    .from(strategyAreas)
    .where(and(eq(strategyAreas.strategyId, strategyId), eq(strategyAreas.name, name)))
    .get();
  if (existing) return existing.id;
  const position =
    tx
      .select({ n: sql<number>`count(*)` })
      .from(strategyAreas)
      .where(eq(strategyAreas.strategyId, strategyId))
      .get()?.n ?? 0;
  return tx.insert(strategyAreas).values({ strategyId, name, position }).returning({ id: strategyAreas.id }).get().id;
}

/**
 * Adds an action, or updates the one with the same code. A changed status is
 * recorded in the action's history like any other status update.
 */
export function saveAction(strategyId: number, input: ActionInput, authorId: string | null, note: string, tx: DbOrTx) {
  const now = new Date();
  const areaId = areaIdFor(tx, strategyId, input.area);
  const existing = tx
    .select({ id: strategyActions.id, status: strategyActions.status })
    .from(strategyActions)
    .where(and(eq(strategyActions.strategyId, strategyId), eq(strategyActions.code, input.code)))
    .get();
  const values = {
    areaId,
    code: input.code,
    title: input.title,
    how: input.how,
    measures: input.measures,
    lead: input.lead,
    dueDate: input.dueDate,
    status: input.status,
    participationLevel: input.participationLevel,
    updatedAt: now,
  };
  if (existing) {
    tx.update(strategyActions).set(values).where(eq(strategyActions.id, existing.id)).run();
    if (existing.status !== input.status) {
      tx.insert(actionUpdates).values({ actionId: existing.id, status: input.status, note, authorId, createdAt: now }).run();
    }
    return { id: existing.id, created: false };
  }
  const id = tx
    .insert(strategyActions)
    .values({ strategyId, ...values })
    .returning({ id: strategyActions.id })
    .get().id;
  tx.insert(actionUpdates).values({ actionId: id, status: input.status, note, authorId, createdAt: now }).run();
  return { id, created: true };
}

// ---- CSV import and export ----

export const CSV_HEADER = ["area", "code", "title", "how", "measures", "lead", "due_date", "status", "participation_level"] as const;
// Files exported before actions had a participation level still import.
const OLD_CSV_HEADER = CSV_HEADER.slice(0, -1);

const LEVEL_WORDS = new Map<string, ParticipationLevel>(
  PARTICIPATION_LEVELS.map((level) => [PARTICIPATION_LEVEL_TEXT[level].label.toLowerCase(), level]),
);

const STATUS_WORDS: Record<string, ActionStatus> = {
  "not started": "not_started",
  "on track": "on_track",
  "at risk": "at_risk",
  "off track": "off_track",
  complete: "complete",
};
const STATUS_TO_WORDS = Object.fromEntries(Object.entries(STATUS_WORDS).map(([words, status]) => [status, words])) as Record<ActionStatus, string>;

export type ImportProblem = { row: number; message: string };
export type ImportResult = { ok: true; created: number; updated: number } | { ok: false; problems: ImportProblem[] };

function validDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * Reads actions from CSV. Checks every row first: if any row is wrong nothing
 * is imported and every problem is listed with its row number (the header is row 1).
 */
export function importActionsCsv(strategyId: number, csv: string, authorId: string | null): ImportResult {
  let records: string[][];
  try {
    records = parse(csv.replace(/^\uFEFF/, ""), { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (error) {
    return {
      ok: false,
      problems: [
        {
          row: 0,
          message: translate("manage.translations.import.unreadable", { detail: error instanceof Error ? error.message.split("\n")[0]! : "" }),
        },
      ],
    };
  }
  if (records.length === 0) return { ok: false, problems: [{ row: 1, message: translate("strategyAdmin.import.empty") }] };
  const header = records[0]!.map((h) => h.trim().toLowerCase());
  const columns = header.join(",") === OLD_CSV_HEADER.join(",") ? OLD_CSV_HEADER.length : CSV_HEADER.length;
  if (header.join(",") !== CSV_HEADER.join(",") && columns !== OLD_CSV_HEADER.length) {
    return { ok: false, problems: [{ row: 1, message: translate("strategyAdmin.import.header", { header: CSV_HEADER.join(",") }) }] };
  }
  if (records.length === 1) return { ok: false, problems: [{ row: 2, message: translate("strategyAdmin.import.noRows") }] };

  const problems: ImportProblem[] = [];
  const rows: ActionInput[] = [];
  const seen = new Map<string, number>();
  records.slice(1).forEach((record, index) => {
    const row = index + 2;
    if (record.length !== columns) {
      problems.push({ row, message: translate("strategyAdmin.import.columns", { has: record.length, needs: columns }) });
      return;
    }
    // Undo the quote our export puts before cells that look like spreadsheet formulas.
    const cells = record.map((cell) => cell.replace(/^'(?=[=+\-@])/, "").normalize("NFC"));
    const [area, code, title, how, measures, lead, dueDate, status, level = ""] = cells as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string?,
    ];
    const rowProblems: string[] = [];
    const empty = (column: string) => rowProblems.push(translate("strategyAdmin.import.emptyCell", { column }));
    const long = (column: string, max: number) => rowProblems.push(translate("strategyAdmin.import.long", { column, max }));
    if (!area) empty("area");
    else if (area.length > 120) long("area", 120);
    if (!code) empty("code");
    else if (!/^[A-Za-z0-9][A-Za-z0-9.-]{0,15}$/.test(code)) rowProblems.push(translate("strategyAdmin.import.code", { code: code.slice(0, 20) }));
    else if (seen.has(code)) rowProblems.push(translate("strategyAdmin.import.codeTwice", { code, row: seen.get(code)! }));
    if (!title) empty("title");
    else if (title.length > 1000) long("title", 1000);
    if (how.length > 5000) long("how", 5000);
    if (measures.length > 5000) long("measures", 5000);
    if (lead.length > 200) long("lead", 200);
    if (dueDate && !validDate(dueDate)) rowProblems.push(translate("strategyAdmin.import.due", { due: dueDate.slice(0, 20) }));
    const statusValue = STATUS_WORDS[status.toLowerCase().replace(/[_\s]+/g, " ")];
    if (!statusValue) rowProblems.push(translate("strategyAdmin.import.status", { status: status.slice(0, 20) }));
    const levelValue = level ? LEVEL_WORDS.get(level.toLowerCase().replace(/[_\s]+/g, "-")) : null;
    if (levelValue === undefined) rowProblems.push(translate("strategyAdmin.import.level", { level: level.slice(0, 20) }));
    if (HIDDEN_CHARACTERS.test(record.join(""))) rowProblems.push(translate("strategyAdmin.import.hidden"));
    if (code) seen.set(code, row);
    if (rowProblems.length) problems.push({ row, message: rowProblems.join("; ") });
    else
      rows.push({ area, code, title, how, measures, lead, dueDate: dueDate || null, status: statusValue!, participationLevel: levelValue ?? null });
  });
  if (problems.length) return { ok: false, problems };

  let created = 0;
  let updated = 0;
  getDb().transaction((tx) => {
    for (const row of rows) {
      const result = saveAction(strategyId, row, authorId, "Imported from a spreadsheet", tx);
      if (result.created) created++;
      else updated++;
    }
  });
  return { ok: true, created, updated };
}

export function exportActionsCsv(strategyId: number): string {
  const rows = getDb()
    .select({ action: strategyActions, area: strategyAreas.name })
    .from(strategyActions)
    .innerJoin(strategyAreas, eq(strategyAreas.id, strategyActions.areaId))
    .where(eq(strategyActions.strategyId, strategyId))
    .all()
    .sort((a, b) => compareCodes(a.action.code, b.action.code));
  return toCsv(
    [...CSV_HEADER],
    rows.map(({ action, area }) => [
      area,
      action.code,
      action.title,
      action.how,
      action.measures,
      action.lead,
      action.dueDate ?? "",
      STATUS_TO_WORDS[action.status],
      action.participationLevel ? PARTICIPATION_LEVEL_TEXT[action.participationLevel].label.toLowerCase() : "",
    ]),
  );
}

/**
 * Published suggestions linked to an action, the evidence of co-production: how
 * many, and the newest few (the board lists them all, filtered by the action).
 */
export function suggestionsShapingAction(actionId: number, limit = 10, db: DbOrTx = getDb()) {
  const linked = and(
    eq(suggestionActions.actionId, actionId),
    isNotNull(suggestions.publishedAt),
    eq(suggestions.safeguarding, false),
    ne(suggestions.status, "merged"),
  );
  const total =
    db.select({ n: count() }).from(suggestionActions).innerJoin(suggestions, eq(suggestions.id, suggestionActions.suggestionId)).where(linked).get()
      ?.n ?? 0;
  const latest = db
    .select({ id: suggestions.id, publicWording: suggestions.publicWording, status: suggestions.status, publishedAt: suggestions.publishedAt })
    .from(suggestionActions)
    .innerJoin(suggestions, eq(suggestions.id, suggestionActions.suggestionId))
    .where(linked)
    .orderBy(desc(suggestions.publishedAt), desc(suggestions.id))
    .limit(limit)
    .all();
  return { total, latest };
}

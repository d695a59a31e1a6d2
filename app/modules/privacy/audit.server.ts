import { and, desc, gte, like, lt, or, sql, type SQL } from "drizzle-orm";
import { auditLog } from "~db/schema";
import { getDb, type DbOrTx } from "~/db.server";
import { toCsv } from "~/utils/csv.server";
import { requestStore } from "./actor.server";
import { londonDateTime, londonWallClock } from "~/utils/dates";
import { translate } from "~/modules/i18n/catalogue.server";

// The audit trail. Changes are written by database triggers while an officer,
// organiser or admin acts (see actor.server.ts); what the triggers cannot see,
// such as downloading personal data, is recorded here by name.

/** Records something an officer did that changes nothing, such as an export of personal data. */
export function recordAudit(action: string, subject: string, details: Record<string, unknown> | null = null, db: DbOrTx = getDb()) {
  const actor = requestStore.getStore()?.actor;
  db.insert(auditLog)
    .values({
      at: new Date(),
      actorId: actor?.id ?? null,
      actorName: actor?.name ?? "Not staff (the person themselves, or the system)",
      action,
      subject,
      before: null,
      after: details ? JSON.stringify(details) : null,
    })
    .run();
}

export type AuditFilters = { q?: string; from?: string; to?: string; page?: number };

const PAGE_SIZE = 50;

function where(filters: AuditFilters): SQL | undefined {
  const conditions: SQL[] = [];
  if (filters.q) {
    const pattern = `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      or(
        like(auditLog.subject, pattern),
        like(auditLog.action, pattern),
        like(auditLog.actorName, pattern),
        sql`${auditLog.after} like ${pattern} escape '\\'`,
      )!,
    );
  }
  if (filters.from) conditions.push(gte(auditLog.at, londonDateTime(filters.from, "00:00")));
  if (filters.to) conditions.push(lt(auditLog.at, new Date(londonDateTime(filters.to, "00:00").getTime() + 86_400_000)));
  return conditions.length ? and(...conditions) : undefined;
}

/** Changes whose record, action, person or new values mention the words, newest first. */
export function searchAudit(filters: AuditFilters) {
  const db = getDb();
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(auditLog)
      .where(where(filters))
      .get()?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(Math.max(1, filters.page ?? 1), pages);
  const rows = db
    .select()
    .from(auditLog)
    .where(where(filters))
    .orderBy(desc(auditLog.id))
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE)
    .all();
  return { total, page, pages, entries: rows.map((r) => ({ ...r, changes: changesOf(r.before, r.after) })) };
}

/** The fields that changed, as "field: before → after". */
export function changesOf(before: string | null, after: string | null): { field: string; before: string; after: string }[] {
  const b = (before ? JSON.parse(before) : {}) as Record<string, unknown>;
  const a = (after ? JSON.parse(after) : {}) as Record<string, unknown>;
  const show = (v: unknown) => (v === null || v === undefined ? "" : String(v));
  return [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter((k) => show(b[k]) !== show(a[k]))
    .map((field) => ({ field, before: show(b[field]), after: show(a[field]) }));
}

/** The whole filtered trail as CSV. */
export function auditCsv(filters: AuditFilters): string {
  const rows = getDb().select().from(auditLog).where(where(filters)).orderBy(desc(auditLog.id)).all();
  return toCsv(
    [
      translate("export.audit.when"),
      translate("export.audit.who"),
      translate("export.audit.action"),
      translate("export.audit.record"),
      translate("export.audit.before"),
      translate("export.audit.after"),
    ],
    rows.map((r) => [londonWallClock(r.at), r.actorName, r.action, r.subject, r.before ?? "", r.after ?? ""]),
  );
}

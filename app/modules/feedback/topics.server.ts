import { asc, eq, sql } from "drizzle-orm";
import { topics } from "~db/schema";
import { getDb, type DbOrTx } from "~/db.server";
import { translate } from "~/modules/i18n/catalogue.server";

// The topics suggestions are sorted under, set by officers.

export function listTopics(includeArchived = false, db: DbOrTx = getDb()) {
  const rows = db.select().from(topics).orderBy(asc(topics.name)).all();
  return includeArchived ? rows : rows.filter((t) => !t.archived);
}

export function addTopic(name: string): { ok: true } | { ok: false; message: string } {
  const db = getDb();
  const existing = db
    .select()
    .from(topics)
    .where(sql`lower(${topics.name}) = lower(${name})`)
    .get();
  if (existing && !existing.archived) return { ok: false, message: translate("topics.error.exists") };
  if (existing) db.update(topics).set({ archived: false }).where(eq(topics.id, existing.id)).run();
  else db.insert(topics).values({ name }).run();
  return { ok: true };
}

export function setTopicArchived(id: number, archived: boolean) {
  getDb().update(topics).set({ archived }).where(eq(topics.id, id)).run();
}

import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import type Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import { config } from "~/config.server";
import { getDb, isDatabaseReadOnly } from "~/db.server";
import { outbox } from "~db/schema";

export type ReadinessCheck = { name: string; ok: boolean; detail: string };

// The migrations this release has: they do not change while it runs.
let journal: { when: number }[] | undefined;
const migrationsOfRelease = () =>
  (journal ??= (JSON.parse(fs.readFileSync(path.resolve("db/migrations/meta/_journal.json"), "utf8")) as { entries: { when: number }[] }).entries);

/**
 * Whether this installation can do its work: the database is open and can be written, every
 * migration in this release has been applied, and no message has waited too long to be sent.
 * Says what each check found, with no personal data (it is for a load balancer and its operators).
 */
export function readiness(now = Date.now()): { ready: boolean; checks: ReadinessCheck[] } {
  const checks: ReadinessCheck[] = [];
  const check = (name: string, run: () => { ok: boolean; detail: string }) => {
    try {
      checks.push({ name, ...run() });
    } catch (error) {
      checks.push({ name, ok: false, detail: (error as { code?: string }).code ?? "failed" });
    }
  };
  check("database writable", () => {
    if (isDatabaseReadOnly()) return { ok: false, detail: "the database file is read-only" };
    // Taking the write lock and letting it go proves a write could happen now.
    const sqlite = (getDb() as unknown as { $client: Database.Database }).$client;
    sqlite.exec("begin immediate; rollback");
    return { ok: true, detail: "open, and the write lock was taken" };
  });
  check("migrations applied", () => {
    const expected = migrationsOfRelease();
    const applied = getDb().get<{ n: number; last: number | null }>(sql`select count(*) as n, max(created_at) as last from __drizzle_migrations`);
    const ok = applied.n >= expected.length && applied.last === expected.at(-1)!.when;
    return { ok, detail: `${applied.n} of ${expected.length} applied` };
  });
  check("outbox moving", () => {
    const oldest = getDb()
      .select({ at: sql<number | null>`min(${outbox.createdAt})` })
      .from(outbox)
      .where(sql`${outbox.status} in ('pending', 'sending')`)
      .get()?.at;
    const age = oldest ? Math.round((now - oldest) / 1000) : 0;
    const limit = config.readyOutboxMaxAgeSeconds;
    return { ok: age <= limit, detail: oldest ? `the oldest message waiting is ${age} s old (limit ${limit} s)` : "nothing waiting" };
  });
  return { ready: checks.every((c) => c.ok), checks };
}

/** Whether a request carries METRICS_TOKEN as its bearer token (compared in constant time). */
export function hasMetricsToken(request: Request): boolean {
  const expected = config.metricsToken;
  const given = /^Bearer (.+)$/.exec(request.headers.get("authorization") ?? "")?.[1];
  if (!expected || !given) return false;
  const digest = (value: string) => crypto.createHash("sha256").update(value).digest();
  return crypto.timingSafeEqual(digest(given), digest(expected));
}

import fs from "node:fs";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { sql } from "drizzle-orm";
import { config } from "~/config.server";
import { getDb } from "~/db.server";
import { outbox } from "~db/schema";
import { CHANNELS } from "~db/schema/enums";
import { backupFolder, newestBackup } from "./backups.server";

// What Prometheus reads at /metrics (behind METRICS_TOKEN). Labels are route patterns, channels
// and job names: a bounded set, and never anything about a person.
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: "coproduce_" });

const requests = new Counter({
  name: "coproduce_http_requests_total",
  help: "Requests answered, by route pattern, method and status code.",
  labelNames: ["route", "method", "status"] as const,
  registers: [registry],
});
const latency = new Histogram({
  name: "coproduce_http_request_duration_seconds",
  help: "Time to answer a request, by route pattern.",
  labelNames: ["route"] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [registry],
});
const errors = new Counter({
  name: "coproduce_errors_total",
  help: "Unexpected errors: in a request (kind=request) or in background work (kind=<job>).",
  labelNames: ["kind"] as const,
  registers: [registry],
});
const pageCache = new Counter({
  name: "coproduce_page_cache_total",
  help: "Public pages asked for by visitors: sent from the page cache (hit) or rendered (miss).",
  labelNames: ["result"] as const,
  registers: [registry],
});
const jobSuccess = new Gauge({
  name: "coproduce_job_last_success_timestamp_seconds",
  help: "When each background job last finished without an error (Unix time).",
  labelNames: ["job"] as const,
  registers: [registry],
});

// Each set of labels' own counter, found again without prom-client hashing the labels each time
// (a request from the page cache costs a few microseconds; this was a good part of them).
const requestCounters = new Map<string, ReturnType<typeof requests.labels>>();
const latencyTimers = new Map<string, ReturnType<typeof latency.labels>>();

/** Counted once per request by app/server.ts when the response has gone. */
export function observeRequest(route: string, method: string, status: number, seconds: number) {
  const key = `${route} ${method} ${status}`;
  let counter = requestCounters.get(key);
  if (!counter) requestCounters.set(key, (counter = requests.labels(route, method, String(status))));
  counter.inc();
  let timer = latencyTimers.get(route);
  if (!timer) latencyTimers.set(route, (timer = latency.labels(route)));
  timer.observe(seconds);
}

export function countPageCache(result: "hit" | "miss") {
  pageCache.inc({ result });
}

export function countError(kind: string) {
  errors.inc({ kind });
}

export function recordJobSuccess(job: string, at = Date.now()) {
  jobSuccess.set({ job }, at / 1000);
}

/** The outbox by channel, read once per scrape: waiting, the oldest waiting, and given up. */
let outboxRead: { at: number; rows: { channel: string; waiting: number; oldest: number | null; failed: number }[] } | undefined;
function outboxByChannel() {
  if (!outboxRead || Date.now() - outboxRead.at > 1000) {
    const rows = getDb()
      .select({
        channel: outbox.channel,
        waiting: sql<number>`sum(${outbox.status} in ('pending', 'sending'))`,
        oldest: sql<number | null>`min(case when ${outbox.status} in ('pending', 'sending') then ${outbox.createdAt} end)`,
        failed: sql<number>`sum(${outbox.status} = 'failed')`,
      })
      .from(outbox)
      .groupBy(outbox.channel)
      .all();
    outboxRead = { at: Date.now(), rows };
  }
  return CHANNELS.map((channel) => outboxRead!.rows.find((r) => r.channel === channel) ?? { channel, waiting: 0, oldest: null, failed: 0 });
}

new Gauge({
  name: "coproduce_outbox_waiting",
  help: "Messages waiting to be sent, by channel.",
  labelNames: ["channel"] as const,
  registers: [registry],
  collect() {
    for (const row of outboxByChannel()) this.set({ channel: row.channel }, row.waiting);
  },
});
new Gauge({
  name: "coproduce_outbox_oldest_waiting_seconds",
  help: "Age of the oldest message waiting to be sent, by channel (0 when none waits).",
  labelNames: ["channel"] as const,
  registers: [registry],
  collect() {
    for (const row of outboxByChannel()) this.set({ channel: row.channel }, row.oldest ? (Date.now() - row.oldest) / 1000 : 0);
  },
});
new Gauge({
  name: "coproduce_outbox_failed",
  help: "Messages the outbox gave up on, by channel.",
  labelNames: ["channel"] as const,
  registers: [registry],
  collect() {
    for (const row of outboxByChannel()) this.set({ channel: row.channel }, row.failed);
  },
});

const fileSize = (file: string) => (fs.existsSync(file) ? fs.statSync(file).size : 0);
new Gauge({
  name: "coproduce_database_bytes",
  help: "Size of the database file, and of its write-ahead log (file=wal).",
  labelNames: ["file"] as const,
  registers: [registry],
  collect() {
    this.set({ file: "database" }, fileSize(config.databasePath));
    this.set({ file: "wal" }, fileSize(`${config.databasePath}-wal`));
  },
});
new Gauge({
  name: "coproduce_backup_last_success_timestamp_seconds",
  help: "When the newest checked backup in the backup folder was taken (Unix time; 0 when there is none).",
  registers: [registry],
  collect() {
    const newest = newestBackup(backupFolder());
    this.set(newest ? newest.takenAt.getTime() / 1000 : 0);
  },
});

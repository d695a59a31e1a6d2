import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { demoDatabase, post, startApp, type Running } from "./server";

// What a council's IT team drills before they run Coproduce: health and metrics, what the logs
// hold, a restore, and an upgrade from an older release. Each starts the built app as a process.

let running: Running[] = [];
afterEach(async () => {
  await Promise.all(running.map((app) => app.stop("SIGKILL")));
  running = [];
});
async function start(file: string, env: Record<string, string> = {}) {
  const app = await startApp(file, env);
  running.push(app);
  return app;
}
const npm = (args: string[], env: Record<string, string>) =>
  spawnSync("npm", ["run", "--silent", ...args], { env: { ...process.env, ...env }, encoding: "utf8" });
const EMAIL = /[^\s@"'<>]+@[^\s@"'<>]+\.[a-z]{2,}/i;

/** A suggestion through Tell us; its tracking page's address, or undefined if it was not taken. */
async function suggest(base: string, body: string, extra: Record<string, string> = {}) {
  const made = await post(base, "/tell-us", new URLSearchParams({ body, kind: "parent_carer", consent: "yes", contact: "none", ...extra }));
  const location = made.headers.get("location") ?? "";
  return made.status === 302 && location.startsWith("/track/") ? location.split("?")[0] : undefined;
}

describe("operations", () => {
  it("answers /healthz and /readyz, says when it cannot write, and gives Prometheus its figures only with the token", async () => {
    const file = demoDatabase();
    const app = await start(file, { METRICS_TOKEN: "a-long-random-metrics-token" });
    expect(await fetch(`${app.base}/healthz`).then((r) => r.text())).toBe("ok\n");
    const ready = await fetch(`${app.base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ready", checks: [{ ok: true }, { ok: true }, { ok: true }] });

    await fetch(`${app.base}/events`);
    expect((await fetch(`${app.base}/metrics`)).status).toBe(401);
    expect((await fetch(`${app.base}/metrics`, { headers: { Authorization: "Bearer wrong" } })).status).toBe(401);
    const metrics = await fetch(`${app.base}/metrics`, { headers: { Authorization: "Bearer a-long-random-metrics-token" } }).then((r) => r.text());
    for (const figure of [
      'coproduce_http_requests_total{route="/events",method="GET",status="200"} 1',
      'coproduce_http_request_duration_seconds_count{route="/healthz"} 1',
      'coproduce_page_cache_total{result="miss"}',
      'coproduce_outbox_waiting{channel="email"}',
      'coproduce_outbox_oldest_waiting_seconds{channel="sms"}',
      'coproduce_outbox_failed{channel="letter"}',
      'coproduce_job_last_success_timestamp_seconds{job="outbox"}',
      'coproduce_database_bytes{file="wal"}',
      "coproduce_backup_last_success_timestamp_seconds",
    ])
      expect(metrics).toContain(figure);

    // A database file made read-only (a full disk, a restore under way): alive, but not ready.
    fs.chmodSync(file, 0o444);
    try {
      const notReady = await fetch(`${app.base}/readyz`);
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toMatchObject({
        status: "not ready",
        checks: expect.arrayContaining([{ name: "database writable", ok: false, detail: "the database file is read-only" }]),
      });
      expect((await fetch(`${app.base}/healthz`)).status).toBe(200);
    } finally {
      fs.chmodSync(file, 0o644);
    }
    expect((await fetch(`${app.base}/readyz`)).status).toBe(200);
  });

  it("logs JSON lines with a request id, never the personal details sent through its forms, and shows the id on an error page", async () => {
    const file = demoDatabase();
    const app = await start(file, { LOG_LEVEL: "debug" });
    const canary = {
      name: "Zebedee Quartermaine",
      email: "zebedee.canary@example.org",
      phone: "07700 900987",
      words: "marmalade lighthouse umbrella",
      password: "canary horse battery staple",
    };
    const eventId = (() => {
      const db = new Database(file, { readonly: true });
      const row = db.prepare("select id from events where status = 'published' and starts_at > ? order by id limit 1").get(Date.now()) as {
        id: number;
      };
      db.close();
      return row.id;
    })();
    expect(await suggest(app.base, `My son needs ${canary.words}`, { name: canary.name, contact: "email", email: canary.email })).toBeTruthy();
    const forms: [string, Record<string, string>][] = [
      ["/tell-us", { body: canary.words, kind: "parent_carer", contact: "sms", phone: canary.phone }],
      ["/sign-up", { name: canary.name, email: canary.email, age: "18_plus" }],
      ["/sign-in", { email: canary.email, password: canary.password }],
      ["/sign-in", { email: "officer@northsomerset.example", password: canary.password }],
      ["/forgot-password", { email: canary.email }],
      ["/sign-in/link", { email: canary.email }],
      ["/charter/sign", { name: canary.name, email: canary.email, kind: "person", agree: "yes", organisation: canary.words }],
      [
        `/events/${eventId}/register`,
        { name: canary.name, email: canary.email, phone: canary.phone, places: "1", role: "parent_carer", consent: "yes", accessNotes: canary.words },
      ],
      ["/tell-us", { body: "<script>x</script>", kind: "nonsense", email: `not an address ${canary.email}` }],
    ];
    for (const [url, fields] of forms) {
      const answer = await post(app.base, url, new URLSearchParams(fields));
      expect(answer.status, url).toBeLessThan(500);
    }
    // Let the outbox send what those forms queued.
    await new Promise((r) => setTimeout(r, 1500));

    // A damaged database (a table gone) makes a page fail: the page gives the request's id.
    const db = new Database(file);
    db.pragma("foreign_keys = OFF");
    db.exec("drop table topics");
    db.close();
    const failed = await fetch(`${app.base}/tell-us`);
    expect(failed.status).toBe(500);
    const requestId = failed.headers.get("x-request-id")!;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await failed.text()).toContain(`quote this reference: ${requestId}`);

    const lines = app
      .output()
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const requests = lines.filter((l) => l.msg === "request");
    expect(requests.length).toBeGreaterThan(forms.length);
    for (const line of requests) expect(line.requestId, JSON.stringify(line)).toEqual(expect.any(String));
    expect(lines.find((l) => l.level === "error" && l.msg === "request failed")).toMatchObject({ requestId, err: { code: "SQLITE_ERROR" } });
    const log = app.output();
    for (const value of [...Object.values(canary), "Zebedee", "07700900987", "+447700900987"]) expect(log).not.toContain(value);
    expect(log).not.toMatch(EMAIL);
  });

  it("the end-to-end run's server log holds no email address, password or token", () => {
    const file = path.resolve(".cache/e2e/server.log");
    // Only after `npm test` has run the end-to-end journeys (every form, in a browser).
    if (!fs.existsSync(file)) return;
    const log = fs.readFileSync(file, "utf8");
    expect(log.length).toBeGreaterThan(10_000);
    expect(log).not.toMatch(EMAIL);
    expect(log).not.toContain("correct horse battery staple");
    expect(log).not.toMatch(/coproduce_session=/);
    for (const line of log.trim().split("\n")) expect(() => JSON.parse(line), line.slice(0, 200)).not.toThrow();
  });

  it("restores a backup into an installation: refused while it runs, then every record of that time is back", async () => {
    const file = demoDatabase();
    const folder = path.join(path.dirname(file), "backups");
    const env = { DATABASE_PATH: file, BACKUP_DIR: folder };
    const app = await start(file);
    const before = await Promise.all([1, 2, 3].map((n) => suggest(app.base, `Before the backup ${n}`)));
    const backup = npm(["backup"], env);
    expect(backup.status, backup.stderr).toBe(0);
    const [taken] = fs.readdirSync(folder);
    expect(taken).toMatch(/^coproduce-\d{8}T\d{6}Z\.db$/);
    const after = await suggest(app.base, "After the backup");

    const refused = npm(["restore", "--", path.join(folder, taken!)], env);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("Stop it first");

    await app.stop();
    const restored = npm(["restore", "--", path.join(folder, taken!)], env);
    expect(restored.status, restored.stderr).toBe(0);
    expect(restored.stdout).toContain("integrity checked");
    // Every table holds exactly what the backup held.
    const rows = (db: string) => {
      const sqlite = new Database(db, { readonly: true });
      const tables = sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'").all() as { name: string }[];
      const counts = Object.fromEntries(
        tables.map(({ name }) => [name, (sqlite.prepare(`select count(*) as n from "${name}"`).get() as { n: number }).n]),
      );
      sqlite.close();
      return counts;
    };
    expect(rows(file)).toEqual(rows(path.join(folder, taken!)));

    const again = await start(file);
    for (const track of before) expect((await fetch(`${again.base}${track}`)).status, track).toBe(200);
    expect((await fetch(`${again.base}${after}`)).status).toBe(404);
    expect(await suggest(again.base, "Written after the restore")).toBeTruthy();
  });

  it("starts a new installation empty and ready, and its first admin is made with the command the guide gives", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coproduce-faults-new-"));
    const file = path.join(dir, "coproduce.db");
    const app = await start(file, { NODE_ENV: "production" });
    expect(await fetch(`${app.base}/readyz`).then((r) => r.json())).toMatchObject({ status: "ready" });
    for (const page of ["/", "/you-said-we-did", "/events", "/charter", "/tell-us"])
      expect((await fetch(`${app.base}${page}`)).status, page).toBe(200);
    const made = npm(["admin:create", "--", "first.admin@council.example", "First Admin"], { DATABASE_PATH: file, APP_URL: app.base });
    expect(made.status, made.stderr).toBe(0);
    const link = /http\S+\/password\/\S+/.exec(made.stdout)![0];
    const token = new URL(link).pathname;
    expect((await fetch(`${app.base}${token}`)).status).toBe(200);
    const chosen = await post(
      app.base,
      token,
      new URLSearchParams({ password: "the first admin's phrase", confirmPassword: "the first admin's phrase" }),
    );
    expect(chosen.status).toBe(302);
    const cookie = (chosen.headers.get("set-cookie") ?? "").split(";")[0]!;
    expect((await fetch(`${app.base}/admin/settings`, { headers: { Cookie: cookie } })).status).toBe(200);
  });

  it("upgrades a database made by an earlier release: migrations apply, and its people and data are all there and usable", async () => {
    // The demo area as commit ce43ebf (issue 17, migration 0029) seeded it; every later migration applies to it here.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coproduce-faults-upgrade-"));
    const file = path.join(dir, "coproduce.db");
    fs.writeFileSync(file, zlib.gunzipSync(fs.readFileSync(path.resolve("tests/faults/fixtures/demo-area-ce43ebf.db.gz"))));
    const counted = [
      "users",
      "suggestions",
      "suggestion_timeline",
      "events",
      "surveys",
      "survey_responses",
      "charter_signatures",
      "review_documents",
    ];
    const counts = (readonly = true) => {
      const db = new Database(file, { readonly });
      const result = Object.fromEntries(counted.map((t) => [t, (db.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n]));
      const migrations = (db.prepare("select count(*) as n from __drizzle_migrations").get() as { n: number }).n;
      db.close();
      return { result, migrations };
    };
    const old = counts();
    const app = await start(file);
    const now = counts();
    expect(now.migrations).toBeGreaterThan(old.migrations);
    expect(now.result).toEqual(old.result);
    expect(await fetch(`${app.base}/readyz`).then((r) => r.json())).toMatchObject({ status: "ready" });
    for (const page of ["/", "/you-said-we-did", "/events", "/surveys", "/charter", "/strategy"])
      expect((await fetch(`${app.base}${page}`)).status, page).toBe(200);
    // The officer signs in with the password they had, and the dashboard and triage work.
    const signedIn = await post(
      app.base,
      "/sign-in",
      new URLSearchParams({ email: "officer@northsomerset.example", password: "correct horse battery staple" }),
    );
    expect(signedIn.status).toBe(302);
    const cookie = (signedIn.headers.get("set-cookie") ?? "").split(";")[0]!;
    for (const page of ["/manage", "/manage/suggestions"])
      expect((await fetch(`${app.base}${page}`, { headers: { Cookie: cookie } })).status, page).toBe(200);
    // And the upgraded area takes new suggestions.
    expect(await suggest(app.base, "Written after the upgrade")).toBeTruthy();
  });
});

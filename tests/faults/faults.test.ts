import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { demoDatabase, post, refusesConnections, startApp, testServersStillRunning, type Running } from "./server";

let running: Running[] = [];
afterEach(async () => {
  await Promise.all(running.map((app) => app.stop("SIGKILL")));
  running = [];
});

// Every server a test started has gone when the tests end, the end-to-end tests' one included.
afterAll(() => {
  expect(testServersStillRunning(), "servers started by the tests and still running").toEqual([]);
});

async function start(file: string) {
  const app = await startApp(file);
  running.push(app);
  return app;
}

function openSurvey(file: string) {
  const db = new Database(file, { readonly: true });
  // The demo area's survey that is open now.
  const now = Date.now();
  const survey = db.prepare("select id from surveys where status = 'published' and opens_at <= ? and closes_at > ?").get(now, now) as { id: number };
  const questions = db.prepare("select id, kind from survey_questions where survey_id = ?").all(survey.id) as { id: number; kind: string }[];
  db.close();
  return { surveyId: survey.id, questions };
}

/** One person's whole survey: start, answer the page, send. True only when the service said it was sent. */
async function answerSurvey(base: string, surveyId: number, questions: { id: number; kind: string }[], marker: string) {
  const started = await post(base, `/surveys/${surveyId}`, new URLSearchParams());
  const cookie = (started.headers.get("set-cookie") ?? "").split(";")[0]!;
  if (started.status !== 302 || !cookie.includes("=")) return false;
  const answers = new URLSearchParams({ intent: "save", respondentKind: "young_person" });
  for (const q of questions) {
    if (q.kind === "multiple") answers.append(`q${q.id}`, "c1");
    else if (q.kind === "yes_no") answers.set(`q${q.id}`, "yes");
    else answers.set(`q${q.id}`, marker);
  }
  const saved = await post(base, `/surveys/${surveyId}/page/1`, answers, cookie);
  if (saved.status !== 302) return false;
  const sent = await post(base, `/surveys/${surveyId}/check`, new URLSearchParams(), cookie);
  return sent.status === 302 && (sent.headers.get("location") ?? "").includes("/done");
}

async function suggest(base: string, marker: string) {
  const made = await post(
    base,
    "/tell-us",
    new URLSearchParams({ body: marker, topic: "", kind: "parent_carer", name: "", email: "", consent: "yes" }),
  );
  return made.status === 302 && (made.headers.get("location") ?? "").startsWith("/track/");
}

describe("faults", () => {
  it("keeps every acknowledged suggestion and survey answer when the server is killed with -9 mid-stream, and nothing half-written", async () => {
    const file = demoDatabase();
    const { surveyId, questions } = openSurvey(file);
    const app = await start(file);
    const acknowledged = { suggestions: [] as string[], answers: [] as string[] };
    let stop = false;
    const client = async (n: number) => {
      for (let i = 0; !stop; i++) {
        const marker = `Fault test ${n}-${i}`;
        try {
          if (i % 2 === 0 ? await suggest(app.base, `${marker} suggestion`) : await answerSurvey(app.base, surveyId, questions, `${marker} answer`)) {
            (i % 2 === 0 ? acknowledged.suggestions : acknowledged.answers).push(`${marker} ${i % 2 === 0 ? "suggestion" : "answer"}`);
          }
        } catch {
          // The server has gone: this submission was never acknowledged.
        }
      }
    };
    const clients = Array.from({ length: 20 }, (_, n) => client(n));
    await new Promise((r) => setTimeout(r, 2500));
    await app.stop("SIGKILL");
    // The server itself is gone, not only a wrapper around it: nothing answers on its port.
    expect(await refusesConnections(app.port)).toBe(true);
    stop = true;
    await Promise.all(clients);
    console.log(
      `kill -9 with 20 clients: ${acknowledged.suggestions.length} suggestions and ${acknowledged.answers.length} survey answers acknowledged before the kill`,
    );
    expect(acknowledged.suggestions.length).toBeGreaterThan(10);
    expect(acknowledged.answers.length).toBeGreaterThan(5);

    // Restarted on the same file: every acknowledged submission is there, whole.
    const again = await start(file);
    expect((await fetch(`${again.base}/you-said-we-did`)).status).toBe(200);
    const db = new Database(file, { readonly: true });
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    const storedSuggestions = new Set(
      (db.prepare("select body from suggestions where body like 'Fault test %'").all() as { body: string }[]).map((r) => r.body),
    );
    for (const marker of acknowledged.suggestions) expect(storedSuggestions.has(marker), marker).toBe(true);
    const storedAnswers = new Set(
      (
        db
          .prepare(
            "select a.value from survey_answers a join survey_responses r on r.id = a.response_id where r.status = 'submitted' and a.value like 'Fault test %'",
          )
          .all() as { value: string }[]
      ).map((r) => r.value),
    );
    for (const marker of acknowledged.answers) expect(storedAnswers.has(marker), marker).toBe(true);
    // Nothing half-written: no suggestion without its first timeline entry, no sent response without its answers.
    expect(
      db.prepare("select count(*) as n from suggestions s where not exists (select 1 from suggestion_timeline e where e.suggestion_id = s.id)").get(),
    ).toEqual({ n: 0 });
    expect(
      db
        .prepare(
          "select count(*) as n from survey_responses r where r.status = 'submitted' and (r.submitted_at is " +
            "null or not exists (select 1 from survey_answers a where a.response_id = r.id))",
        )
        .get(),
    ).toEqual({ n: 0 });
    db.close();
  });

  it("keeps reading pages when the database file becomes read-only, and turns writes away with “try again later”", async () => {
    const file = demoDatabase();
    fs.chmodSync(file, 0o444);
    try {
      const app = await start(file);
      for (const page of ["/", "/you-said-we-did", "/strategy", "/events", "/charter", "/surveys"]) {
        expect((await fetch(`${app.base}${page}`)).status, page).toBe(200);
      }
      const refused = await post(app.base, "/tell-us", new URLSearchParams({ body: "Will this be kept?", kind: "parent_carer", consent: "yes" }));
      expect(refused.status).toBe(503);
      expect(await refused.text()).toContain("Please try again later");
      const signIn = await post(
        app.base,
        "/sign-in",
        new URLSearchParams({ email: "officer@northsomerset.example", password: "correct horse battery staple" }),
      );
      expect(signIn.status).toBe(503);
      // Still serving reads after the refused writes.
      expect((await fetch(`${app.base}/you-said-we-did`)).status).toBe(200);
    } finally {
      fs.chmodSync(file, 0o644);
    }
    const db = new Database(file, { readonly: true });
    expect(db.prepare("select count(*) as n from suggestions where body = 'Will this be kept?'").get()).toEqual({ n: 0 });
    db.close();
  });

  it("takes a backup with `npm run backup` while people are writing, and the backup runs the app", async () => {
    const file = demoDatabase();
    const app = await start(file);
    let stop = false;
    let made = 0;
    const writers = Array.from({ length: 5 }, async (_, n) => {
      for (let i = 0; !stop; i++) if (await suggest(app.base, `Backup test ${n}-${i}`)) made++;
    });
    await new Promise((r) => setTimeout(r, 500));
    const folder = path.join(path.dirname(file), "backups");
    const backup = spawnSync("npm", ["run", "--silent", "backup"], {
      env: { ...process.env, DATABASE_PATH: file, BACKUP_DIR: folder },
      encoding: "utf8",
    });
    stop = true;
    await Promise.all(writers);
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.stdout).toContain("Backed up");
    expect(made).toBeGreaterThan(0);

    const copy = path.join(folder, fs.readdirSync(folder)[0]!);
    const restored = await start(copy);
    expect((await fetch(`${restored.base}/you-said-we-did`)).status).toBe(200);
    expect(await suggest(restored.base, "Written to the restored copy")).toBe(true);
    const db = new Database(copy, { readonly: true });
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    expect((db.prepare("select count(*) as n from suggestions where body like 'Backup test %'").get() as { n: number }).n).toBeLessThanOrEqual(made);
    db.close();
  });

  it("serves no development mailbox and says why when the demo listens beyond this machine", async () => {
    const file = demoDatabase();
    const local = await start(file);
    expect((await fetch(`${local.base}/dev/mailbox`)).status).toBe(200);
    // Through a proxy on this machine, the request is someone else's: no mailbox.
    expect((await fetch(`${local.base}/dev/mailbox`, { headers: { "X-Forwarded-For": "203.0.113.9" } })).status).toBe(404);
    await local.stop();

    const exposed = await startApp(file, { HOST: "0.0.0.0" });
    running.push(exposed);
    const mailbox = await fetch(`${exposed.base}/dev/mailbox`);
    expect(mailbox.status).toBe(404);
    expect(await fetch(`${exposed.base}/`).then((r) => r.text())).not.toContain("Development mailbox");
    expect(exposed.output()).toContain("the development mailbox and error details are switched off");
  });
});

// npm run bench:outbox: the outbox under load. 10,000 queued messages (six in ten emails, three
// texts, one letter) go to a local SMTP server and a local server that speaks GOV.UK Notify's API. The
// worker is killed with SIGKILL part way through the batch and started again, as a crash would;
// then every message must have arrived, none lost. A text or letter is never doubled (the outbox asks
// Notify for a cut-off message's reference before sending it again). SMTP cannot be asked: an email cut off
// between the server's "250 OK" and the worker recording it is sent again, with the same Message-ID,
// which mail programs show once; the bench counts those. Prints the throughput beside the figures.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { SMTPServer } from "smtp-server";
import { notifyApiKey, startFakeNotify } from "../tests/notify/fake-notify";
import { freePort, run } from "./helpers";

const TOTAL = Number(process.env.BENCH_MESSAGES || 10_000);
const KILL_AT = 0.3; // of the batch received when the worker is killed

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coproduce-outbox-"));
const databasePath = path.join(dir, "outbox.db");
const emails = new Map<string, number>(); // Message-ID: times the SMTP server accepted it
const smtpPort = await freePort();
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  // No reverse DNS for each connection: there is no resolver to answer here.
  disableReverseLookup: true,
  logger: false,
  onData(stream, _session, callback) {
    let raw = "";
    stream.on("data", (chunk: Buffer) => (raw += chunk.toString()));
    stream.on("end", () => {
      const id = /^Message-ID: (.*)$/im.exec(raw)?.[1]?.trim() ?? "";
      emails.set(id, (emails.get(id) ?? 0) + 1);
      callback();
    });
  },
});
await new Promise<void>((resolve) => smtp.listen(smtpPort, "127.0.0.1", resolve));
const serviceId = crypto.randomUUID();
const secret = crypto.randomUUID();
const smsTemplateId = crypto.randomUUID();
const letterTemplateId = crypto.randomUUID();
const notify = await startFakeNotify({ serviceId, secret, smsTemplateId, letterTemplateId });
const env = {
  DATABASE_PATH: databasePath,
  SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  NOTIFY_API_KEY: notifyApiKey(serviceId, secret),
  NOTIFY_SMS_TEMPLATE_ID: smsTemplateId,
  NOTIFY_LETTER_TEMPLATE_ID: letterTemplateId,
  NOTIFY_BASE_URL: notify.url,
};
const arrived = () => [...emails.values()].reduce((a, b) => a + b, 0) + notify.texts.length + notify.letters.length;
let worker: ChildProcess | undefined;
// Node itself, not the tsx launcher, so SIGKILL reaches the process that sends.
const startWorker = () =>
  spawn(process.execPath, ["--import", "tsx", "bench/outbox-worker.ts", "work"], { env: { ...process.env, ...env }, stdio: "inherit" });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

try {
  console.log(`Queuing ${TOTAL.toLocaleString("en-GB")} messages...`);
  await run(process.execPath, ["--import", "tsx", "bench/outbox-worker.ts", "enqueue", String(TOTAL)], env);
  const db = new Database(databasePath, { readonly: true });
  const sentInDb = () => (db.prepare("select count(*) as n from outbox where status = 'sent'").get() as { n: number }).n;

  const started = performance.now();
  worker = startWorker();
  while (arrived() === 0) await sleep(1);
  // Timed from the first arrival, so the worker's start-up is not counted as sending.
  const first = performance.now();
  while (arrived() < TOTAL * KILL_AT) await sleep(5);
  worker.kill("SIGKILL");
  await new Promise((r) => worker!.once("exit", r));
  const killedAfter = (performance.now() - first) / 1000;
  const beforeKill = arrived();
  const cutOff = (db.prepare("select count(*) as n from outbox where status = 'sending'").get() as { n: number }).n;
  console.log(`Killed the worker with SIGKILL after ${beforeKill} arrivals (${cutOff} cut off mid-send); starting it again...`);

  const restarted = performance.now();
  worker = startWorker();
  // A cut-off message waits for its lease (a minute) to run out, in case another worker has it.
  while (sentInDb() < TOTAL && performance.now() - restarted < 300_000) await sleep(100);
  const total = (performance.now() - started) / 1000;
  worker.kill("SIGTERM");

  const emailCount = [...emails.values()].length;
  const emailsTwice = [...emails.values()].filter((n) => n > 1).length;
  const byNotify = [...notify.texts, ...notify.letters];
  const references = new Set(byNotify.map((t) => t.reference));
  const notifyTwice = byNotify.length - references.size;
  const lost = TOTAL - emailCount - references.size;
  const rows: [string, string][] = [
    ["Messages queued (emails, texts, letters)", `${TOTAL} (${TOTAL * 0.6}, ${TOTAL * 0.3}, ${TOTAL * 0.1})`],
    ["Throughput before the kill", `${Math.round(beforeKill / killedAfter)} messages a second`],
    ["Marked sent in the database", String(sentInDb())],
    ["Arrived at least once", `${emailCount + references.size}`],
    ["Lost", String(lost)],
    ["Texts and letters Notify got twice", String(notifyTwice)],
    ["Emails the SMTP server accepted twice (same Message-ID, shown once)", String(emailsTwice)],
    ["Whole batch, kill and a minute's lease included", `${total.toFixed(1)} s`],
  ];
  console.log("\nThe outbox under load, killed mid-batch and restarted:\n");
  for (const [label, value] of rows) console.log(`  ${label.padEnd(72)} ${value}`);
  const ok = lost === 0 && notifyTwice === 0 && sentInDb() === TOTAL && emailsTwice <= cutOff;
  console.log(`\n${ok ? "Met" : "NOT MET"}: every message arrived; no text or letter twice; an email twice only if cut off mid-send.`);
  db.close();
  if (!ok) process.exitCode = 1;
} finally {
  worker?.kill("SIGKILL");
  smtp.close();
  await notify.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

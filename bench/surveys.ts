// npm run bench (second part): a 20-question survey with 100,000 responses.
// Prints the officer's results page time and the CSV export time and the server's
// memory growth while exporting. (Survey submissions are measured in bench/run.ts.)
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { freePort, load, run, signInOfficer, waitFor } from "./helpers";

const RESPONSES = Number(process.env.BENCH_RESPONSES || 100_000);
const DURATION = Number(process.env.BENCH_SECONDS || 8);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coproduce-bench-survey-"));
const databasePath = path.join(dir, "bench.db");
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const tsx = path.resolve("node_modules/.bin/tsx");
let server: ChildProcess | undefined;

/** Resident memory of a process and all its children, in bytes (the server runs under tsx). */
function treeRss(pid: number): number {
  let total = 0;
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
      const children = fs.readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
      for (const child of children ? children.split(/\s+/) : []) total += treeRss(Number(child));
    }
  } catch {
    // the process ended
  }
  return total;
}

try {
  if (!fs.existsSync("build/index.js")) await run("npm", ["run", "build"], {});
  console.log(`Seeding a 20-question survey with ${RESPONSES.toLocaleString("en-GB")} responses...`);
  await run(tsx, ["bench/seed-survey.ts", String(RESPONSES)], { DATABASE_PATH: databasePath });
  const sqlite = new Database(databasePath, { readonly: true });
  const surveyId = (sqlite.prepare("select id from surveys where title = 'Big survey'").get() as { id: number }).id;

  server = spawn(tsx, ["app/server.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      APP_URL: base,
      DATABASE_PATH: databasePath,
      RATE_LIMIT_FACTOR: "100000",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitFor(`${base}/accessibility`);
  const officer = await signInOfficer(base);
  await fetch(`${base}/manage/surveys/${surveyId}`, {
    method: "POST",
    redirect: "manual",
    headers: { Cookie: officer, Origin: base, "Content-Type": "application/x-www-form-urlencoded" },
    body: "intent=results-on",
  });

  // Results: one request at a time (what an officer waits for), then under load.
  const resultsUrl = `${base}/manage/surveys/${surveyId}/results`;
  const single: number[] = [];
  for (let i = 0; i < 20; i++) {
    const started = performance.now();
    const response = await fetch(resultsUrl, { headers: { Cookie: officer } });
    await response.text();
    if (!response.ok) throw new Error(`results page answered ${response.status}`);
    single.push(performance.now() - started);
  }
  single.sort((a, b) => a - b);
  console.log("Measuring the results pages...");
  const resultsLoaded = await load(resultsUrl, 50, DURATION, { Cookie: officer });
  const publicResults = await load(`${base}/surveys/${surveyId}/results`, 50, DURATION, { Cookie: officer });

  // Export: the whole CSV over HTTP, with the server's memory sampled as it goes.
  console.log("Exporting every response as CSV...");
  const rssBefore = treeRss(server.pid!);
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, treeRss(server!.pid!))), 25);
  const exportStarted = performance.now();
  const csv = await fetch(`${base}/manage/surveys/${surveyId}/responses.csv`, { headers: { Cookie: officer } });
  let bytes = 0;
  let lines = 0;
  for await (const chunk of csv.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    for (const b of chunk) if (b === 10) lines++;
  }
  const exportSeconds = (performance.now() - exportStarted) / 1000;
  clearInterval(sampler);

  const dataFree = await load(`${base}/accessibility`, 50, DURATION, { Cookie: officer });
  sqlite.close();

  console.log(
    `\n${RESPONSES.toLocaleString("en-GB")} responses to 20 questions; ${DURATION} s per measurement; load generator on the same ${os.cpus().length} cores.\n`,
  );
  console.log("| what | figure | target |");
  console.log("| --- | ---: | --- |");
  console.log(
    `| results page (officer, with free-text list), one at a time, median / slowest of 20 | ${single[10]!.toFixed(0)} ms / ${single.at(-1)!.toFixed(0)} ms | ≤ 300 ms |`,
  );
  console.log(
    `| results page (officer) at 50 connections | ${Math.round(resultsLoaded.rps)} req/s, p99 ${resultsLoaded.p99} ms, ${resultsLoaded.errors} errors | |`,
  );
  console.log(
    `| public results page, rendered (signed in) at 50 connections | ${Math.round(publicResults.rps)} req/s, p99 ${publicResults.p99} ms | |`,
  );
  console.log(`| CSV export of every response | ${exportSeconds.toFixed(1)} s, ${(bytes / 1e6).toFixed(1)} MB, ${lines - 1} rows | ≤ 5 s |`);
  console.log(`| server memory growth while exporting | ${((rssPeak - rssBefore) / 1e6).toFixed(0)} MB | < 100 MB |`);
  console.log(`| data-free page at 50 connections | ${Math.round(dataFree.rps)} req/s | reference |`);
} finally {
  server?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
}

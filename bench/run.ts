// npm run bench: measures the pages of a large local area under load and prints
// a table. Each figure sits beside two references measured in the same run:
// a data-free page of the app and a raw node:http server returning the same
// bytes from memory (the machine's ceiling). Not part of the tests.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { freePort, load, run, signInOfficer, waitFor } from "./helpers";

const DURATION = Number(process.env.BENCH_SECONDS || 8);
const CONNECTIONS = 50;

type Result = { name: string; rps: number; p99: number; errors: number };

async function measure(name: string, url: string, options: { headers?: Record<string, string> } = {}): Promise<Result> {
  const { rps, p99, errors } = await load(url, CONNECTIONS, DURATION, options.headers);
  return { name, rps, p99, errors };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coproduce-bench-"));
const databasePath = path.join(dir, "bench.db");
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const tsx = path.resolve("node_modules/.bin/tsx");
let server: ChildProcess | undefined;
let raw: http.Server | undefined;

try {
  if (!fs.existsSync("build/index.js")) await run("npm", ["run", "build"], {});
  console.log("Seeding a large local area (20,000 suggestions)...");
  await run(tsx, ["bench/seed-large.ts", "20000"], { DATABASE_PATH: databasePath });

  server = spawn(tsx, ["app/server.ts"], {
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", APP_URL: base, DATABASE_PATH: databasePath, RATE_LIMIT_FACTOR: "100000" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitFor(`${base}/accessibility`);

  // An officer's session, for the triage queue.
  const cookie = await signInOfficer(base);

  // The machine's ceiling: the same bytes as the data-free page, from memory.
  const html = Buffer.from(await (await fetch(`${base}/accessibility`)).text());
  const rawPort = await freePort();
  raw = http.createServer((_req, res) => res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": html.length }).end(html));
  await new Promise<void>((resolve) => raw!.listen(rawPort, "127.0.0.1", resolve));

  const topic = 3;
  const actionPage = await (await fetch(`${base}/strategy`)).text();
  const actionId = /\/strategy\/actions\/(\d+)/.exec(actionPage)?.[1] ?? "1";
  const targets: [string, string, Parameters<typeof measure>[2]?][] = [
    ["raw node:http, same bytes (ceiling)", `http://127.0.0.1:${rawPort}/`],
    ["data-free page (/accessibility, rendered, signed in)", `${base}/accessibility`, { headers: { Cookie: cookie } }],
    ["board, first page", `${base}/you-said-we-did`],
    ["board, filtered by topic and status", `${base}/you-said-we-did?topic=${topic}&status=in_progress`],
    ["board, searched", `${base}/you-said-we-did?q=short+breaks`],
    ["board, page 50", `${base}/you-said-we-did?page=50`],
    ["action page", `${base}/strategy/actions/${actionId}`],
    // Signed-in people skip the page cache: these are the pages rendered afresh each time.
    ["board, first page, rendered (signed in)", `${base}/you-said-we-did`, { headers: { Cookie: cookie } }],
    ["board, filtered, rendered", `${base}/you-said-we-did?topic=${topic}&status=in_progress`, { headers: { Cookie: cookie } }],
    ["board, searched, rendered", `${base}/you-said-we-did?q=short+breaks`, { headers: { Cookie: cookie } }],
    ["action page, rendered", `${base}/strategy/actions/${actionId}`, { headers: { Cookie: cookie } }],
    ["triage queue (officer)", `${base}/manage/suggestions`, { headers: { Cookie: cookie } }],
    ["officer dashboard", `${base}/manage`, { headers: { Cookie: cookie } }],
  ];
  const results: Result[] = [];
  for (const [name, url, options] of targets) {
    process.stdout.write(`Measuring ${name}...\n`);
    results.push(await measure(name, url, options));
  }

  const ceiling = results[0]!.rps;
  const dataFree = results[1]!.rps;
  console.log(`\n${CONNECTIONS} connections, ${DURATION} s each, load generator on the same ${os.cpus().length} cores.\n`);
  console.log("| what | requests/s | p99 ms | % of data-free | % of ceiling | non-2xx/errors |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
  for (const r of results) {
    console.log(`| ${r.name} | ${Math.round(r.rps)} | ${r.p99} | ${Math.round((r.rps / dataFree) * 100)}% | ${((r.rps / ceiling) * 100).toFixed(1)}% | ${r.errors} |`);
  }
  const verdict = (rows: Result[]) => (rows.every((r) => r.rps >= dataFree * 0.5 && r.p99 <= 250) ? "met" : "NOT met");
  const board = results.filter((r) => r.name.startsWith("board"));
  console.log(`\nTarget (board ≥ 50% of the data-free page, p99 ≤ 250 ms at ${CONNECTIONS} connections):`);
  console.log(`  as visitors get it (cached unless signed in): ${verdict(board.filter((r) => !r.name.includes("rendered")))}`);
  console.log(`  rendered afresh every time: ${verdict(board.filter((r) => r.name.includes("rendered")))}`);
} finally {
  server?.kill();
  raw?.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

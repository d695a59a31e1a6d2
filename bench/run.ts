// npm run bench: measures every kind of page of a large local area under load and prints a
// table with the targets beside the figures. Each figure sits beside references measured in the
// same run with the same load generator: a raw node:http server returning the same bytes from
// memory (the machine's ceiling), a bare Remix page (the framework's floor) and the app's
// data-free page. Then the weight of each public page and Lighthouse's mobile figures. Not part
// of the tests.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import {
  freePort,
  freshConnections,
  load,
  loadPost,
  pageWeight,
  run,
  signInOfficer,
  startBareRemix,
  surveySubmissions,
  waitFor,
  type SurveyQuestion,
} from "./helpers";
import { LIGHTHOUSE_TARGETS, lighthouseFigures, meetsLighthouseTargets } from "./lighthouse";

const DURATION = Number(process.env.BENCH_SECONDS || 8);
const CONNECTIONS = 50;
const JS_BUDGET_GZIP = 120 * 1024;
// GOV.UK Frontend's menu and error summary, bundled on their own (app/scripts/govuk-frontend.ts).
const GOVUK_ONLY_GZIP = 5 * 1024;

type Measured = { rps: number; p99: number | null; mean?: number; errors: number };
type Row = Measured & { name: string; target: string; met: boolean | null };
const p99Within = (r: Measured, ms: number) => r.p99 !== null && r.p99 <= ms;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coproduce-bench-"));
const databasePath = path.join(dir, "bench.db");
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const tsx = path.resolve("node_modules/.bin/tsx");
let server: ChildProcess | undefined;
let raw: http.Server | undefined;
let bare: ChildProcess | undefined;

try {
  if (!fs.existsSync("build/index.js")) await run("npm", ["run", "build"], {});
  console.log(
    "Seeding a large local area (200 actions, 20,000 suggestions, 100 events with 20,000 registrations, 2,000 signatures, a survey with 100,000 responses, 200 themes)...",
  );
  await run(tsx, ["bench/seed-large.ts"], { DATABASE_PATH: databasePath });

  const sqlite = new Database(databasePath, { readonly: true });
  const one = (query: string) => (sqlite.prepare(query).get() as { id: number }).id;
  const surveyId = one("select id from surveys where title = 'Big survey'");
  // The demo area's survey that is open now.
  const now = Date.now();
  const openSurveyId = one(
    `select id from surveys where status = 'published' and title != 'Big survey' and opens_at <= ${now} and closes_at > ${now} order by id limit 1`,
  );
  const openQuestions = sqlite
    .prepare("select q.id, q.kind, p.position from survey_questions q join survey_pages p on p.id = q.page_id where q.survey_id = ?")
    .all(openSurveyId) as SurveyQuestion[];
  const actionId = one("select action_id as id from suggestion_actions group by action_id order by count(*) desc limit 1");
  const eventId = one("select id from events where title = 'Bench listening event 60'");
  const suggestionId = one("select id from suggestions where published_at is not null and safeguarding = 0 and status = 'done' order by id limit 1");
  const toldUsId = one("select id from told_us_reports where title = 'What you told us: a large area'");
  const topic = one("select topic_id as id from suggestions where topic_id is not null group by topic_id order by count(*) desc limit 1");
  const counts = sqlite
    .prepare(
      "select (select count(*) from suggestions) as suggestions, (select count(*) from strategy_actions) as actions, (select count(*) from events) as events, (select count(*) from registrations) as registrations, (select count(*) from charter_signatures) as signatures, (select count(*) from survey_responses) as responses",
    )
    .get() as Record<string, number>;

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
  const signedIn = { Cookie: officer };

  // The references, measured in this run with the same load generator: the same bytes as the
  // data-free page from memory (the machine's ceiling), the smallest Remix page (the framework's
  // floor), and the app's data-free page rendered signed in and for an anonymous visitor.
  let bytes = Buffer.from(await (await fetch(`${base}/accessibility`, { headers: signedIn })).text());
  const rawPort = await freePort();
  raw = http.createServer((_req, res) =>
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": bytes.length }).end(bytes),
  );
  await new Promise<void>((resolve) => raw!.listen(rawPort, "127.0.0.1", resolve));
  const barePort = await freePort();
  bare = await startBareRemix(barePort);
  console.log("Measuring the references...");
  const ceiling = await load(`http://127.0.0.1:${rawPort}/`, CONNECTIONS, DURATION);
  const bareRemix = await load(`http://127.0.0.1:${barePort}/`, CONNECTIONS, DURATION);
  const bareRemixOne = await load(`http://127.0.0.1:${barePort}/`, 1, DURATION);
  const dataFree = await load(`${base}/accessibility`, CONNECTIONS, DURATION, signedIn);
  const dataFreeOne = await load(`${base}/accessibility`, 1, DURATION, signedIn);
  // A cookie the page cache steps aside for (easy read, switched off): rendered as a visitor sees it.
  const uncached = { Cookie: "coproduce_easy_read=off" };
  const anonymous = await load(`${base}/accessibility`, CONNECTIONS, DURATION, uncached);
  const anonymousOne = await load(`${base}/accessibility`, 1, DURATION, uncached);
  const freshFirstAnswer = await freshConnections(`${base}/accessibility`, CONNECTIONS, signedIn);
  const freshFirstAnswerBare = await freshConnections(`http://127.0.0.1:${barePort}/`, CONNECTIONS);

  const pages: [string, string][] = [
    ["board, first page", "/you-said-we-did"],
    ["board, filtered by topic and status", `/you-said-we-did?topic=${topic}&status=in_progress`],
    ["board, searched", "/you-said-we-did?q=short+breaks"],
    ["a suggestion", `/you-said-we-did/${suggestionId}`],
    ["action page", `/strategy/actions/${actionId}`],
    ["events list", "/events"],
    ["event page", `/events/${eventId}`],
    ["survey results (100,000 responses)", `/surveys/${surveyId}/results`],
    ["charter (2,000 signatories, a hundred names a page)", "/charter"],
    ["What you told us, 200 key messages", `/what-you-told-us/${toldUsId}`],
  ];
  const rows: Row[] = [];
  for (const [name, url] of pages) {
    process.stdout.write(`Measuring ${name}...\n`);
    const visitor = await load(`${base}${url}`, CONNECTIONS, DURATION);
    // This page's own ceiling: a raw server sending its exact bytes.
    bytes = Buffer.from(await (await fetch(`${base}${url}`)).text());
    const own = await load(`http://127.0.0.1:${rawPort}/`, CONNECTIONS, DURATION);
    if (url.includes("/you-said-we-did/")) {
      // Not kept in the page cache (it has a form): every visitor's copy is rendered.
      rows.push({ name: `${name}, as visitors get it (rendered)`, ...visitor, target: "p99 ≤ 250 ms", met: p99Within(visitor, 250) });
    } else {
      rows.push({
        name: `${name}, as visitors get it (cached); ${Math.round((visitor.rps / own.rps) * 100)}% of a raw server sending its ${Math.round(bytes.length / 1024)} KB`,
        ...visitor,
        target: "≥ 25% of its raw ceiling, p99 ≤ 250 ms",
        met: visitor.rps >= own.rps * 0.25 && p99Within(visitor, 250),
      });
    }
    if (bytes.length > 256 * 1024) {
      // A page this big is bound by its bytes unless compressed, as every browser asks for it.
      const gzipped = await load(`${base}${url}`, CONNECTIONS, DURATION, { "Accept-Encoding": "gzip" });
      rows.push({ name: `${name}, as browsers get it (cached, gzip)`, ...gzipped, target: "p99 ≤ 250 ms", met: p99Within(gzipped, 250) });
    }
    const rendered = await load(`${base}${url}`, CONNECTIONS, DURATION, signedIn);
    rows.push({ name: `${name}, rendered afresh (signed in)`, ...rendered, target: "p99 ≤ 250 ms", met: p99Within(rendered, 250) });
  }
  process.stdout.write("Measuring the officer dashboard and triage queue...\n");
  for (const connections of [CONNECTIONS, 10, 1]) {
    const dashboard = await load(`${base}/manage`, connections, DURATION, signedIn);
    rows.push({
      name: `officer dashboard at ${connections} connection${connections === 1 ? "" : "s"}`,
      ...dashboard,
      target: "p99 ≤ 300 ms",
      met: p99Within(dashboard, 300),
    });
  }
  const triage = await load(`${base}/manage/suggestions`, CONNECTIONS, DURATION, signedIn);
  rows.push({ name: "triage queue (officer)", ...triage, target: "p99 ≤ 300 ms", met: p99Within(triage, 300) });
  process.stdout.write("Measuring suggestion submissions...\n");
  const suggestionBody = new URLSearchParams({
    body: "The holiday scheme fills up in the first hour; please hold places for families who book late.",
    topic: "",
    kind: "parent_carer",
    name: "",
    email: "",
    consent: "yes",
  }).toString();
  const suggestions = await loadPost(`${base}/tell-us`, CONNECTIONS, DURATION, suggestionBody, base);
  rows.push({
    name: "suggestion submissions (Tell us form)",
    ...suggestions,
    target: "≥ 50% of the data-free page",
    met: suggestions.rps >= dataFree.rps * 0.5,
  });
  process.stdout.write("Measuring survey submissions...\n");
  const before = (
    sqlite.prepare("select count(*) as n from survey_responses where survey_id = ? and status = 'submitted'").get(openSurveyId) as { n: number }
  ).n;
  const survey = await surveySubmissions(base, openSurveyId, openQuestions, 20, DURATION);
  const stored =
    (sqlite.prepare("select count(*) as n from survey_responses where survey_id = ? and status = 'submitted'").get(openSurveyId) as { n: number }).n -
    before;
  rows.push({
    name: `survey submissions (start, answer, send; 20 people): ${survey.submissionsPerSecond.toFixed(0)} surveys/s, ${stored} of ${survey.acknowledged} stored`,
    rps: survey.postsPerSecond,
    p99: null,
    errors: survey.failures,
    target: "≥ 50% of the data-free page (form posts/s)",
    met: survey.postsPerSecond >= dataFree.rps * 0.5 && stored === survey.acknowledged,
  });

  console.log(
    `\n${counts.suggestions!.toLocaleString("en-GB")} suggestions, ${counts.actions} actions, ${counts.events} events with ${counts.registrations!.toLocaleString("en-GB")} registrations, ${counts.signatures!.toLocaleString("en-GB")} signatures, ${counts.responses!.toLocaleString("en-GB")} survey responses.`,
  );
  console.log(
    `${CONNECTIONS} connections unless said, ${DURATION} s each after a 2 s warm-up on the same connections, load generator (autocannon) on the same ${os.cpus().length} cores.\n`,
  );
  console.log("| what | requests/s | p99 ms | mean ms | % of bare Remix | % of raw ceiling | errors | target | met |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |");
  const line = (name: string, r: Measured, target = "", met: boolean | null = null) =>
    console.log(
      `| ${name} | ${Math.round(r.rps)} | ${r.p99 ?? "–"} | ${r.mean === undefined ? "–" : r.mean.toFixed(2)} | ${Math.round((r.rps / bareRemix.rps) * 100)}% | ${((r.rps / ceiling.rps) * 100).toFixed(1)}% | ${r.errors} | ${target} | ${met === null ? "" : met ? "yes" : "NO"} |`,
    );
  line("raw node:http, the data-free page's bytes from memory (ceiling)", ceiling, "reference");
  line("bare Remix page (one route, no loader, express)", bareRemix, "reference");
  line("bare Remix page at 1 connection", bareRemixOne, "reference");
  line("data-free page (/accessibility), rendered, signed in", dataFree, "≥ 50% of bare Remix", dataFree.rps >= bareRemix.rps * 0.5);
  line("data-free page at 1 connection, signed in", dataFreeOne, "< 2 ms at 1 connection", dataFreeOne.mean < 2);
  line("data-free page, rendered for an anonymous visitor (cache bypassed)", anonymous, "reference");
  line("data-free page at 1 connection, anonymous (cache bypassed)", anonymousOne, "reference");
  for (const r of rows) line(r.name, r, r.target, r.met);
  console.log(
    `\nFresh connections: ${CONNECTIONS} connections opened at once wait up to ${freshFirstAnswer} ms for their first answer from the data-free page (${freshFirstAnswerBare} ms from the bare Remix page): Node accepts one new connection per turn of its event loop while busy. The table above is measured once they are open.`,
  );

  // Page weight: what a visitor's browser downloads. A page that only shows things loads GOV.UK
  // Frontend's own script and nothing else; a form loads the application where it helps.
  console.log("\n| public page | HTML | HTML gzip | JavaScript files | JavaScript | JavaScript gzip | target | met |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |");
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const forms: [string, string][] = [
    ["tell us form", "/tell-us"],
    ["event booking form", `/events/${eventId}/register`],
    ["survey start", `/surveys/${openSurveyId}`],
    ["sign the charter", "/charter/sign"],
  ];
  for (const [name, url] of [["home", "/"], ...pages, ...forms] as [string, string][]) {
    const w = await pageWeight(base, url);
    const readOnly = !forms.some(([, form]) => form === url);
    const met = readOnly ? w.scripts === 1 && w.jsGzip <= GOVUK_ONLY_GZIP : w.jsGzip <= JS_BUDGET_GZIP;
    console.log(
      `| ${name} (${url.split("?")[0]}) | ${kb(w.html)} | ${kb(w.htmlGzip)} | ${w.scripts} | ${kb(w.js)} | ${kb(w.jsGzip)} | ${readOnly ? "GOV.UK Frontend's script only" : `≤ ${kb(JS_BUDGET_GZIP)} gzip`} | ${met ? "yes" : "NO"} |`,
    );
  }
  console.log("\nEvery public page also works with no JavaScript at all (tests/e2e, “without JavaScript” journeys).");

  // On a phone: Lighthouse's mobile profile, each page's median of three runs.
  process.stdout.write("\nRunning Lighthouse (mobile)...\n");
  const phonePages: [string, string][] = [["home", "/"], ["board", "/you-said-we-did"], ["tell us form", "/tell-us"], ...forms.slice(1, 3)];
  const phone = await lighthouseFigures(
    base,
    phonePages.map(([, url]) => url),
  );
  const t = LIGHTHOUSE_TARGETS;
  console.log(
    `\n| page on a phone (Lighthouse 12.8.2, mobile) | performance | first contentful paint | largest contentful paint | total blocking time | accessibility | met |`,
  );
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | --- |");
  console.log(`| target | | ≤ ${t.fcp / 1000} s | ≤ ${t.lcp / 1000} s | ≤ ${t.tbt} ms | ${t.accessibility} | |`);
  phonePages.forEach(([name, url], i) => {
    const f = phone[i]!;
    console.log(
      `| ${name} (${url}) | ${f.performance} | ${(f.fcp / 1000).toFixed(2)} s | ${(f.lcp / 1000).toFixed(2)} s | ${Math.round(f.tbt)} ms | ${f.accessibility} | ${meetsLighthouseTargets(f) ? "yes" : "NO"} |`,
    );
  });
  sqlite.close();
} finally {
  server?.kill();
  bare?.kill();
  raw?.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

// npm run bench (fourth part): suggested groupings over the large area's items with no theme,
// 20,000 of them (suggestions and survey free-text answers), against the target of 10 seconds
// and 500 MB. Beside it, measured in the same run: reading those items alone, and the similar
// suggestions an officer sees on one suggestion's page.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { run } from "./helpers";

const SUGGESTIONS = 14_000;
// About 1.8 free-text answers per response in the large area's survey: some 6,000 answers.
const RESPONSES = 3_300;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coproduce-bench-groupings-"));
process.env.DATABASE_PATH = path.join(dir, "bench.db");
try {
  console.log(
    `Seeding the large area with ${SUGGESTIONS.toLocaleString("en-GB")} suggestions and ${RESPONSES.toLocaleString("en-GB")} survey responses...`,
  );
  await run(path.resolve("node_modules/.bin/tsx"), ["bench/seed-large.ts", String(SUGGESTIONS), String(RESPONSES)], {
    DATABASE_PATH: process.env.DATABASE_PATH,
  });
  const { getDb, closeDb } = await import("~/db.server");
  const { themeItems } = await import("~db/schema");
  const { unthemedItems } = await import("~/modules/themes/items.server");
  const { proposeGroupings, listGroupings } = await import("~/modules/themes/groupings.server");
  const { similarSuggestions } = await import("~/modules/feedback/triage.server");
  // Every item is free of themes, as in an area that has just started using them.
  getDb().delete(themeItems).run();

  const rssBefore = process.memoryUsage().rss;
  let start = performance.now();
  const items = unthemedItems();
  const readMs = performance.now() - start;

  start = performance.now();
  const found = proposeGroupings();
  const groupingMs = performance.now() - start;
  // Peak resident memory of this process, which did nothing else heavy: maxRSS is in kilobytes.
  const peakMb = process.resourceUsage().maxRSS / 1024;
  const biggest = listGroupings().groupings[0];

  const one = items.find((i) => i.kind === "suggestion")!;
  start = performance.now();
  const alike = similarSuggestions(Number(one.key), one.text);
  const similarMs = performance.now() - start;

  console.log(
    `\n${items.length.toLocaleString("en-GB")} items with no theme (${items.filter((i) => i.kind === "suggestion").length.toLocaleString("en-GB")} suggestions, ${items.filter((i) => i.kind === "answer").length.toLocaleString("en-GB")} survey answers, ${items.filter((i) => i.kind === "comment").length} review comments).\n`,
  );
  console.log("| what | figure | target | met |");
  console.log("| --- | ---: | --- | --- |");
  console.log(`| suggested groupings, all items | ${(groupingMs / 1000).toFixed(2)} s | ≤ 10 s | ${groupingMs <= 10_000 ? "yes" : "NO"} |`);
  console.log(`| peak memory of the process (resident) | ${peakMb.toFixed(0)} MB | ≤ 500 MB | ${peakMb <= 500 ? "yes" : "NO"} |`);
  console.log(`| memory at the start, for reference | ${(rssBefore / 1024 / 1024).toFixed(0)} MB | reference | |`);
  console.log(`| reading the items alone, for reference | ${(readMs / 1000).toFixed(2)} s | reference | |`);
  console.log(
    `| groupings proposed | ${found.toLocaleString("en-GB")} (biggest: ${biggest ? `${biggest.size} items, “${biggest.name}”` : "none"}) | | |`,
  );
  console.log(`| similar suggestions for one suggestion | ${similarMs.toFixed(0)} ms (${alike.length} found) | | |`);
  closeDb();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

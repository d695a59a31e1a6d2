// Where one page's time goes: the page is requested through the built app's Remix handler,
// in this process, many times under V8's CPU profiler, and the functions that took the time are
// printed (by their own time, and with what they call). Build first (npm run build), then:
// DATABASE_PATH=/tmp/big.db NODE_ENV=production tsx bench/profile-request.ts /accessibility [--anonymous]
import fs from "node:fs";
import inspector from "node:inspector/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { users } from "~db/schema";
import { getDb } from "~/db.server";
import { getLucia } from "~/modules/auth/lucia.server";
import type { LanguageCode } from "~db/schema/enums";

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

const page = process.argv[2] ?? "/accessibility";
const anonymous = process.argv.includes("--anonymous");
const requests = Number(process.env.REQUESTS || 3000);

const build = (await import(pathToFileURL(path.resolve("build/index.js")).href)) as ServerBuild & {
  entry: { module: { requestStore: { run<T>(store: { lang: LanguageCode }, fn: () => T): T } } };
};
const handler = createRequestHandler(build, "production");
let cookie = "";
if (!anonymous) {
  const officer = getDb().select({ id: users.id }).from(users).where(eq(users.email, "officer@northsomerset.example")).get();
  if (!officer) throw new Error("The demo officer is not in this database");
  const lucia = getLucia();
  cookie = lucia
    .createSessionCookie((await lucia.createSession(officer.id, { secondFactor: false, singleSignOn: false })).id)
    .serialize()
    .split(";")[0]!;
}

async function once() {
  const request = new Request(`http://localhost${page}`, { headers: cookie ? { Cookie: cookie } : {} });
  const context = { cspNonce: "bench", clientIp: "127.0.0.1", lang: "en" as LanguageCode, requestId: "bench" };
  const response = await build.entry.module.requestStore.run({ lang: "en" }, () => handler(request, context));
  await response.text();
  if (response.status !== 200) throw new Error(`${page} answered ${response.status}`);
}

for (let i = 0; i < 300; i++) await once();
const session = new inspector.Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.start");
const started = performance.now();
for (let i = 0; i < requests; i++) await once();
const perRequest = (performance.now() - started) / requests;
const { profile } = (await session.post("Profiler.stop")) as unknown as { profile: Profile };
session.disconnect();
// PROFILE_OUT=file.cpuprofile keeps the whole profile, for Chrome's DevTools.
if (process.env.PROFILE_OUT) fs.writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));

// Each sample's time goes to its function (self) and to every function on its stack (with callees).
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const name = (node: Node) => {
  const file = node.callFrame.url.replace(/^.*node_modules\//, "").replace(/^.*\/(build|app)\//, "$1/");
  return `${node.callFrame.functionName || "(anonymous)"} ${file}:${node.callFrame.lineNumber + 1}`;
};
const self = new Map<string, number>();
const inclusive = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const time = profile.timeDeltas[i] ?? 0;
  total += time;
  self.set(name(byId.get(id)!), (self.get(name(byId.get(id)!)) ?? 0) + time);
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
    const key = name(byId.get(at)!);
    if (!seen.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + time);
    seen.add(key);
  }
});
const top = (times: Map<string, number>, count: number) =>
  [...times]
    .filter(([key]) => !/^\((root|idle|program)\)/.test(key))
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, time]) => `| ${((time / total) * 100).toFixed(1)}% | ${key} |`)
    .join("\n");
console.log(
  `${page}, ${anonymous ? "anonymous" : "signed in as the demo officer"}: ${perRequest.toFixed(3)} ms a request in-process (${requests} requests)\n`,
);
console.log(`| own time | function |\n| ---: | --- |\n${top(self, 15)}\n`);
console.log(`| with what it calls | function |\n| ---: | --- |\n${top(inclusive, 25)}`);

// Shared by the benchmarks: a free port, a child command, waiting for a server.
import { spawn } from "node:child_process";
import type { Result } from "autocannon";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export function run(command: string, args: string[], env: Record<string, string>, cwd?: string) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "inherit", "inherit"], cwd });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

export async function waitFor(url: string) {
  for (let i = 0; i < 200; i++) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not come up`);
}

/**
 * Requests per second, p99 and mean latency under load, in the steady state: only responses after
 * every connection has had its first answer and 2 s have passed count. (Node accepts one new
 * connection per turn of its event loop while it is busy, so fifty connections opened at once
 * queue for their first answer, for seconds on a slow page; that is measured on its own, by
 * `freshConnections`.)
 */
export async function load(url: string, connections: number, seconds: number, headers?: Record<string, string>) {
  const autocannon = (await import("autocannon")).default;
  const latencies: number[] = [];
  const answered = new Set<unknown>();
  let errors = 0;
  let from = 0;
  let to = 0;
  const started = performance.now();
  await new Promise<Result>((resolve, reject) => {
    const options = { url, connections, duration: 120, ...(headers ? { headers } : {}) };
    const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on("response", (client, status, _bytes, time) => {
      const now = performance.now();
      if (!from) {
        answered.add(client);
        // Every connection open and answered (or a minute gone): the measured part starts.
        if ((answered.size === connections && now - started >= 2_000) || now - started >= 60_000) {
          from = now;
          setTimeout(() => {
            to = performance.now();
            instance.stop();
          }, seconds * 1000);
        }
        return;
      }
      if (to) return;
      latencies.push(time);
      if (status < 200 || status >= 300) errors++;
    });
    instance.on("reqError", () => {
      if (from && !to) errors++;
    });
  });
  latencies.sort((a, b) => a - b);
  const p99 = latencies.length ? Math.round(latencies[Math.floor((latencies.length - 1) * 0.99)]!) : null;
  const mean = latencies.reduce((sum, t) => sum + t, 0) / Math.max(1, latencies.length);
  return { rps: latencies.length / ((to - from) / 1000), p99, mean, errors };
}

/** The slowest first answer when `connections` connections are opened at once to a busy server. */
export async function freshConnections(url: string, connections: number, headers?: Record<string, string>) {
  const autocannon = (await import("autocannon")).default;
  const result = await autocannon({ url, connections, amount: connections * 4, ...(headers ? { headers } : {}) });
  return Math.round(result.latency.max);
}

/** The demo officer's session cookie. */
export async function signInOfficer(base: string): Promise<string> {
  const response = await fetch(`${base}/sign-in`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: base },
    body: new URLSearchParams({ email: "officer@northsomerset.example", password: "correct horse battery staple" }),
  });
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0]!;
  if (!cookie.startsWith("coproduce_session=")) throw new Error("Could not sign in as the demo officer");
  return cookie;
}

/** Form posts per second under load, counting only the ones the app accepted (a redirect, as after every good form). */
export async function loadPost(url: string, connections: number, seconds: number, body: string, origin: string) {
  const autocannon = (await import("autocannon")).default;
  const options = {
    url,
    connections,
    method: "POST" as const,
    body,
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: origin },
  };
  await autocannon({ ...options, duration: 2 });
  const result = await autocannon({ ...options, duration: seconds });
  return { rps: result["3xx"] / seconds, p99: result.latency.p99, errors: result.errors + result["4xx"] + result["5xx"] };
}

export type SurveyQuestion = { id: number; kind: string; position: number };

/**
 * People answering a survey at once for `seconds`: each starts it, answers every page and sends it.
 * Returns the form posts per second and how many submissions the app acknowledged.
 */
export async function surveySubmissions(base: string, surveyId: number, questions: SurveyQuestion[], people: number, seconds: number) {
  const pages = Math.max(...questions.map((q) => q.position));
  const form = (page: number) => {
    const body = new URLSearchParams({ intent: "save" });
    if (page === 1) body.set("respondentKind", "parent_carer");
    for (const q of questions.filter((x) => x.position === page)) {
      const name = `q${q.id}`;
      if (q.kind === "single") body.set(name, "c1");
      else if (q.kind === "multiple") for (const choice of ["c1", "c3"]) body.append(name, choice);
      else if (q.kind === "rating") body.set(name, "3");
      else if (q.kind === "yes_no") body.set(name, "yes");
      else body.set(name, "More short breaks at weekends, please.");
    }
    return body;
  };
  const post = (url: string, body: URLSearchParams, cookie = "") =>
    fetch(url, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: base, ...(cookie ? { Cookie: cookie } : {}) },
      body,
    });
  let acknowledged = 0;
  let posts = 0;
  let failures = 0;
  const deadline = Date.now() + seconds * 1000;
  const person = async () => {
    while (Date.now() < deadline) {
      const start = await post(`${base}/surveys/${surveyId}`, new URLSearchParams());
      posts++;
      const cookie = (start.headers.get("set-cookie") ?? "").split(";")[0]!;
      let ok = start.status === 302 && cookie.includes("=");
      for (let page = 1; ok && page <= pages; page++) {
        ok = (await post(`${base}/surveys/${surveyId}/page/${page}`, form(page), cookie)).status === 302;
        posts++;
      }
      if (ok) {
        const sent = await post(`${base}/surveys/${surveyId}/check`, new URLSearchParams(), cookie);
        posts++;
        ok = sent.status === 302 && (sent.headers.get("location") ?? "").includes("/done");
      }
      if (ok) acknowledged++;
      else failures++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: people }, person));
  const elapsed = (performance.now() - started) / 1000;
  return { postsPerSecond: posts / elapsed, submissionsPerSecond: acknowledged / elapsed, acknowledged, failures };
}

/** The JavaScript and HTML a visitor's browser downloads for a page, in bytes, raw and gzipped. */
export async function pageWeight(base: string, path: string) {
  const zlib = await import("node:zlib");
  const html = await (await fetch(`${base}${path}`)).text();
  const scripts = new Set<string>();
  for (const [, src] of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) scripts.add(src!);
  for (const [, href] of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) scripts.add(href!);
  for (const [, href] of html.matchAll(/<link[^>]*href="([^"]+)"[^>]*rel="modulepreload"/g)) scripts.add(href!);
  // Remix imports the route's modules from its manifest; a module script's own imports are listed as modulepreloads.
  let js = 0;
  let jsGzip = 0;
  for (const src of scripts) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    js += body.length;
    jsGzip += zlib.gzipSync(body).length;
  }
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join("");
  return {
    html: Buffer.byteLength(html),
    htmlGzip: zlib.gzipSync(html).length,
    scripts: scripts.size,
    js: js + Buffer.byteLength(inline),
    jsGzip: jsGzip + zlib.gzipSync(inline).length,
  };
}

/** The bench's bare Remix page (bench/bare-remix), built if need be and served on `port`. */
export async function startBareRemix(port: number) {
  const dir = path.resolve("bench/bare-remix");
  if (!fs.existsSync(path.join(dir, "build/index.js"))) await run(path.resolve("node_modules/.bin/remix"), ["build"], {}, dir);
  const child = spawn(process.execPath, [path.join(dir, "server.mjs")], {
    env: { ...process.env, PORT: String(port), NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitFor(`http://127.0.0.1:${port}/`);
  return child;
}

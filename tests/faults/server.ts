// Starts the built app on a database file, as its own process, for the fault tests.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const TSX = path.resolve("node_modules/.bin/tsx");
const PASSWORD = "correct horse battery staple";

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** A fresh copy of the demo area in a temporary folder. */
export function demoDatabase(): string {
  if (!fs.existsSync("build/index.js")) spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coproduce-faults-"));
  const file = path.join(dir, "coproduce.db");
  const seeded = spawnSync(TSX, ["db/seed.ts"], { env: { ...process.env, DATABASE_PATH: file, SEED_PASSWORD: PASSWORD }, encoding: "utf8" });
  if (seeded.status !== 0) throw new Error(`Seeding failed: ${seeded.stderr}`);
  return file;
}

export type Running = { base: string; child: ChildProcess; stop(signal?: NodeJS.Signals): Promise<void> };

export async function startApp(databasePath: string, env: Record<string, string> = {}): Promise<Running> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(TSX, ["app/server.ts"], {
    env: { ...process.env, NODE_ENV: "test", PORT: String(port), HOST: "127.0.0.1", APP_URL: base, DATABASE_PATH: databasePath, RATE_LIMIT_FACTOR: "100000", OUTBOX_POLL_MS: "100", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let errors = "";
  child.stderr!.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`The app stopped while starting: ${errors}`);
    try {
      if ((await fetch(`${base}/accessibility`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 300) throw new Error(`The app did not start: ${errors}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    child,
    async stop(signal: NodeJS.Signals = "SIGTERM") {
      if (child.exitCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** A form post as a browser on the same site sends it. */
export function post(base: string, url: string, body: URLSearchParams, cookie = "") {
  return fetch(`${base}${url}`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: base, ...(cookie ? { Cookie: cookie } : {}) },
    body,
  });
}

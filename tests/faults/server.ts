// Starts the built app on a database file, as its own process, for the fault tests.
import { spawn, spawnSync } from "node:child_process";
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

export type Running = { base: string; port: number; pid: number; output(): string; stop(signal?: NodeJS.Signals): Promise<void> };

/** True when nothing listens on the port any more. */
export function refusesConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => (socket.destroy(), resolve(false)));
    socket.once("error", () => resolve(true));
  });
}

/**
 * Starts the app. The process we hold is the server itself (node with tsx's loader, not the tsx
 * wrapper, which runs the server in a child that a signal to the wrapper never reaches), in a
 * process group of its own, so stopping it stops everything it started.
 */
export async function startApp(databasePath: string, env: Record<string, string> = {}): Promise<Running> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", "app/server.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "test",
      PORT: String(port),
      HOST: "127.0.0.1",
      APP_URL: base,
      DATABASE_PATH: databasePath,
      RATE_LIMIT_FACTOR: "100000",
      OUTBOX_POLL_MS: "100",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`The app stopped while starting: ${output}`);
    try {
      if ((await fetch(`${base}/accessibility`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 300) throw new Error(`The app did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    port,
    pid: child.pid!,
    output: () => output,
    async stop(signal: NodeJS.Signals = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid!, signal);
        } catch {
          // the group has already gone
        }
      }
      await exited;
      if (!(await refusesConnections(port))) throw new Error(`The app on port ${port} still answers after ${signal}`);
    },
  };
}

/**
 * Processes still running on a database the tests made (the fault tests' temporary copies, or the
 * end-to-end tests' file): none should outlive the tests that started them. Reads /proc (Linux).
 */
export function testServersStillRunning(): string[] {
  const found: string[] = [];
  for (const pid of fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    let environ = "";
    try {
      environ = fs.readFileSync(`/proc/${pid}/environ`, "utf8");
    } catch {
      continue; // gone, or not ours to read
    }
    const database = environ.split("\0").find((v) => v.startsWith("DATABASE_PATH="));
    if (database && /coproduce-faults-|\.cache\/e2e\//.test(database)) {
      const command = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ").trim();
      found.push(`${pid}: ${command} (${database})`);
    }
  }
  return found;
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

// Shared by the benchmarks: a free port, a child command, waiting for a server.
import { spawn } from "node:child_process";
import net from "node:net";

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export function run(command: string, args: string[], env: Record<string, string>) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "inherit", "inherit"] });
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

/** Requests per second and p99 under load, after a short warm-up so the figures are the steady state. */
export async function load(url: string, connections: number, seconds: number, headers?: Record<string, string>) {
  const autocannon = (await import("autocannon")).default;
  await autocannon({ url, connections, duration: 2, ...(headers ? { headers } : {}) });
  const result = await autocannon({ url, connections, duration: seconds, ...(headers ? { headers } : {}) });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.non2xx + result.errors };
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

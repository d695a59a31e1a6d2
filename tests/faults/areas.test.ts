import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import https from "node:https";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { demoDatabase, freePort, startApp, type Running } from "./server";
import { startTestSmtp, type Received } from "../smtp";

// Two local areas on one machine, each its own process, port, database and user, behind one
// nginx from Debian's packages, set up with deploy/add-area.sh and its nginx site, over TLS with a
// certificate made for the test. Loopback only.

const NGINX = "/usr/sbin/nginx";
const cleanup: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

describe("many areas on one host", () => {
  it("has systemd units systemd accepts: one service per area as its own user, read-only but for its data, and its backup timer", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coproduce-units-"));
    cleanup.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const units = ["coproduce@.service", "coproduce-backup@.service", "coproduce-backup@.timer"];
    for (const unit of units) fs.copyFileSync(`deploy/${unit}`, `${dir}/${unit.replace("@", "@north-somerset")}`);
    const verified = spawnSync("systemd-analyze", ["verify", "--man=no", ...units.map((u) => `${dir}/${u.replace("@", "@north-somerset")}`)], {
      encoding: "utf8",
    });
    expect(verified.error, "systemd-analyze is installed (tests/ensure-debian-packages.sh)").toBeUndefined();
    // Any unknown or misspelt setting is reported here, and would be ignored by systemd.
    expect(verified.stderr + verified.stdout).toBe("");
    expect(verified.status).toBe(0);
    const service = fs.readFileSync("deploy/coproduce@.service", "utf8");
    for (const line of [
      "DynamicUser=yes",
      "User=coproduce-%i",
      "StateDirectory=coproduce/%i",
      "ProtectSystem=strict",
      "Restart=on-failure",
      "NoNewPrivileges=yes",
    ])
      expect(service).toContain(`\n${line}\n`);
  });

  it("serves two areas behind nginx, and their data, sessions, caches, tokens and emails never cross", async () => {
    expect(fs.existsSync(NGINX), "nginx is installed (tests/ensure-debian-packages.sh)").toBe(true);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coproduce-faults-areas-"));
    const [httpsPort, httpPort, smtpPort] = [await freePort(), await freePort(), await freePort()];
    const cert = path.join(dir, "cert.pem");
    const key = path.join(dir, "key.pem");
    const made = spawnSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "1",
        "-subj",
        "/CN=Coproduce test",
        "-addext",
        "subjectAltName=DNS:north.localhost,DNS:bath.localhost",
        "-keyout",
        key,
        "-out",
        cert,
      ],
      { encoding: "utf8" },
    );
    expect(made.status, made.stderr).toBe(0);

    // Every email either area sends, to a real SMTP server.
    const inbox: Received[] = [];
    const smtp = await startTestSmtp(smtpPort, inbox);
    cleanup.push(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

    // Each area as the deployment guide adds it.
    const areas = {
      north: { domain: "north.localhost", name: "North Somerset", port: await freePort() },
      bath: { domain: "bath.localhost", name: "Bath and North East Somerset", port: await freePort() },
    };
    const running: Record<string, Running> = {};
    for (const [id, area] of Object.entries(areas)) {
      const added = spawnSync("bash", ["deploy/add-area.sh", id, area.domain, String(area.port), cert, key], {
        env: {
          ...process.env,
          COPRODUCE_ETC: `${dir}/etc`,
          NGINX_SITES: `${dir}/sites`,
          COPRODUCE_DATA: `${dir}/data`,
          HTTP_PORT: String(httpPort),
          HTTPS_PORT: String(httpsPort),
        },
        encoding: "utf8",
      });
      expect(added.status, added.stderr).toBe(0);
      const settings = Object.fromEntries(
        fs
          .readFileSync(`${dir}/etc/${id}.env`, "utf8")
          .split("\n")
          .filter((line) => /^[A-Z_]+=/.test(line))
          .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
      );
      expect(settings).toMatchObject({ NODE_ENV: "production", PORT: String(area.port), TRUST_PROXY: "true", APP_URL: `https://${area.domain}` });
      // Its own demo area, named as its own.
      fs.mkdirSync(path.dirname(settings.DATABASE_PATH!), { recursive: true });
      fs.copyFileSync(demoDatabase(), settings.DATABASE_PATH!);
      const db = new Database(settings.DATABASE_PATH!);
      db.function("audit_actor", () => null);
      db.prepare("update area_settings set area_name = ?").run(area.name);
      db.close();
      running[id] = await startApp(settings.DATABASE_PATH!, {
        ...settings,
        // The test's nginx listens on a port of its own, not 443.
        APP_URL: `https://${area.domain}:${httpsPort}`,
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        OUTBOX_POLL_MS: "100",
      });
      cleanup.push(() => running[id]!.stop());
      Object.assign(area, { metricsToken: settings.METRICS_TOKEN });
    }
    // A second area on a port already taken is refused.
    const clash = spawnSync("bash", ["deploy/add-area.sh", "clash", "clash.localhost", String(areas.north.port), cert, key], {
      env: { ...process.env, COPRODUCE_ETC: `${dir}/etc`, NGINX_SITES: `${dir}/sites`, COPRODUCE_DATA: `${dir}/data` },
      encoding: "utf8",
    });
    expect(clash.status).toBe(1);
    expect(clash.stderr).toContain("already another area's");

    // nginx, running as this user, with the sites add-area.sh wrote.
    for (const temp of ["client", "proxy", "fastcgi", "uwsgi", "scgi"]) fs.mkdirSync(`${dir}/nginx/${temp}`, { recursive: true });
    const temp = (name: string) => `  ${name}_temp_path ${dir}/nginx/${name === "client_body" ? "client" : name};`;
    fs.writeFileSync(
      `${dir}/nginx.conf`,
      [
        process.getuid?.() === 0 ? "user root;" : "",
        "daemon off;",
        `pid ${dir}/nginx.pid;`,
        `error_log ${dir}/nginx-error.log;`,
        "events {}",
        "http {",
        `  access_log ${dir}/nginx-access.log;`,
        ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(temp),
        `  include ${dir}/sites/*.conf;`,
        "}",
      ].join("\n"),
    );
    const checked = spawnSync(NGINX, ["-t", "-c", `${dir}/nginx.conf`, "-p", dir], { encoding: "utf8" });
    expect(checked.status, checked.stderr).toBe(0);
    const nginx = spawn(NGINX, ["-c", `${dir}/nginx.conf`, "-p", dir], { stdio: "ignore" });
    cleanup.push(() => {
      nginx.kill("SIGQUIT");
      return new Promise<void>((resolve) => (nginx.exitCode !== null ? resolve() : nginx.once("exit", () => resolve())));
    });

    const through = (
      area: keyof typeof areas,
      pathname: string,
      options: { method?: string; form?: Record<string, string>; cookie?: string; token?: string } = {},
    ) =>
      new Promise<Answer>((resolve, reject) => {
        const { domain } = areas[area];
        const body = options.form ? new URLSearchParams(options.form).toString() : undefined;
        const request = https.request(
          {
            host: "127.0.0.1",
            port: httpsPort,
            servername: domain,
            rejectUnauthorized: false,
            method: options.method ?? (body ? "POST" : "GET"),
            path: pathname,
            headers: {
              Host: `${domain}:${httpsPort}`,
              ...(body
                ? {
                    "Content-Type": "application/x-www-form-urlencoded",
                    "Content-Length": String(Buffer.byteLength(body)),
                    Origin: `https://${domain}:${httpsPort}`,
                  }
                : {}),
              ...(options.cookie ? { Cookie: options.cookie } : {}),
              ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
            },
          },
          (response) => {
            let text = "";
            response.on("data", (chunk: Buffer) => (text += chunk.toString()));
            response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: text }));
          },
        );
        request.on("error", reject);
        request.end(body);
      });
    // nginx is up once it answers.
    await expect
      .poll(
        () =>
          through("north", "/healthz").then(
            (r) => r.status,
            () => 0,
          ),
        { timeout: 20_000 },
      )
      .toBe(200);

    // Each address shows its own area, rendered and then from its own page cache.
    for (const [id, area] of Object.entries(areas) as [keyof typeof areas, (typeof areas)["north"]][]) {
      const other = id === "north" ? areas.bath : areas.north;
      for (const round of ["rendered", "cached"]) {
        const home = await through(id, "/");
        expect(home.status, `${id} ${round}`).toBe(200);
        expect(home.body).toContain(area.name);
        expect(home.body).not.toContain(other.name);
        if (round === "cached") expect(home.headers["x-page-cache"]).toBe("hit");
      }
      // nginx's request id is the app's: the two logs join up.
      const ready = await through(id, "/readyz");
      expect(ready.status).toBe(200);
      const requestId = String(ready.headers["x-request-id"]);
      expect(requestId).toMatch(/^[0-9a-f]{32}$/);
      await expect.poll(() => running[id]!.output()).toContain(`"requestId":"${requestId}"`);
    }
    expect(fs.readFileSync(`${dir}/nginx-error.log`, "utf8")).not.toMatch(/\[(error|crit|alert|emerg)\]/);

    // A suggestion made in one area is in that area alone.
    const made1 = await through("north", "/tell-us", {
      form: { body: "Only for North Somerset", kind: "parent_carer", consent: "yes", contact: "none" },
    });
    expect(made1.status).toBe(302);
    const track = String(made1.headers.location).split("?")[0]!;
    expect(track).toMatch(/^\/track\//);
    expect((await through("north", track)).status).toBe(200);
    expect((await through("bath", track)).status).toBe(404);

    // A session from one area opens nothing in the other, though the same demo account is in both.
    const signedIn = await through("north", "/sign-in", {
      form: { email: "officer@northsomerset.example", password: "correct horse battery staple" },
    });
    expect(signedIn.status).toBe(302);
    const cookie = (signedIn.headers["set-cookie"] as string[]).map((c) => c.split(";")[0]).join("; ");
    expect((signedIn.headers["set-cookie"] as string[]).join()).toContain("Secure");
    expect((await through("north", "/manage", { cookie })).status).toBe(200);
    const crossed = await through("bath", "/manage", { cookie });
    expect(crossed.status).toBe(302);
    expect(crossed.headers.location).toMatch(/^\/sign-in/);

    // Each area's metrics token opens its own metrics only.
    const north = areas.north as typeof areas.north & { metricsToken: string };
    expect((await through("north", "/metrics", { token: north.metricsToken })).status).toBe(200);
    expect((await through("bath", "/metrics", { token: north.metricsToken })).status).toBe(401);

    // Emails go out from each area with its own name and its own address in every link.
    for (const id of ["north", "bath"] as const) {
      const asked = await through(id, "/forgot-password", { form: { email: "officer@northsomerset.example" } });
      expect(asked.status).toBeLessThan(400);
    }
    await expect.poll(() => inbox.filter((m) => m.to === "officer@northsomerset.example").length, { timeout: 20_000 }).toBe(2);
    for (const [id, area] of Object.entries(areas)) {
      const other = id === "north" ? areas.bath : areas.north;
      // Long lines are folded in the message (quoted-printable): read them unfolded.
      const message = inbox.map((m) => m.raw.replace(/=\r?\n/g, "")).find((raw) => raw.includes(`https://${area.domain}:${httpsPort}/password/`));
      expect(message, `${id}'s email`).toBeDefined();
      expect(message).toContain(area.name);
      expect(message).not.toContain(other.domain);
    }
  });
});

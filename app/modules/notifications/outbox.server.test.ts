import net from "node:net";
import { eq } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { outbox } from "~db/schema";
import { getDb } from "~/db.server";
import { renderEmail } from "~emails/layout";
import { defaultDelivery, enqueueEmail, MAX_ATTEMPTS, processOutbox, RETRY_DELAYS_MS, startOutboxWorker } from "./outbox.server";

type Received = { to: string; messageId: string; raw: string };

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const port = (probe.address() as net.AddressInfo).port;
      probe.close(() => resolve(port));
    });
  });
}

function startSmtp(port: number, inbox: Received[]): Promise<SMTPServer> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString()));
      stream.on("end", () => {
        inbox.push({
          to: session.envelope.rcptTo.map((r) => r.address).join(","),
          messageId: /^Message-ID: (.*)$/im.exec(raw)?.[1]?.trim() ?? "",
          raw,
        });
        callback();
      });
    },
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

const ctx = { areaName: "North Somerset", appUrl: "http://localhost", contactEmail: "help@example.org", lang: "en" as const };
const email = (n: number) => renderEmail(ctx, "test", `Update ${n}`, "Hello,", [{ paragraph: `Message ${n}` }]);

let servers: SMTPServer[] = [];
beforeEach(() => getDb().delete(outbox).run());
afterEach(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(() => r(null)))));
  servers = [];
});

describe("the outbox with a real SMTP server", () => {
  it("delivers a message once, however many times the worker runs", async () => {
    const port = await freePort();
    const inbox: Received[] = [];
    servers.push(await startSmtp(port, inbox));
    const deliver = defaultDelivery(`smtp://127.0.0.1:${port}`);

    enqueueEmail(getDb(), "rachel@example.org", email(1), "update:1");
    enqueueEmail(getDb(), "rachel@example.org", email(1), "update:1"); // same key: queued once
    expect(await processOutbox(deliver)).toEqual({ sent: 1, failed: 0 });
    expect(await processOutbox(deliver)).toEqual({ sent: 0, failed: 0 });

    expect(inbox).toHaveLength(1);
    expect(inbox[0]!.to).toBe("rachel@example.org");
    expect(inbox[0]!.raw).toContain("Subject: Update 1");
    expect(inbox[0]!.messageId).toBe("<update-1@coproduce>");
    const row = getDb().select().from(outbox).get()!;
    expect(row).toMatchObject({ status: "sent", attempts: 1, deliveredVia: "smtp" });
  });

  it("keeps a message while the server is down and delivers it when it is back", async () => {
    const port = await freePort();
    const deliver = defaultDelivery(`smtp://127.0.0.1:${port}`);
    enqueueEmail(getDb(), "tom@example.org", email(2), "update:2");

    const start = Date.now();
    expect(await processOutbox(deliver, () => new Date(start))).toEqual({ sent: 0, failed: 1 });
    const waiting = getDb().select().from(outbox).get()!;
    expect(waiting.status).toBe("pending");
    expect(waiting.lastError).toBeTruthy();
    expect(waiting.nextAttemptAt.getTime()).toBe(start + RETRY_DELAYS_MS[0]!);

    // Not due yet: nothing is tried.
    const inbox: Received[] = [];
    servers.push(await startSmtp(port, inbox));
    expect(await processOutbox(deliver, () => new Date(start + 1000))).toEqual({ sent: 0, failed: 0 });
    // Due: delivered.
    expect(await processOutbox(deliver, () => new Date(start + RETRY_DELAYS_MS[0]! + 1))).toEqual({ sent: 1, failed: 0 });
    expect(inbox.map((m) => m.to)).toEqual(["tom@example.org"]);
  });

  it("delivers every message exactly once after the server refuses connections for a while", async () => {
    const port = await freePort();
    const deliver = defaultDelivery(`smtp://127.0.0.1:${port}`);
    for (let n = 0; n < 25; n++) enqueueEmail(getDb(), `person${n}@example.org`, email(n), `burst:${n}`);
    // Down: every round fails on its first message and leaves the rest for later.
    let clock = Date.now();
    for (let round = 0; round < 4; round++) {
      expect((await processOutbox(deliver, () => new Date(clock))).sent).toBe(0);
      clock += RETRY_DELAYS_MS[round]! + 1;
    }
    const inbox: Received[] = [];
    servers.push(await startSmtp(port, inbox));
    // Back: a few rounds, as the worker would run them, until nothing is due.
    for (let round = 0; round < 6; round++) {
      await processOutbox(deliver, () => new Date(clock));
      clock += RETRY_DELAYS_MS.at(-1)!;
    }
    expect(inbox).toHaveLength(25);
    expect(new Set(inbox.map((m) => m.messageId)).size).toBe(25);
    expect(
      getDb()
        .select()
        .from(outbox)
        .all()
        .every((m) => m.status === "sent"),
    ).toBe(true);
  });

  it("does not send again after the worker restarts", async () => {
    const port = await freePort();
    const inbox: Received[] = [];
    servers.push(await startSmtp(port, inbox));
    const deliver = defaultDelivery(`smtp://127.0.0.1:${port}`);
    for (let n = 1; n <= 3; n++) enqueueEmail(getDb(), `person${n}@example.org`, email(n), `update:${n}`);

    const first = startOutboxWorker(deliver, 20);
    await expect.poll(() => inbox.length, { timeout: 5000 }).toBe(3);
    await first.stop();

    const second = startOutboxWorker(deliver, 20);
    await new Promise((r) => setTimeout(r, 200));
    await second.stop();
    expect(inbox).toHaveLength(3);
  });

  it("leaves a message another worker is sending alone until its lease runs out", async () => {
    const sent: string[] = [];
    const deliver = async (m: { to: string }) => (sent.push(m.to), "mailbox" as const);
    enqueueEmail(getDb(), "a@example.org", email(1), "lease:1");
    const now = Date.now();
    getDb()
      .update(outbox)
      .set({ status: "sending", attempts: 1, lockedUntil: new Date(now + 60_000) })
      .run();
    expect(await processOutbox(deliver, () => new Date(now))).toEqual({ sent: 0, failed: 0 });
    expect(await processOutbox(deliver, () => new Date(now + 61_000))).toEqual({ sent: 1, failed: 0 });
    expect(sent).toEqual(["a@example.org"]);
  });

  it("tries at least 6 times over about an hour before giving up", async () => {
    const deliver = async () => {
      throw new Error("Connection refused");
    };
    enqueueEmail(getDb(), "b@example.org", email(1), "giveup:1");
    let clock = Date.now();
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await processOutbox(deliver, () => new Date(clock));
      const row = getDb().select().from(outbox).where(eq(outbox.idempotencyKey, "giveup:1")).get()!;
      clock = row.nextAttemptAt.getTime();
    }
    const row = getDb().select().from(outbox).get()!;
    expect(MAX_ATTEMPTS).toBeGreaterThanOrEqual(6);
    expect(row).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS, lastError: "Connection refused" });
    const totalMinutes = RETRY_DELAYS_MS.reduce((a, b) => a + b, 0) / 60_000;
    expect(totalMinutes).toBeGreaterThan(50);
    expect(totalMinutes).toBeLessThan(75);
  });
});

import net from "node:net";
import type { SMTPServer } from "smtp-server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { channelHealth, outbox } from "~db/schema";
import { getDb } from "~/db.server";
import { renderEmail } from "~emails/layout";
import { DeliveryFailure, type Deliveries, type Delivery } from "./delivery.server";
import {
  enqueueEmail,
  enqueueText,
  KEEP_TRYING_MS,
  outboxStatus,
  processOutbox,
  retryDelayMs,
  smtpDelivery,
  startOutboxWorker,
} from "./outbox.server";
import { startTestSmtp as startSmtp, type Received } from "../../../tests/smtp";

/** Email by `email`; texts kept for the mailbox. */
const byEmail = (email: Delivery): Deliveries => ({ email, sms: async () => ({ via: "mailbox" }), letter: async () => ({ via: "mailbox" }) });

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const port = (probe.address() as net.AddressInfo).port;
      probe.close(() => resolve(port));
    });
  });
}

const ctx = { areaName: "North Somerset", appUrl: "http://localhost", contactEmail: "help@example.org", lang: "en" as const };
const email = (n: number) => renderEmail(ctx, "test", `Update ${n}`, "Hello,", [{ paragraph: `Message ${n}` }]);

let servers: SMTPServer[] = [];
beforeEach(() => {
  getDb().delete(outbox).run();
  getDb().delete(channelHealth).run();
});
afterEach(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(() => r(null)))));
  servers = [];
});

describe("the outbox with a real SMTP server", () => {
  it("delivers a message once, however many times the worker runs", async () => {
    const port = await freePort();
    const inbox: Received[] = [];
    servers.push(await startSmtp(port, inbox));
    const deliver = byEmail(smtpDelivery(`smtp://127.0.0.1:${port}`));

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
    const deliver = byEmail(smtpDelivery(`smtp://127.0.0.1:${port}`));
    enqueueEmail(getDb(), "tom@example.org", email(2), "update:2");

    const start = Date.now();
    expect(await processOutbox(deliver, () => new Date(start))).toEqual({ sent: 0, failed: 1 });
    const waiting = getDb().select().from(outbox).get()!;
    expect(waiting.status).toBe("pending");
    expect(waiting.lastError).toBeTruthy();
    expect(waiting.nextAttemptAt.getTime()).toBe(start + retryDelayMs(1));

    // Not due yet: nothing is tried.
    const inbox: Received[] = [];
    servers.push(await startSmtp(port, inbox));
    expect(await processOutbox(deliver, () => new Date(start + 1000))).toEqual({ sent: 0, failed: 0 });
    // Due: delivered.
    expect(await processOutbox(deliver, () => new Date(start + retryDelayMs(1) + 1))).toEqual({ sent: 1, failed: 0 });
    expect(inbox.map((m) => m.to)).toEqual(["tom@example.org"]);
  });

  it("delivers every message exactly once after the server refuses connections for a while", async () => {
    const port = await freePort();
    const deliver = byEmail(smtpDelivery(`smtp://127.0.0.1:${port}`));
    for (let n = 0; n < 25; n++) enqueueEmail(getDb(), `person${n}@example.org`, email(n), `burst:${n}`);
    // Down: every round fails on its first message and leaves the rest for later.
    let clock = Date.now();
    for (let round = 0; round < 4; round++) {
      expect((await processOutbox(deliver, () => new Date(clock))).sent).toBe(0);
      clock += retryDelayMs(round + 1) + 1;
    }
    const inbox: Received[] = [];
    servers.push(await startSmtp(port, inbox));
    // Back: a few rounds, as the worker would run them, until nothing is due.
    for (let round = 0; round < 6; round++) {
      await processOutbox(deliver, () => new Date(clock));
      clock += retryDelayMs(99);
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
    const deliver = byEmail(smtpDelivery(`smtp://127.0.0.1:${port}`));
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
    const deliver = byEmail(async (m) => (sent.push(m.to), { via: "mailbox" }));
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

  it("keeps trying for two days, with gaps growing to an hour, before giving up", async () => {
    const deliver = byEmail(async () => {
      throw new Error("Connection refused");
    });
    enqueueEmail(getDb(), "b@example.org", email(1), "giveup:1");
    const start = getDb().select().from(outbox).get()!.createdAt.getTime();
    let clock = start;
    const gaps: number[] = [];
    for (let i = 0; i < 200; i++) {
      await processOutbox(deliver, () => new Date(clock));
      const row = getDb().select().from(outbox).get()!;
      if (row.status === "failed") break;
      gaps.push(row.nextAttemptAt.getTime() - clock);
      clock = row.nextAttemptAt.getTime();
    }
    const row = getDb().select().from(outbox).get()!;
    expect(row).toMatchObject({ status: "failed", lastError: "Connection refused" });
    // An outage overnight loses nothing: it was tried until two days had passed.
    expect(clock - start).toBeGreaterThanOrEqual(48 * 3_600_000);
    expect(clock - start).toBeLessThanOrEqual(KEEP_TRYING_MS);
    expect(gaps.slice(0, 4)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(Math.max(...gaps)).toBe(3_600_000);
  });
});

describe("channels", () => {
  const text = (n: number) => ({ body: `Text ${n}`, summary: `Text ${n}`, template: "test" });

  it("goes on with texts while email is down, tells officers, and sends what waited as soon as email works", async () => {
    let emailUp = false;
    const sent: string[] = [];
    const deliveries: Deliveries = {
      email: async (m) => {
        if (!emailUp) throw new DeliveryFailure("connect ECONNREFUSED 127.0.0.1:25", "channel");
        sent.push(m.to);
        return { via: "smtp" };
      },
      sms: async (m) => (sent.push(m.to), { via: "notify", providerId: `n-${m.to}` }),
      letter: async () => ({ via: "mailbox" }),
    };
    for (let n = 1; n <= 3; n++) enqueueEmail(getDb(), `p${n}@example.org`, email(n), `e:${n}`);
    enqueueText(getDb(), "+447700900001", text(1), "t:1");
    const start = Date.now();
    expect(await processOutbox(deliveries, () => new Date(start))).toEqual({ sent: 1, failed: 1 });
    expect(sent).toEqual(["+447700900001"]);
    expect(outboxStatus().failing).toMatchObject([{ channel: "email", lastError: "connect ECONNREFUSED 127.0.0.1:25" }]);

    // Hours later a new email is queued and email works again: everything that waited goes at once.
    emailUp = true;
    const later = start + 5 * 60_000;
    enqueueEmail(getDb(), "p4@example.org", email(4), "e:4");
    await processOutbox(deliveries, () => new Date(later));
    expect(outboxStatus().failing).toEqual([]);
    await processOutbox(deliveries, () => new Date(later));
    expect(sent.filter((to) => to.endsWith("@example.org")).sort()).toEqual(["p1@example.org", "p2@example.org", "p3@example.org", "p4@example.org"]);
  });

  it("gives up at once on an address that can never receive it, and sends the news by the person's other channel", async () => {
    const deliveries: Deliveries = {
      email: async () => ({ via: "smtp" }),
      sms: async () => {
        throw new DeliveryFailure("Notify 400: ValidationError: phone_number Not a UK mobile number", "message");
      },
      letter: async () => ({ via: "mailbox" }),
    };
    enqueueText(getDb(), "+441632960000", text(2), "t:2", { channel: "email", to: "backup@example.org", message: email(2) });
    expect(await processOutbox(deliveries)).toEqual({ sent: 1, failed: 1 });
    const rows = getDb().select().from(outbox).all();
    expect(rows.find((r) => r.idempotencyKey === "t:2")).toMatchObject({
      status: "failed",
      attempts: 1,
      lastError: expect.stringContaining("Not a UK mobile"),
    });
    expect(rows.find((r) => r.idempotencyKey === "t:2:fallback")).toMatchObject({
      channel: "email",
      toAddress: "backup@example.org",
      status: "sent",
    });
    // A message's own problem is not the channel's.
    expect(outboxStatus().failing).toEqual([]);
  });
});

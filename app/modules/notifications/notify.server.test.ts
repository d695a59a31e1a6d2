import http from "node:http";
import type { AddressInfo } from "node:net";
import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { channelHealth, outbox } from "~db/schema";
import { getDb } from "~/db.server";
import { renderEmail } from "~emails/layout";
import { smsSegments } from "./segments";
import { notifyApiKey, startFakeNotify } from "../../../tests/notify/fake-notify";
import type { Deliveries } from "./delivery.server";
import { addressLines, notifyDelivery, notifyLetterDelivery } from "./notify.server";
import { enqueueLetter, enqueueText, outboxStatus, processOutbox } from "./outbox.server";
import { receiveReceipt } from "./receipts.server";

// Texts through GOV.UK Notify's official client, against a local server that speaks its API: the
// token the client signs, the answers Notify gives, and the delivery receipts it posts back.

const serviceId = crypto.randomUUID();
const secret = crypto.randomUUID();
const smsTemplateId = crypto.randomUUID();
const letterTemplateId = crypto.randomUUID();
const callbackToken = "receipts-bearer-token-123";

let notify: Awaited<ReturnType<typeof startFakeNotify>>;
let receipts: http.Server;
const answered: number[] = [];

beforeAll(async () => {
  // Stands in for the app's /notify/receipts route, which calls the same function.
  receipts = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (c: Buffer) => (raw += c.toString()));
    req.on("end", () => {
      const status = receiveReceipt(req.headers.authorization ?? null, JSON.parse(raw) as unknown, callbackToken);
      answered.push(status);
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((r) => receipts.listen(0, "127.0.0.1", r));
  const callback = { url: `http://127.0.0.1:${(receipts.address() as AddressInfo).port}/notify/receipts`, token: callbackToken };
  notify = await startFakeNotify({ serviceId, secret, smsTemplateId, letterTemplateId, callback });
});

afterAll(async () => {
  await notify.close();
  await new Promise((r) => receipts.close(r));
});

beforeEach(() => {
  getDb().delete(outbox).run();
  getDb().delete(channelHealth).run();
  notify.texts.length = 0;
  notify.letters.length = 0;
  answered.length = 0;
});

const deliveries = (apiKey = notifyApiKey(serviceId, secret)): Deliveries => ({
  email: async () => ({ via: "smtp" }),
  sms: notifyDelivery({ apiKey, smsTemplateId, baseUrl: notify.url }),
  letter: notifyLetterDelivery({ apiKey, letterTemplateId, baseUrl: notify.url }),
});
const text = (body: string) => ({ body, summary: "Text: update", template: "suggestion-update" });
const row = (key: string) => getDb().select().from(outbox).where(eq(outbox.idempotencyKey, key)).get()!;
const backupEmail = renderEmail(
  { areaName: "North Somerset", appUrl: "http://localhost", contactEmail: "help@example.org", lang: "en" },
  "t",
  "Update",
  "Hello,",
  [{ paragraph: "The same news" }],
);

describe("text messages through GOV.UK Notify", () => {
  it("sends the words as the template's personalisation, with the message's reference, and records the delivery receipt", async () => {
    enqueueText(getDb(), "+447700900123", text("North Somerset SEND: news about YS-0042. It is now: done."), "text:1");
    expect(await processOutbox(deliveries())).toEqual({ sent: 1, failed: 0 });
    expect(notify.texts).toMatchObject([
      { phoneNumber: "07700900123", body: "North Somerset SEND: news about YS-0042. It is now: done.", reference: "<text-1@coproduce>" },
    ]);
    expect(row("text:1")).toMatchObject({ status: "sent", deliveredVia: "notify", providerId: notify.texts[0]!.id });
    await expect.poll(() => row("text:1").receipt).toBe("delivered");
    expect(answered).toEqual([204]);
  });

  it("is refused with a wrong key: the channel is failing, the text waits, officers are told", async () => {
    enqueueText(getDb(), "+447700900124", text("Hello"), "text:2");
    expect(await processOutbox(deliveries(notifyApiKey(serviceId, crypto.randomUUID())))).toEqual({ sent: 0, failed: 1 });
    expect(row("text:2")).toMatchObject({ status: "pending", lastError: expect.stringContaining("Notify 403: AuthError: Invalid token") });
    expect(outboxStatus().failing).toMatchObject([{ channel: "sms" }]);
    expect(notify.texts).toHaveLength(0);
  });

  it("waits when Notify says too many at once or fails inside, and sends when it answers again", async () => {
    enqueueText(getDb(), "+447700900125", text("Hello"), "text:3");
    notify.failNext(429);
    await processOutbox(deliveries());
    expect(row("text:3")).toMatchObject({ status: "pending", lastError: expect.stringContaining("Notify 429: RateLimitError") });
    notify.failNext(500);
    await processOutbox(deliveries(), () => new Date(Date.now() + 60_000));
    expect(row("text:3").lastError).toContain("Notify 500: Exception: Internal server error");
    await processOutbox(deliveries(), () => new Date(Date.now() + 10 * 60_000));
    expect(row("text:3").status).toBe("sent");
    expect(outboxStatus().failing).toEqual([]);
  });

  it("gives up on a number that is not a mobile and sends the news by email instead", async () => {
    enqueueText(getDb(), "+441632960000", text("Hello"), "text:4", { channel: "email", to: "backup@example.org", message: backupEmail });
    expect(await processOutbox(deliveries())).toEqual({ sent: 1, failed: 1 });
    expect(row("text:4")).toMatchObject({ status: "failed", lastError: "Notify 400: ValidationError: phone_number Not a UK mobile number" });
    expect(row("text:4:fallback")).toMatchObject({ channel: "email", toAddress: "backup@example.org", status: "sent" });
    expect(outboxStatus().failing).toEqual([]);
  });

  it("falls back to email when the receipt says the phone could never receive it", async () => {
    enqueueText(getDb(), "07400 000002", text("Hello"), "text:5", { channel: "email", to: "backup@example.org", message: backupEmail });
    await processOutbox(deliveries());
    await expect.poll(() => row("text:5").status).toBe("failed");
    expect(row("text:5").receipt).toBe("permanent-failure");
    expect(row("text:5:fallback")).toMatchObject({ channel: "email", status: "pending" });
  });

  it("does not send again a text whose send was cut off after Notify took it, and sends one Notify never got", async () => {
    enqueueText(getDb(), "+447700900126", text("Took"), "text:6");
    enqueueText(getDb(), "+447700900127", text("Never got"), "text:7");
    // The process died mid-send: Notify has the first, not the second; both are left "sending".
    const sms = deliveries().sms;
    await sms({ channel: "sms", to: "+447700900126", subject: "", html: "", text: "Took", messageId: "<text-6@coproduce>", attachments: [] });
    const cutOff = { status: "sending" as const, attempts: 1, lockedUntil: new Date(Date.now() - 1000) };
    getDb().update(outbox).set(cutOff).run();
    expect(await processOutbox(deliveries())).toEqual({ sent: 2, failed: 0 });
    expect(notify.texts.map((t) => t.body)).toEqual(["Took", "Never got"]);
    expect(row("text:6")).toMatchObject({ status: "sent", providerId: notify.texts[0]!.id });
  });

  it("sends a letter through Notify's letter API: the address as its lines, the postcode last; a bad address fails at once", async () => {
    expect(addressLines("Gwen Post\n7 Church Lane\nBackwell\nBS48 3PQ")).toEqual({
      address_line_1: "Gwen Post",
      address_line_2: "7 Church Lane",
      address_line_3: "Backwell",
      address_line_4: "BS48 3PQ",
    });
    const letter = { body: "Dear Gwen,\n\nThere is news about YS-0042.", summary: "Letter: news about YS-0042", template: "suggestion-letter" };
    enqueueLetter(getDb(), "Gwen Post\n7 Church Lane\nBackwell\nBS48 3PQ", letter, "letter:1");
    enqueueLetter(getDb(), "Gwen Post\nBS48 3PQ", letter, "letter:2");
    expect(await processOutbox(deliveries())).toEqual({ sent: 1, failed: 1 });
    expect(notify.letters).toMatchObject([
      { address: ["Gwen Post", "7 Church Lane", "Backwell", "BS48 3PQ"], body: letter.body, reference: "<letter-1@coproduce>" },
    ]);
    expect(row("letter:1")).toMatchObject({ status: "sent", deliveredVia: "notify", providerId: notify.letters[0]!.id });
    expect(row("letter:2")).toMatchObject({ status: "failed", lastError: "Notify 400: ValidationError: Address must be at least 3 lines" });
  });

  it("refuses receipts without Notify's bearer token, or for texts it never sent", () => {
    expect(receiveReceipt("Bearer wrong-token-xxxxxxxx", { id: "x", status: "delivered" }, callbackToken)).toBe(401);
    expect(receiveReceipt(null, { id: "x", status: "delivered" }, callbackToken)).toBe(401);
    expect(receiveReceipt(`Bearer ${callbackToken}`, { nonsense: true }, callbackToken)).toBe(400);
    expect(receiveReceipt(`Bearer ${callbackToken}`, { id: crypto.randomUUID(), status: "delivered" }, callbackToken)).toBe(404);
    expect(receiveReceipt(`Bearer ${callbackToken}`, { id: "x", status: "delivered" }, "")).toBe(404);
  });
});

describe("how long a text is", () => {
  it("counts segments as phone networks do", () => {
    expect(smsSegments("a".repeat(160))).toBe(1);
    expect(smsSegments("a".repeat(161))).toBe(2);
    expect(smsSegments("a".repeat(306))).toBe(2);
    expect(smsSegments("€".repeat(80))).toBe(1);
    expect(smsSegments("ŵ".repeat(70))).toBe(1);
    expect(smsSegments("ŵ".repeat(71))).toBe(2);
  });
});

import { and, asc, count, desc, eq, gt, inArray, isNotNull, lte, notInArray, or, sql } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import { channelHealth, outbox } from "~db/schema";
import type { Channel } from "~db/schema/enums";
import { getDb, isDatabaseReadOnly, type DbOrTx } from "~/db.server";
import { config } from "~/config.server";
import { log } from "~/modules/operations/log.server";
import { countError, recordJobSuccess } from "~/modules/operations/metrics.server";
import type { EmailAttachment, RenderedEmail } from "~emails/layout";
import type { RenderedText } from "~emails/texts";
import { DeliveryFailure, type Deliveries, type Delivery } from "./delivery.server";
import { notifyDelivery, notifyLetterDelivery } from "./notify.server";

// See docs/decisions/0003-outbox.md for why every message goes through this table, and 0016 for
// channels, retries over days and falling back to a person's other channel.

/** Delay before retry n (1-based): 30 s doubling up to an hour, then every hour. */
export function retryDelayMs(attempt: number): number {
  return Math.min(30_000 * 2 ** (attempt - 1), 3_600_000);
}

/** How long a message is retried before it is given up: mail servers keep trying for days, and so do we. */
export const KEEP_TRYING_MS = 50 * 3_600_000;
const LEASE_MS = 60_000;

/** Something to send instead, by the person's other channel, if a message can never be delivered. */
export type Fallback = { channel: Channel; to: string; message: RenderedEmail | RenderedText };

function insert(db: DbOrTx, row: typeof outbox.$inferInsert): boolean {
  return db.insert(outbox).values(row).onConflictDoNothing({ target: outbox.idempotencyKey }).run().changes === 1;
}

const fields = (channel: Channel, message: RenderedEmail | RenderedText) =>
  "html" in message
    ? {
        channel,
        subject: message.subject,
        htmlBody: message.html,
        textBody: message.text,
        template: message.template,
        attachments: JSON.stringify(message.attachments ?? []),
      }
    : { channel, subject: message.summary, htmlBody: "", textBody: message.body, template: message.template, attachments: "[]" };

/**
 * Queues a message. Call it with the transaction that makes the change the message is about, so
 * both are saved or neither is. The key makes queuing idempotent: says false when a message with
 * this key was already queued.
 */
export function enqueueEmail(db: DbOrTx, to: string, email: RenderedEmail, idempotencyKey: string, fallback?: Fallback): boolean {
  return enqueue(db, { channel: "email", to, message: email }, idempotencyKey, fallback);
}

/** Queues a text message to a mobile number in international form (+447700900123). */
export function enqueueText(db: DbOrTx, to: string, text: RenderedText, idempotencyKey: string, fallback?: Fallback): boolean {
  return enqueue(db, { channel: "sms", to, message: text }, idempotencyKey, fallback);
}

/** Queues a letter for GOV.UK Notify to print and post: `to` is the address's lines, the postcode last. */
export function enqueueLetter(db: DbOrTx, to: string, letter: RenderedText, idempotencyKey: string): boolean {
  return enqueue(db, { channel: "letter", to, message: letter }, idempotencyKey);
}

function enqueue(db: DbOrTx, what: Fallback, idempotencyKey: string, fallback?: Fallback): boolean {
  return insert(db, {
    idempotencyKey,
    toAddress: what.to,
    ...fields(what.channel, what.message),
    fallback: fallback ? JSON.stringify(fallback) : null,
    nextAttemptAt: new Date(),
  });
}

/** Sends by SMTP when SMTP_URL is set; otherwise keeps the message for the local mailbox. */
export function smtpDelivery(smtpUrl = config.smtpUrl): Delivery {
  if (!smtpUrl) return async () => ({ via: "mailbox" });
  // One connection kept open for many messages: opening one per message costs about 100 ms each.
  const url = new URL(smtpUrl);
  if (!url.searchParams.has("pool")) url.searchParams.set("pool", "true");
  const transport: Transporter = nodemailer.createTransport(url.toString());
  return async ({ to, subject, html, text, messageId, attachments }) => {
    try {
      await transport.sendMail({ from: config.mailFrom, to, subject, html, text, messageId, attachments });
    } catch (error) {
      const e = error as { message?: string; responseCode?: number; command?: string; code?: string };
      // The server refused this recipient for good (no such mailbox): retrying will not help.
      const refused = e.code === "EENVELOPE" || ((e.responseCode ?? 0) >= 500 && /RCPT/.test(e.command ?? ""));
      throw new DeliveryFailure(String(e.message ?? error).slice(0, 500), refused ? "message" : "channel");
    }
    return { via: "smtp" };
  };
}

/** Email by SMTP (or the development mailbox), texts and letters by GOV.UK Notify (or the development mailbox). */
export function defaultDeliveries(): Deliveries {
  return { email: smtpDelivery(), sms: notifyDelivery(), letter: notifyLetterDelivery() };
}

/**
 * Sends every message that is due, one at a time. A message is claimed with a lease before
 * sending so two workers never send the same one, and marked sent straight after, so a restarted
 * worker does not send it again. A channel that fails is left for this round (its server is
 * probably down); the others go on.
 */
export async function processOutbox(deliveries: Deliveries, now = () => new Date(), db = getDb()) {
  let sent = 0;
  let failed = 0;
  const down = new Set<Channel>();
  for (;;) {
    const claimed = claimNext(db, now(), [...down]);
    if (!claimed) break;
    try {
      const deliver = deliveries[claimed.channel];
      const messageId = `<${claimed.idempotencyKey.replace(/[^A-Za-z0-9._-]/g, "-")}@coproduce>`;
      // A send cut off last time (its lease ran out) may have reached the provider: ask first.
      const earlier = claimed.status === "sending" ? await deliver.sentBefore?.(messageId) : null;
      const delivered =
        earlier ??
        (await deliver({
          channel: claimed.channel,
          to: claimed.toAddress,
          subject: claimed.subject,
          html: claimed.htmlBody,
          text: claimed.textBody,
          messageId,
          attachments: JSON.parse(claimed.attachments) as EmailAttachment[],
        }));
      db.update(outbox)
        .set({
          status: "sent",
          sentAt: now(),
          deliveredVia: delivered.via,
          providerId: delivered.providerId ?? null,
          lockedUntil: null,
          lastError: null,
        })
        .where(eq(outbox.id, claimed.id))
        .run();
      channelWorks(db, claimed.channel, now());
      sent++;
    } catch (error) {
      failed++;
      const failure =
        error instanceof DeliveryFailure ? error : new DeliveryFailure(String(error instanceof Error ? error.message : error), "channel");
      const at = now();
      const retryAt = at.getTime() + retryDelayMs(claimed.attempts);
      if (failure.scope === "message" || retryAt > claimed.createdAt.getTime() + KEEP_TRYING_MS) {
        giveUp(db, claimed, failure.message.slice(0, 500));
      } else {
        db.update(outbox)
          .set({ status: "pending", nextAttemptAt: new Date(retryAt), lockedUntil: null, lastError: failure.message.slice(0, 500) })
          .where(eq(outbox.id, claimed.id))
          .run();
      }
      if (failure.scope === "channel") {
        down.add(claimed.channel);
        channelFails(db, claimed.channel, failure.message.slice(0, 500), at);
      }
    }
  }
  return { sent, failed };
}

/** Marks a message failed for good, and queues its fallback (the same news by the person's other channel). */
function giveUp(db: DbOrTx, row: typeof outbox.$inferSelect, error: string) {
  db.transaction((tx) => {
    tx.update(outbox).set({ status: "failed", lockedUntil: null, lastError: error }).where(eq(outbox.id, row.id)).run();
    if (!row.fallback) return;
    const fallback = JSON.parse(row.fallback) as Fallback;
    enqueue(tx, fallback, `${row.idempotencyKey}:fallback`);
  });
}

function channelFails(db: DbOrTx, channel: Channel, error: string, at: Date) {
  db.insert(channelHealth)
    .values({ channel, failingSince: at, lastError: error, updatedAt: at })
    .onConflictDoUpdate({
      target: channelHealth.channel,
      set: { failingSince: sql`coalesce(${channelHealth.failingSince}, ${at.getTime()})`, lastError: error, updatedAt: at },
    })
    .run();
}

/** A channel that was failing works again: what waited for it goes now, not at its next retry. */
function channelWorks(db: DbOrTx, channel: Channel, at: Date) {
  const health = db.select().from(channelHealth).where(eq(channelHealth.channel, channel)).get();
  if (!health?.failingSince) return;
  db.transaction((tx) => {
    tx.update(channelHealth).set({ failingSince: null, lastError: null, updatedAt: at }).where(eq(channelHealth.channel, channel)).run();
    tx.update(outbox)
      .set({ nextAttemptAt: at })
      .where(and(eq(outbox.channel, channel), eq(outbox.status, "pending"), gt(outbox.attempts, 0)))
      .run();
  });
}

function claimNext(db: DbOrTx, now: Date, skip: Channel[]) {
  return db.transaction((tx) => {
    const due = tx
      .select()
      .from(outbox)
      .where(
        and(
          or(
            and(eq(outbox.status, "pending"), lte(outbox.nextAttemptAt, now)),
            // A worker that died mid-send leaves its lease to run out.
            and(eq(outbox.status, "sending"), lte(outbox.lockedUntil, now)),
          ),
          skip.length ? notInArray(outbox.channel, skip) : undefined,
        ),
      )
      .orderBy(asc(outbox.nextAttemptAt), asc(outbox.id))
      .limit(1)
      .get();
    if (!due) return undefined;
    const attempts = due.attempts + 1;
    tx.update(outbox)
      .set({ status: "sending", attempts, lockedUntil: new Date(now.getTime() + LEASE_MS) })
      .where(eq(outbox.id, due.id))
      .run();
    return { ...due, attempts };
  });
}

/**
 * A delivery receipt from GOV.UK Notify for a text it accepted. A number that could not receive it
 * fails the message for good, and the person's other channel gets the news instead. Says whether
 * the text was found.
 */
export function applyReceipt(providerId: string, status: string, db: DbOrTx = getDb()): boolean {
  const row = db.select().from(outbox).where(eq(outbox.providerId, providerId)).get();
  if (!row) return false;
  db.update(outbox).set({ receipt: status }).where(eq(outbox.id, row.id)).run();
  if (status === "permanent-failure" || status === "temporary-failure")
    giveUp(
      db,
      row,
      status === "permanent-failure"
        ? "The number could not receive it (Notify: permanent failure)"
        : "The phone was off or out of signal for 3 days (Notify: temporary failure)",
    );
  return true;
}

/** Runs processOutbox every few seconds until stopped. */
export function startOutboxWorker(deliveries: Deliveries = defaultDeliveries(), intervalMs = config.outboxPollMs) {
  let running = false;
  let stopped = false;
  const tick = async () => {
    // Nothing can be marked sent on a read-only database: wait until it can be written again.
    if (running || stopped || isDatabaseReadOnly()) return;
    running = true;
    try {
      await processOutbox(deliveries);
      recordJobSuccess("outbox");
    } catch (error) {
      countError("outbox");
      log.error({ err: error, job: "outbox" }, "background job failed");
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  void tick();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      while (running) await new Promise((r) => setTimeout(r, 20));
    },
  };
}

/** Messages kept for the local development mailbox, newest first. */
export function listMailbox(db = getDb()) {
  return db
    .select({
      id: outbox.id,
      channel: outbox.channel,
      toAddress: outbox.toAddress,
      subject: outbox.subject,
      textBody: outbox.textBody,
      attachments: outbox.attachments,
      sentAt: outbox.sentAt,
    })
    .from(outbox)
    .where(eq(outbox.deliveredVia, "mailbox"))
    .orderBy(desc(outbox.id))
    .limit(200)
    .all();
}

/** One attachment of a message in the development mailbox. */
export function mailboxAttachment(id: number, index: number, db = getDb()): EmailAttachment | undefined {
  const row = db
    .select({ attachments: outbox.attachments })
    .from(outbox)
    .where(and(eq(outbox.id, id), eq(outbox.deliveredVia, "mailbox")))
    .get();
  return row ? (JSON.parse(row.attachments) as EmailAttachment[])[index] : undefined;
}

/** Delivery figures and the messages that need attention, for officers. Never shows bodies: they hold sign-in links. */
export function outboxStatus(db = getDb()) {
  const counts = db.select({ status: outbox.status, n: count() }).from(outbox).groupBy(outbox.status).all();
  const byStatus = Object.fromEntries(counts.map((c) => [c.status, c.n])) as Record<string, number>;
  const problems = db
    .select({
      id: outbox.id,
      channel: outbox.channel,
      toAddress: outbox.toAddress,
      subject: outbox.subject,
      status: outbox.status,
      attempts: outbox.attempts,
      lastError: outbox.lastError,
      nextAttemptAt: outbox.nextAttemptAt,
      createdAt: outbox.createdAt,
    })
    .from(outbox)
    .where(or(eq(outbox.status, "failed"), and(inArray(outbox.status, ["pending", "sending"]), sql`${outbox.attempts} > 0`)))
    .orderBy(desc(outbox.id))
    .limit(100)
    .all();
  return {
    pending: (byStatus.pending ?? 0) + (byStatus.sending ?? 0),
    sent: byStatus.sent ?? 0,
    failed: byStatus.failed ?? 0,
    problems,
    // Channels whose last try failed: officers are told while it lasts.
    failing: db
      .select({ channel: channelHealth.channel, since: channelHealth.failingSince, lastError: channelHealth.lastError })
      .from(channelHealth)
      .where(isNotNull(channelHealth.failingSince))
      .all(),
  };
}

/** Puts a failed message back in the queue, for an officer who has fixed the cause. */
export function retryMessage(id: number, db = getDb()) {
  const result = db
    .update(outbox)
    .set({ status: "pending", attempts: 0, nextAttemptAt: new Date(), lastError: null })
    .where(and(eq(outbox.id, id), eq(outbox.status, "failed")))
    .run();
  return result.changes === 1;
}

import { and, asc, count, desc, eq, inArray, lte, or, sql } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import { outbox } from "~db/schema";
import { getDb, isDatabaseReadOnly, type DbOrTx } from "~/db.server";
import { config } from "~/config.server";
import type { EmailAttachment, RenderedEmail } from "~emails/layout";

// See docs/decisions/0003-outbox.md for why email goes through this table.

/** Delay before retry n (1-based): 30 s doubling, so 8 tries span about an hour. */
export const RETRY_DELAYS_MS = [30, 60, 120, 240, 480, 960, 1920].map((s) => s * 1000);
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
const LEASE_MS = 60_000;

/**
 * Queues an email. Call it with the transaction that makes the change the email
 * is about, so both are saved or neither is. The key makes queuing idempotent:
 * says false when a message with this key was already queued.
 */
export function enqueueEmail(db: DbOrTx, to: string, email: RenderedEmail, idempotencyKey: string): boolean {
  const result = db
    .insert(outbox)
    .values({
      idempotencyKey,
      toAddress: to,
      subject: email.subject,
      htmlBody: email.html,
      textBody: email.text,
      template: email.template,
      attachments: JSON.stringify(email.attachments ?? []),
      nextAttemptAt: new Date(),
    })
    .onConflictDoNothing({ target: outbox.idempotencyKey })
    .run();
  return result.changes === 1;
}

export type Delivery = (message: {
  to: string;
  subject: string;
  html: string;
  text: string;
  messageId: string;
  attachments: EmailAttachment[];
}) => Promise<"smtp" | "mailbox">;

/** Sends by SMTP when SMTP_URL is set; otherwise keeps the message for the local mailbox. */
export function defaultDelivery(smtpUrl = config.smtpUrl): Delivery {
  if (!smtpUrl) return async () => "mailbox";
  const transport: Transporter = nodemailer.createTransport(smtpUrl);
  return async (message) => {
    await transport.sendMail({ from: config.mailFrom, ...message });
    return "smtp";
  };
}

/**
 * Sends every message that is due, one at a time. A message is claimed with a
 * lease before sending so two workers never send the same one, and marked sent
 * straight after, so a restarted worker does not send it again.
 */
export async function processOutbox(deliver: Delivery, now = () => new Date(), db = getDb()) {
  let sent = 0;
  let failed = 0;
  for (;;) {
    const claimed = claimNext(db, now());
    if (!claimed) break;
    try {
      const via = await deliver({
        to: claimed.toAddress,
        subject: claimed.subject,
        html: claimed.htmlBody,
        text: claimed.textBody,
        messageId: `<${claimed.idempotencyKey.replace(/[^A-Za-z0-9._-]/g, "-")}@coproduce>`,
        attachments: JSON.parse(claimed.attachments) as EmailAttachment[],
      });
      db.update(outbox)
        .set({ status: "sent", sentAt: now(), deliveredVia: via, lockedUntil: null, lastError: null })
        .where(eq(outbox.id, claimed.id))
        .run();
      sent++;
    } catch (error) {
      const attempts = claimed.attempts;
      const delay = RETRY_DELAYS_MS[attempts - 1];
      db.update(outbox)
        .set({
          status: delay === undefined ? "failed" : "pending",
          nextAttemptAt: new Date(now().getTime() + (delay ?? 0)),
          lockedUntil: null,
          lastError: String(error instanceof Error ? error.message : error).slice(0, 500),
        })
        .where(eq(outbox.id, claimed.id))
        .run();
      failed++;
      // The server is probably down: leave the rest for the next round.
      break;
    }
  }
  return { sent, failed };
}

function claimNext(db: DbOrTx, now: Date) {
  return db.transaction((tx) => {
    const due = tx
      .select()
      .from(outbox)
      .where(
        or(
          and(eq(outbox.status, "pending"), lte(outbox.nextAttemptAt, now)),
          // A worker that died mid-send leaves its lease to run out.
          and(eq(outbox.status, "sending"), lte(outbox.lockedUntil, now)),
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

/** Runs processOutbox every few seconds until stopped. */
export function startOutboxWorker(deliver: Delivery = defaultDelivery(), intervalMs = config.outboxPollMs) {
  let running = false;
  let stopped = false;
  const tick = async () => {
    // Nothing can be marked sent on a read-only database: wait until it can be written again.
    if (running || stopped || isDatabaseReadOnly()) return;
    running = true;
    try {
      await processOutbox(deliver);
    } catch (error) {
      console.error("Outbox worker:", error);
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

import crypto from "node:crypto";
import { z } from "zod";
import { config } from "~/config.server";
import { applyReceipt } from "./outbox.server";

// GOV.UK Notify's delivery receipts: it posts one per text to /notify/receipts with the bearer token
// set in its callback settings (NOTIFY_CALLBACK_TOKEN). Anything else is refused.

const Receipt = z.object({ id: z.string().min(1).max(100), status: z.string().min(1).max(40) });

const sameToken = (given: string, expected: string) =>
  given.length === expected.length && crypto.timingSafeEqual(Buffer.from(given), Buffer.from(expected));

/** The HTTP status to answer a receipt with: 204 taken, 401 wrong token, 400 not a receipt, 404 not ours or receipts off. */
export function receiveReceipt(authorization: string | null, body: unknown, token = config.notify.callbackToken): number {
  if (!token) return 404;
  const given = /^Bearer (.+)$/.exec(authorization ?? "")?.[1] ?? "";
  if (!sameToken(given, token)) return 401;
  const receipt = Receipt.safeParse(body);
  if (!receipt.success) return 400;
  return applyReceipt(receipt.data.id, receipt.data.status) ? 204 : 404;
}

import { NotifyClient } from "notifications-node-client";
import { config } from "~/config.server";
import { DeliveryFailure, type Delivery, type OutgoingMessage } from "./delivery.server";

// Text messages through GOV.UK Notify's official client. One template holds ((body)); the app
// writes each message, so the words stay in the catalogue with every other message.

type NotifyError = { message?: string; response?: { status?: number; data?: { errors?: { error?: string; message?: string }[] } } };

/** What Notify's answer means for the outbox: a number that can never receive it, or Notify not working now. */
export function notifyFailure(error: unknown): DeliveryFailure {
  const e = error as NotifyError;
  const status = e.response?.status;
  const detail = e.response?.data?.errors?.map((x) => `${x.error ?? ""}: ${x.message ?? ""}`).join("; ") || e.message || String(error);
  // 400: this message is wrong (not a UK mobile number, too long, a team-only key's stranger); retrying will not help.
  // 403 (a bad key or clock), 429 (too many at once), 5xx and no answer at all: the channel, for now.
  return new DeliveryFailure(`Notify ${status ?? "unreachable"}: ${detail}`.slice(0, 500), status === 400 ? "message" : "channel");
}

/** Notify's address lines for a letter: up to seven, the postcode last (extra lines join the one before it). */
export function addressLines(to: string): Record<string, string> {
  const lines = to
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const postcode = lines.pop() ?? "";
  const kept = lines.length > 6 ? [...lines.slice(0, 5), lines.slice(5).join(", ")] : lines;
  return Object.fromEntries([...kept, postcode].map((line, i) => [`address_line_${i + 1}`, line]));
}

/** Sends through Notify by `type`, asking Notify first about a send that was cut off (by the message's reference). */
function throughNotify(
  client: NotifyClient,
  type: "sms" | "letter",
  send: (reference: string, message: OutgoingMessage) => Promise<{ data: { id: string } }>,
) {
  const delivery: Delivery = async (message) => {
    try {
      return { via: "notify", providerId: (await send(message.messageId, message)).data.id };
    } catch (error) {
      throw notifyFailure(error);
    }
  };
  delivery.sentBefore = async (messageId) => {
    try {
      const found = (await client.getNotifications(type, undefined, messageId)).data.notifications[0];
      return found ? { via: "notify", providerId: found.id } : null;
    } catch (error) {
      throw notifyFailure(error);
    }
  };
  return delivery;
}

type NotifySettings = typeof config.notify;

export function notifyDelivery(
  { apiKey, smsTemplateId, baseUrl }: Pick<NotifySettings, "apiKey" | "smsTemplateId" | "baseUrl"> = config.notify,
): Delivery {
  if (!apiKey || !smsTemplateId) return async () => ({ via: "mailbox" });
  const client = new NotifyClient(baseUrl, apiKey);
  return throughNotify(client, "sms", (reference, { to, text }) => client.sendSms(smsTemplateId, to, { personalisation: { body: text }, reference }));
}

/** Letters through Notify's letter API: the address as its lines, the words as ((body)). */
export function notifyLetterDelivery(
  { apiKey, letterTemplateId, baseUrl }: Pick<NotifySettings, "apiKey" | "letterTemplateId" | "baseUrl"> = config.notify,
): Delivery {
  if (!apiKey || !letterTemplateId) return async () => ({ via: "mailbox" });
  const client = new NotifyClient(baseUrl, apiKey);
  return throughNotify(client, "letter", (reference, { to, text }) =>
    client.sendLetter(letterTemplateId, { personalisation: { ...addressLines(to), body: text }, reference }),
  );
}

import { NotifyClient } from "notifications-node-client";
import { config } from "~/config.server";
import { DeliveryFailure, type Delivery } from "./delivery.server";

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

export function notifyDelivery({ apiKey, smsTemplateId, baseUrl } = config.notify): Delivery {
  if (!apiKey || !smsTemplateId) return async () => ({ via: "mailbox" });
  const client = new NotifyClient(baseUrl, apiKey);
  const send: Delivery = async ({ to, text, messageId }) => {
    try {
      const response = await client.sendSms(smsTemplateId, to, { personalisation: { body: text }, reference: messageId });
      return { via: "notify", providerId: response.data.id };
    } catch (error) {
      throw notifyFailure(error);
    }
  };
  // Each text carries its message's reference, so Notify can say whether it already has it.
  send.sentBefore = async (messageId) => {
    try {
      const found = (await client.getNotifications("sms", undefined, messageId)).data.notifications[0];
      return found ? { via: "notify", providerId: found.id } : null;
    } catch (error) {
      throw notifyFailure(error);
    }
  };
  return send;
}

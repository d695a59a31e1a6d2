import type { Channel } from "~db/schema/enums";
import type { EmailAttachment } from "~emails/layout";

// What the outbox hands to a channel, and what a channel's failure means.

export type OutgoingMessage = {
  channel: Channel;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Unique per message: the email's Message-ID, the text's reference at Notify. */
  messageId: string;
  attachments: EmailAttachment[];
};
export type Delivered = { via: "smtp" | "notify" | "mailbox"; providerId?: string };
export type Delivery = ((message: OutgoingMessage) => Promise<Delivered>) & {
  /**
   * Whether the provider already has this message, asked before sending again a message whose
   * send was cut off (the process died after handing it over, before recording it). Channels that
   * cannot be asked (SMTP) send it again with the same Message-ID, which mail programs show once.
   */
  sentBefore?: (messageId: string) => Promise<Delivered | null>;
};
export type Deliveries = Record<Channel, Delivery>;

/**
 * Why a delivery failed: this message alone can never go (an address or number that cannot receive
 * it), or the channel is not working just now (a server down, a key refused, too many at once).
 */
export class DeliveryFailure extends Error {
  constructor(
    message: string,
    readonly scope: "message" | "channel",
  ) {
    super(message);
  }
}

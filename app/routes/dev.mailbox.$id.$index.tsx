import type { LoaderFunctionArgs } from "@remix-run/node";
import { config } from "~/config.server";
import { mailboxAttachment } from "~/modules/notifications/outbox.server";

// An attachment of a message in the development mailbox (not in production).
export function loader({ params }: LoaderFunctionArgs) {
  if (config.production) throw new Response("Not found", { status: 404 });
  const attachment = mailboxAttachment(Number(params.id), Number(params.index));
  if (!attachment) throw new Response("Not found", { status: 404 });
  return new Response(attachment.content, {
    headers: { "Content-Type": attachment.contentType, "Content-Disposition": `attachment; filename="${attachment.filename.replace(/[^\w.-]/g, "_")}"` },
  });
}

import type { LoaderFunctionArgs } from "@remix-run/node";
import { config } from "~/config.server";
import { mailboxAttachment } from "~/modules/notifications/outbox.server";
import { found, notFound } from "~/utils/query.server";

// An attachment of a message in the development mailbox (not in production).
export function loader({ params }: LoaderFunctionArgs) {
  if (config.production) throw notFound();
  const attachment = found(mailboxAttachment(Number(params.id), Number(params.index)));
  return new Response(attachment.content, {
    headers: { "Content-Type": attachment.contentType, "Content-Disposition": `attachment; filename="${attachment.filename.replace(/[^\w.-]/g, "_")}"` },
  });
}

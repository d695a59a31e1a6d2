import type { LoaderFunctionArgs } from "@remix-run/node";
import { mayUseDevelopmentTools } from "~/config.server";
import { mailboxAttachment } from "~/modules/notifications/outbox.server";
import { found, notFound } from "~/utils/query.server";

// An attachment of a message in the development mailbox (only for the demo on this machine alone).
export function loader({ request, context, params }: LoaderFunctionArgs) {
  if (!mayUseDevelopmentTools(request, context.clientIp)) throw notFound();
  const attachment = found(mailboxAttachment(Number(params.id), Number(params.index)));
  return new Response(attachment.content, {
    headers: {
      "Content-Type": attachment.contentType,
      "Content-Disposition": `attachment; filename="${attachment.filename.replace(/[^\w.-]/g, "_")}"`,
    },
  });
}

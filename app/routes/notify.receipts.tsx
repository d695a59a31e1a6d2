import type { ActionFunctionArgs } from "@remix-run/node";
import { receiveReceipt } from "~/modules/notifications/receipts.server";

// Delivery receipts from GOV.UK Notify (see modules/notifications/receipts.server.ts). Not a page.

export function loader() {
  return new Response("Not found", { status: 404, headers: { "Cache-Control": "private, no-store" } });
}

export async function action({ request }: ActionFunctionArgs) {
  const body: unknown = await request.json().catch(() => null);
  return new Response(null, {
    status: receiveReceipt(request.headers.get("authorization"), body),
    headers: { "Cache-Control": "private, no-store" },
  });
}

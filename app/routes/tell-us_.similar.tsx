import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { similarPublished } from "~/modules/feedback/board.server";

// For the Tell us form, as the person writes: published suggestions alike to their words. Only
// public wordings are compared and returned, and nothing the person typed is kept.

export function loader({ request }: LoaderFunctionArgs) {
  const text = (new URL(request.url).searchParams.get("text") ?? "").slice(0, 2000);
  return json({ alike: text.trim().length >= 15 ? similarPublished(text) : [] }, { headers: { "Cache-Control": "private, no-store" } });
}

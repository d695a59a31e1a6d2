import type { LoaderFunctionArgs } from "@remix-run/node";
import { requirePermission } from "~/modules/auth/permissions.server";
import { printLetters } from "~/modules/feedback/letters.server";

// The letters listed on /manage/letters, as one PDF to print: one letter a page.

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "letters:print");
  const ids = (new URL(request.url).searchParams.get("ids") ?? "")
    .split(",")
    .slice(0, 1000)
    .map(Number)
    .filter((id) => Number.isInteger(id) && id > 0);
  const { pdf, count } = await printLetters(ids);
  // Posted already, or never there: the list page says what waits.
  if (!count) return new Response(null, { status: 303, headers: { Location: "/manage/letters", "Cache-Control": "private, no-store" } });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": 'attachment; filename="letters.pdf"',
      "Cache-Control": "private, no-store",
    },
  });
}

import type { LoaderFunctionArgs } from "@remix-run/node";
import { requirePermission } from "~/modules/auth/permissions.server";
import { recordAudit } from "~/modules/privacy/audit.server";
import { privateCsv } from "~/modules/feedback/dashboard.server";

// Every suggestion with private fields: officers only.
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "suggestion:triage");
  recordAudit("export", "suggestions-private-csv");
  return new Response(privateCsv(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="suggestions-private-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}

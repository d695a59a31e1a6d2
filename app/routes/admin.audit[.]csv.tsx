import type { LoaderFunctionArgs } from "@remix-run/node";
import { requirePermission } from "~/modules/auth/permissions.server";
import { auditCsv, recordAudit } from "~/modules/privacy/audit.server";
import { dateParam, textParam } from "~/utils/query.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "audit:view");
  const query = new URL(request.url).searchParams;
  const filters = { q: textParam(query, "q"), from: dateParam(query, "from"), to: dateParam(query, "to") };
  const csv = auditCsv(filters);
  recordAudit("export", "audit-trail", filters);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-trail-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}

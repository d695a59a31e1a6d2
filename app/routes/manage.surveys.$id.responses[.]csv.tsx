import type { LoaderFunctionArgs } from "@remix-run/node";
import { requirePermission } from "~/modules/auth/permissions.server";
import { recordAudit } from "~/modules/privacy/audit.server";
import { exportResponses } from "~/modules/surveys/results.server";
import { found, routeId } from "~/utils/query.server";

// Every response, streamed as it is read: officers only, as it can hold contact details.
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "survey:manage");
  const { filename, stream } = found(exportResponses(routeId(params.id)));
  recordAudit("export", `survey-responses:${params.id}`);
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

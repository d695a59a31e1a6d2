import type { LoaderFunctionArgs } from "@remix-run/node";
import { requirePermission } from "~/modules/auth/permissions.server";
import { EVIDENCE_CSV_COLUMNS, evidenceCsvRows, evidenceReport } from "~/modules/impact/evidence.server";
import { periodParams } from "~/utils/query.server";
import { toCsv } from "~/utils/csv.server";

// The evidence report's figures as one long table. No personal data, so no audit entry is needed.
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "evidence:view");
  const { from, to } = periodParams(new URL(request.url).searchParams, 365);
  return new Response(toCsv(EVIDENCE_CSV_COLUMNS, evidenceCsvRows(evidenceReport(from, to))), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="evidence-${from}-to-${to}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}

import type { LoaderFunctionArgs } from "@remix-run/node";
import { requirePermission } from "~/modules/auth/permissions.server";
import { currentStrategyId, exportActionsCsv } from "~/modules/strategy/strategy.server";
import { found } from "~/utils/query.server";

// The actions in the same CSV format the import reads.
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "strategy:manage");
  const id = found(currentStrategyId());
  return new Response(exportActionsCsv(id), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="strategy-actions.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}

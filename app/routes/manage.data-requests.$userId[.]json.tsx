import type { LoaderFunctionArgs } from "@remix-run/node";
import { requirePermission } from "~/modules/auth/permissions.server";
import { recordAudit } from "~/modules/privacy/audit.server";
import { personData } from "~/modules/privacy/your-data.server";
import { found } from "~/utils/query.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "privacy:requests");
  const data = found(personData(String(params.userId ?? "").slice(0, 100)));
  recordAudit("export", `users:${params.userId}`, { what: "everything held about them" });
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="their-data.json"',
      "Cache-Control": "private, no-store",
    },
  });
}

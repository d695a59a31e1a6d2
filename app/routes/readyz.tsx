import { json } from "@remix-run/node";
import { readiness } from "~/modules/operations/health.server";

// Whether this installation can do its work now (see readiness): 200 when it can, 503 when not.
export function loader() {
  const { ready, checks } = readiness();
  return json({ status: ready ? "ready" : "not ready", checks }, { status: ready ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}

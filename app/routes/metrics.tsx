import type { LoaderFunctionArgs } from "@remix-run/node";
import { config } from "~/config.server";
import { hasMetricsToken } from "~/modules/operations/health.server";
import { registry } from "~/modules/operations/metrics.server";

// Prometheus's scrape address. Without METRICS_TOKEN set it does not exist; with it, only a
// request bearing the token is answered.
export async function loader({ request }: LoaderFunctionArgs) {
  if (!config.metricsToken) return new Response("Not found\n", { status: 404, headers: { "Cache-Control": "no-store" } });
  if (!hasMetricsToken(request))
    return new Response("A bearer token is needed.\n", {
      status: 401,
      headers: { "WWW-Authenticate": 'Bearer realm="metrics"', "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  return new Response(await registry.metrics(), { headers: { "Content-Type": registry.contentType, "Cache-Control": "no-store" } });
}

// The process is up and answering: for systemd's and a load balancer's liveness checks.
export function loader() {
  return new Response("ok\n", { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

import crypto from "node:crypto";

/** A request id sent by our own reverse proxy (nginx's $request_id) is kept, so its log and ours join up. */
export function requestIdFrom(header: string | string[] | undefined, trusted: boolean): string {
  return trusted && typeof header === "string" && /^[A-Za-z0-9._-]{8,64}$/.test(header) ? header : crypto.randomUUID();
}

import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

// A local server that speaks GOV.UK Notify's text message and letter API as its documentation
// describes it, for tests: the real service cannot be reached from here. It checks the JSON Web
// Token the client signs with the API key (HS256, `iss` the service id, `iat` within 30 seconds),
// the template and its personalisation, the number (a UK mobile) or the address (three to seven
// lines, a UK postcode last); it answers 201 with the notification, or Notify's error shape (400
// ValidationError and BadRequestError, 403 AuthError, 429 RateLimitError, 500 Exception); it sends
// a text's delivery receipt to the callback URL with the bearer token; and it answers GET
// /v2/notifications (newest first, by `template_type` and `reference` if asked). Outside Notify's
// API: GET /_fake/texts and /_fake/letters list what it accepted; POST /_fake/fail makes its next
// answers fail ({ "status": 429 | 500 | 403, "count": n }, or { "clear": true } to answer well again).
//
// As Notify's own test numbers do, two numbers end badly once accepted: 07400 000002 gets a
// "permanent-failure" receipt, 07400 000003 a "temporary-failure"; every other mobile "delivered".

export type FakeNotifyOptions = {
  port?: number;
  serviceId: string;
  secret: string;
  smsTemplateId: string;
  /** A letter template; letters are refused without one. */
  letterTemplateId?: string;
  callback?: { url: string; token: string };
};

export type AcceptedLetter = { id: string; reference: string | null; address: string[]; body: string };

export type AcceptedText = { id: string; phoneNumber: string; reference: string | null; body: string; receipt: string | null };

const PERMANENT_FAILURE = "07400000002";
const TEMPORARY_FAILURE = "07400000003";

function base64url(value: Buffer | string) {
  return Buffer.from(value).toString("base64url");
}

/** The caller's token, checked as Notify checks it; a reason it is refused, or null. */
export function tokenProblem(header: string | undefined, serviceId: string, secret: string, now = Date.now()): string | null {
  const token = /^Bearer (.+)$/.exec(header ?? "")?.[1];
  if (!token) return "Unauthorized: authentication token must be provided";
  const [head, body, signature] = token.split(".");
  if (!head || !body || !signature) return "Invalid token: not a JSON Web Token";
  const expected = base64url(crypto.createHmac("sha256", secret).update(`${head}.${body}`).digest());
  if (expected.length !== signature.length || !crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(signature)))
    return "Invalid token: API key not found";
  const header_ = JSON.parse(Buffer.from(head, "base64url").toString()) as { alg?: string };
  const claims = JSON.parse(Buffer.from(body, "base64url").toString()) as { iss?: string; iat?: number };
  if (header_.alg !== "HS256") return "Invalid token: algorithm must be HS256";
  if (claims.iss !== serviceId) return "Invalid token: service id not found";
  if (typeof claims.iat !== "number" || Math.abs(claims.iat - now / 1000) > 30)
    return "Error: Your system clock must be accurate to within 30 seconds";
  return null;
}

/** A UK mobile number as 07xxxxxxxxx, or null. */
function ukMobile(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const digits = value.replace(/[\s()-]/g, "").replace(/^(\+44|0044)/, "0");
  return /^07\d{9}$/.test(digits) ? digits : null;
}

const errorBody = (status: number, error: string, message: string) => ({ status_code: status, errors: [{ error, message }] });

export async function startFakeNotify(options: FakeNotifyOptions) {
  const texts: AcceptedText[] = [];
  const letters: AcceptedLetter[] = [];
  const failures: number[] = [];
  const sendReceipt = async (text: AcceptedText, status: string) => {
    text.receipt = status;
    if (!options.callback) return;
    const now = new Date().toISOString();
    await fetch(options.callback.url, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${options.callback.token}` },
      body: JSON.stringify({
        id: text.id,
        reference: text.reference,
        to: text.phoneNumber,
        status,
        created_at: now,
        completed_at: now,
        sent_at: now,
        notification_type: "sms",
        template_id: options.smsTemplateId,
        template_version: 1,
      }),
    }).catch(() => undefined);
  };

  const notification = (text: AcceptedText, fallbackStatus: string) => ({
    id: text.id,
    reference: text.reference,
    phone_number: text.phoneNumber,
    type: "sms",
    status: text.receipt ?? fallbackStatus,
    body: text.body,
    template: { id: options.smsTemplateId, version: 1, uri: `http://fake-notify/v2/template/${options.smsTemplateId}` },
  });
  // A letter as Notify takes one: its template, at least three address lines (up to seven), the last a UK postcode.
  const letter = (authorization: string | undefined, raw: string, answer: (status: number, body: unknown) => void) => {
    const forced = failures.shift();
    if (forced === 429) return answer(429, errorBody(429, "RateLimitError", "Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds"));
    if (forced === 500) return answer(500, errorBody(500, "Exception", "Internal server error"));
    const refused = forced === 403 ? "Invalid token: API key revoked" : tokenProblem(authorization, options.serviceId, options.secret);
    if (refused) return answer(403, errorBody(403, "AuthError", refused));
    const payload = JSON.parse(raw || "{}") as { template_id?: unknown; personalisation?: Record<string, unknown>; reference?: unknown };
    if (!options.letterTemplateId || payload.template_id !== options.letterTemplateId)
      return answer(400, errorBody(400, "BadRequestError", "Template not found"));
    const p = payload.personalisation ?? {};
    const address = [1, 2, 3, 4, 5, 6, 7].map((n) => p[`address_line_${n}`]).filter((v): v is string => typeof v === "string" && v !== "");
    if (address.length < 3) return answer(400, errorBody(400, "ValidationError", "Address must be at least 3 lines"));
    if (!/^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$/i.test(address.at(-1)!))
      return answer(400, errorBody(400, "ValidationError", "Last line of address must be a real UK postcode or another country"));
    if (typeof p.body !== "string" || !p.body) return answer(400, errorBody(400, "BadRequestError", "Missing personalisation: body"));
    const accepted = { id: crypto.randomUUID(), reference: typeof payload.reference === "string" ? payload.reference : null, address, body: p.body };
    letters.push(accepted);
    answer(201, { id: accepted.id, reference: accepted.reference, content: { body: p.body, subject: "Letter" }, postage: "second" });
  };
  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString()));
    req.on("end", () => {
      const answer = (status: number, body: unknown) => {
        res.writeHead(status, { "Content-Type": "application/json" });
        res.end(JSON.stringify(body));
      };
      const url = new URL(req.url ?? "/", "http://fake-notify");
      if (req.method === "GET" && url.pathname === "/_fake/texts") return answer(200, texts);
      if (req.method === "GET" && url.pathname === "/_fake/letters") return answer(200, letters);
      if (req.method === "GET" && url.pathname === "/_fake/health") return answer(200, { ok: true });
      if (req.method === "POST" && url.pathname === "/_fake/fail") {
        const { status, count = 1, clear = false } = JSON.parse(raw || "{}") as { status: number; count?: number; clear?: boolean };
        if (clear) failures.length = 0;
        else for (let i = 0; i < count; i++) failures.push(status);
        return answer(200, { queued: failures.length });
      }
      if (req.method === "GET" && url.pathname === "/v2/notifications") {
        const refused = tokenProblem(req.headers.authorization, options.serviceId, options.secret);
        if (refused) return answer(403, errorBody(403, "AuthError", refused));
        const reference = url.searchParams.get("reference");
        const type = url.searchParams.get("template_type");
        const found = [
          ...(type === "letter" ? [] : texts.map((t) => notification(t, "sending"))),
          ...(type === "sms" ? [] : letters.map((l) => ({ id: l.id, reference: l.reference, type: "letter", status: "accepted", body: l.body }))),
        ].filter((n) => reference === null || n.reference === reference);
        return answer(200, { notifications: found.reverse(), links: { current: url.href } });
      }
      if (req.method === "POST" && url.pathname === "/v2/notifications/letter") return letter(req.headers.authorization, raw, answer);
      if (req.method !== "POST" || url.pathname !== "/v2/notifications/sms") return answer(404, errorBody(404, "NotFound", "Not found"));
      const forced = failures.shift();
      if (forced === 429)
        return answer(429, errorBody(429, "RateLimitError", "Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds"));
      if (forced === 500) return answer(500, errorBody(500, "Exception", "Internal server error"));
      const refused = forced === 403 ? "Invalid token: API key revoked" : tokenProblem(req.headers.authorization, options.serviceId, options.secret);
      if (refused) return answer(403, errorBody(403, "AuthError", refused));
      let payload: { phone_number?: unknown; template_id?: unknown; personalisation?: Record<string, unknown>; reference?: unknown };
      try {
        payload = JSON.parse(raw) as typeof payload;
      } catch {
        return answer(400, errorBody(400, "BadRequestError", "Invalid JSON supplied in POST data"));
      }
      if (payload.template_id !== options.smsTemplateId) return answer(400, errorBody(400, "BadRequestError", "Template not found"));
      const body = payload.personalisation?.body;
      if (typeof body !== "string" || !body) return answer(400, errorBody(400, "BadRequestError", "Missing personalisation: body"));
      const phoneNumber = ukMobile(payload.phone_number);
      if (!phoneNumber) return answer(400, errorBody(400, "ValidationError", "phone_number Not a UK mobile number"));
      if ([...body].length > 918) return answer(400, errorBody(400, "BadRequestError", "Text messages cannot be longer than 918 characters."));
      const text: AcceptedText = {
        id: crypto.randomUUID(),
        phoneNumber,
        reference: typeof payload.reference === "string" ? payload.reference : null,
        body,
        receipt: null,
      };
      texts.push(text);
      answer(201, {
        id: text.id,
        reference: text.reference,
        content: { body, from_number: "GOVUK" },
        uri: `http://fake-notify/v2/notifications/${text.id}`,
        template: { id: options.smsTemplateId, version: 1, uri: `http://fake-notify/v2/template/${options.smsTemplateId}` },
      });
      // The phone network's answer comes a moment later, as a delivery receipt.
      const status = phoneNumber === PERMANENT_FAILURE ? "permanent-failure" : phoneNumber === TEMPORARY_FAILURE ? "temporary-failure" : "delivered";
      setTimeout(() => void sendReceipt(text, status), 50);
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    texts,
    letters,
    failNext(status: 403 | 429 | 500, count = 1) {
      for (let i = 0; i < count; i++) failures.push(status);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** An API key in Notify's form: its name, the service id and the secret. */
export function notifyApiKey(serviceId: string, secret: string) {
  return `coproduce_test-${serviceId}-${secret}`;
}

import { Writable } from "node:stream";
import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { renderToPipeableStream } from "react-dom/server";
import { NonceProvider } from "~/components/nonce";
import { startOutboxWorker } from "~/modules/notifications/outbox.server";
import { queueReminders } from "~/modules/events/events.server";
import { queueReviewReminders } from "~/modules/reviews/reviews.server";
import { applyRetention } from "~/modules/privacy/retention.server";
import { getDb, isDatabaseReadOnly } from "~/db.server";

export { contentVersion } from "~/utils/content-version.server";
export { requestStore } from "~/modules/privacy/actor.server";
export { isDatabaseReadOnly } from "~/db.server";

const ABORT_DELAY = 5_000;

/** Called once by app/server.ts: applies migrations, starts the email worker, queues event and review reminders each minute and applies retention daily. */
export function startBackgroundWork() {
  getDb();
  const worker = startOutboxWorker();
  const reminders = setInterval(() => {
    if (isDatabaseReadOnly()) return;
    try {
      queueReminders();
      queueReviewReminders();
    } catch (error) {
      console.error("Reminders:", error);
    }
  }, 60_000);
  reminders.unref();
  // Retention runs a minute after start and then daily; running it twice removes nothing more.
  const retain = () => {
    if (isDatabaseReadOnly()) return;
    try {
      applyRetention();
    } catch (error) {
      console.error("Retention:", error);
    }
  };
  const firstRetention = setTimeout(retain, 60_000);
  const retention = setInterval(retain, 24 * 60 * 60_000);
  firstRetention.unref();
  retention.unref();
  return {
    async stop() {
      clearInterval(reminders);
      clearTimeout(firstRetention);
      clearInterval(retention);
      await worker.stop();
    },
  };
}

// Pages are rendered whole and sent in one piece. Nothing here streams (no
// deferred data), and under load a streamed page is written in many small
// chunks that queue behind other requests, which made slow requests much slower.
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.cspNonce;
  return new Promise<Response>((resolve, reject) => {
    const chunks: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(chunk);
        callback();
      },
      final(callback) {
        responseHeaders.set("Content-Type", "text/html; charset=utf-8");
        resolve(new Response(Buffer.concat(chunks), { headers: responseHeaders, status: responseStatusCode }));
        callback();
      },
    });
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        onAllReady() {
          pipe(sink);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          console.error(error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY).unref();
  });
}

import type { ActionFunctionArgs, AppLoadContext, EntryContext, LoaderFunctionArgs } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { renderToString } from "react-dom/server";
import { NonceProvider, RequestIdProvider } from "~/components/nonce";
import { I18nProvider, setPageTranslator } from "~/components/i18n";
import { catalogueVersion, renderTranslator } from "~/modules/i18n/catalogue.server";
import { interfaceLanguage } from "~/modules/i18n/languages";
import { startOutboxWorker } from "~/modules/notifications/outbox.server";
import { runTimedWork } from "~/modules/activities/registry.server";
import { applyRetention } from "~/modules/privacy/retention.server";
import { getDb, isDatabaseReadOnly } from "~/db.server";
import { memoByVersion } from "~/utils/content-version.server";
import { languagesOffered } from "~/modules/i18n/negotiate.server";
import { getAreaSettings } from "~/modules/settings/area.server";
import { log } from "~/modules/operations/log.server";
import { countError, countPageCache, observeRequest, recordJobSuccess } from "~/modules/operations/metrics.server";

export { contentVersion } from "~/utils/content-version.server";
export { requestStore } from "~/modules/privacy/actor.server";
export { isDatabaseReadOnly } from "~/db.server";
/** What app/server.ts logs and counts with: the build's own logger and metrics. */
export const operations = { log, observeRequest, countPageCache };

/** The languages a visitor can choose here (app/server.ts picks among them), read again only after a change. */
export const offeredLanguages = memoByVersion(() => languagesOffered(getAreaSettings().contentLanguages));

/**
 * Called once by app/server.ts: applies migrations, starts the email worker, runs every kind of
 * activity's timed work (reminders) each minute and applies retention daily.
 */
export function startBackgroundWork() {
  getDb();
  const worker = startOutboxWorker();
  const reminders = setInterval(() => {
    if (isDatabaseReadOnly()) return;
    runTimedWork();
    recordJobSuccess("timed work");
  }, 60_000);
  reminders.unref();
  // Retention runs a minute after start and then daily; running it twice removes nothing more.
  const retain = () => {
    if (isDatabaseReadOnly()) return;
    try {
      applyRetention();
      recordJobSuccess("retention");
    } catch (error) {
      countError("retention");
      log.error({ err: error, job: "retention" }, "background job failed");
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

/**
 * Every page and data response is private unless its route says otherwise: a page made for one
 * person (their account, staff pages, their answers) must never be kept by a browser's cache or a
 * proxy, and forgetting to say so must not leak it. Public pages shared by every visitor are sent
 * from the page cache (app/server.ts), with its own caching headers, not from here. Resource routes
 * (files) do not pass through here: each sets its own, and the permission matrix checks them all.
 */
function keepPrivate(headers: Headers) {
  if (!headers.has("Cache-Control")) headers.set("Cache-Control", "private, no-store");
}

/** Every unexpected error in a loader, action or render: logged (with the request's id) and counted. */
export function handleError(error: unknown, { request }: LoaderFunctionArgs | ActionFunctionArgs) {
  if (request.signal.aborted) return;
  countError("request");
  log.error({ err: error }, "request failed");
}

export function handleDataRequest(response: Response) {
  keepPrivate(response.headers);
  return response;
}

// Pages are rendered whole, in one synchronous pass, and sent in one piece. Nothing here streams
// (no deferred data). A render that yields part-way lets fifty other requests interleave with it,
// so under load every page finished late; rendered in one go, each finishes in turn.
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.cspNonce;
  const { translator, usedMessages } = renderTranslator(interfaceLanguage(loadContext.lang));
  const pageMessages = () => ({ lang: translator.lang, version: catalogueVersion, messages: usedMessages() });
  setPageTranslator(translator);
  const html = renderToString(
    <NonceProvider value={nonce}>
      <RequestIdProvider value={loadContext.requestId ?? ""}>
        <I18nProvider translator={translator} pageMessages={pageMessages}>
          <RemixServer context={remixContext} url={request.url} nonce={nonce} />
        </I18nProvider>
      </RequestIdProvider>
    </NonceProvider>,
  );
  // Remix preloads every module of the page at high priority; on a phone's slow connection they
  // then share it with the stylesheet and hold back the first paint. The page works before they come.
  const sent = html.replaceAll('<link rel="modulepreload"', '<link rel="modulepreload" fetchpriority="low"');
  responseHeaders.set("Content-Type", "text/html; charset=utf-8");
  responseHeaders.set("Content-Language", translator.lang);
  keepPrivate(responseHeaders);
  return new Response(`<!DOCTYPE html>${sent}`, { headers: responseHeaders, status: responseStatusCode });
}

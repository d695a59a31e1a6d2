import type { LanguageCode } from "~/modules/i18n/languages";

// What app/server.ts gives every loader and action.
declare module "@remix-run/node" {
  interface AppLoadContext {
    cspNonce: string;
    clientIp: string;
    /**
     * The language the visitor reads, chosen by app/server.ts (see modules/i18n/negotiate.server.ts):
     * what the area writes is shown in it, the interface in `interfaceLanguage(lang)`.
     */
    lang: LanguageCode;
    /** The request's id, on every log line about it and on a server error's page. */
    requestId: string;
  }
}
export {};

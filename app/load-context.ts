import type { Language } from "~/modules/i18n/languages";

// What app/server.ts gives every loader and action.
declare module "@remix-run/node" {
  interface AppLoadContext {
    cspNonce: string;
    clientIp: string;
    /** The language the page is answered in, chosen by app/server.ts (see modules/i18n/negotiate.server.ts). */
    lang: Language;
  }
}
export {};

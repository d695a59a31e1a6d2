import pino from "pino";
import { config } from "~/config.server";
import { requestStore } from "~/modules/privacy/actor.server";
import { safeError, scrub } from "./scrub";

/**
 * The one logger: JSON lines on standard output (systemd's journal keeps them), each with the
 * request's id when there is one. What goes in is ours to choose: route patterns, ids, counts,
 * codes, never addresses, names, tokens or anything typed (see scrub.ts for the net under that).
 */
export const log = pino({
  level: config.logLevel,
  base: { area: new URL(config.appUrl).host },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  mixin: () => {
    const requestId = requestStore.getStore()?.requestId;
    return requestId ? { requestId } : {};
  },
  serializers: { err: safeError },
  hooks: {
    logMethod(args, method) {
      method.apply(this, args.map((arg) => (typeof arg === "string" ? scrub(arg) : arg)) as Parameters<typeof method>);
    },
  },
});

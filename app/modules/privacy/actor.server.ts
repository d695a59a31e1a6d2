import { AsyncLocalStorage } from "node:async_hooks";
import type { LanguageCode } from "~/modules/i18n/languages";

// Who is acting in this request, for the audit trail. app/server.ts runs each
// request inside its own store; requirePermission puts the officer, organiser
// or admin in it; the database's audit_actor() function (and so the audit
// triggers) reads it. Outside a request, or for members, nobody is recorded.

type Actor = { id: string; name: string };
// The store also holds the language app/server.ts chose for the request (see i18n), and the
// request's id, which every log line written for it carries.
type Store = { actor?: Actor; lang?: LanguageCode; requestId?: string };

export const requestStore = new AsyncLocalStorage<Store>();

export function setActor(actor: Actor) {
  const store = requestStore.getStore();
  if (store) store.actor = { id: actor.id, name: actor.name };
}

/** What audit_actor() returns in SQL: the actor as JSON, or null. */
export function currentActorJson(): string | null {
  const actor = requestStore.getStore()?.actor;
  return actor ? JSON.stringify(actor) : null;
}

/** Runs work as an actor outside a request (scripts, tests). */
export function actAs<T>(actor: Actor, work: () => T): T {
  return requestStore.run({ actor }, work);
}

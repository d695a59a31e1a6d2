import { Lucia, TimeSpan } from "lucia";
import { DrizzleSQLiteAdapter } from "@lucia-auth/adapter-drizzle";
import { sessions, users } from "~db/schema";
import { getDb } from "~/db.server";
import { secureCookies } from "~/config.server";

// Sessions last 14 days and renew themselves once half of that has passed.
// See docs/decisions/0002-sessions.md.
function createLucia() {
  const adapter = new DrizzleSQLiteAdapter(getDb(), sessions, users);
  return new Lucia(adapter, {
    sessionExpiresIn: new TimeSpan(14, "d"),
    sessionCookie: {
      name: "coproduce_session",
      attributes: { secure: secureCookies(), sameSite: "lax" },
    },
  });
}

let lucia: ReturnType<typeof createLucia> | undefined;
export function getLucia() {
  lucia ??= createLucia();
  return lucia;
}

declare module "lucia" {
  interface Register {
    Lucia: ReturnType<typeof createLucia>;
  }
}

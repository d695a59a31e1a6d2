import { Lucia, TimeSpan, type DatabaseSession, type DatabaseUser } from "lucia";
import { DrizzleSQLiteAdapter } from "@lucia-auth/adapter-drizzle";
import { eq, sql } from "drizzle-orm";
import { sessions, users } from "~db/schema";
import { getDb, preparedFor } from "~/db.server";
import { secureCookies } from "~/config.server";

/**
 * Lucia's adapter reads the session and, in a second query, the whole user row, on every request;
 * the app reads the few fields it needs itself (session.server.ts). Here the session alone is read,
 * by one query prepared once (its user exists: sessions are deleted with their user).
 */
const sessionById = preparedFor((db) =>
  db
    .select({
      id: sessions.id,
      userId: sessions.userId,
      expiresAt: sessions.expiresAt,
      secondFactor: sessions.secondFactor,
      singleSignOn: sessions.singleSignOn,
    })
    .from(sessions)
    .where(eq(sessions.id, sql.placeholder("id")))
    .prepare(),
);

class SessionAdapter extends DrizzleSQLiteAdapter {
  override async getSessionAndUser(sessionId: string): Promise<[DatabaseSession | null, DatabaseUser | null]> {
    const row = sessionById().get({ id: sessionId });
    if (!row) return [null, null];
    return [
      {
        id: row.id,
        userId: row.userId,
        expiresAt: new Date(row.expiresAt * 1000),
        attributes: { secondFactor: row.secondFactor, singleSignOn: row.singleSignOn },
      },
      { id: row.userId, attributes: {} },
    ];
  }
}

// Sessions last 14 days and renew themselves once half of that has passed.
// See docs/decisions/0002-sessions.md.
function createLucia() {
  return new Lucia(new SessionAdapter(getDb(), sessions, users), {
    sessionExpiresIn: new TimeSpan(14, "d"),
    sessionCookie: {
      name: "coproduce_session",
      attributes: { secure: secureCookies(), sameSite: "lax" },
    },
    getSessionAttributes: (attributes) => ({ secondFactor: attributes.secondFactor, singleSignOn: attributes.singleSignOn }),
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
    DatabaseSessionAttributes: { secondFactor: boolean; singleSignOn: boolean };
  }
}

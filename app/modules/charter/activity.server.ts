import { and, eq, lt, or, sql, type SQL } from "drizzle-orm";
import { charterSignatures } from "~db/schema";
import type { ActivityDefinition } from "~/modules/activities/activity";
import { DAY_MS } from "~/modules/activities/activity";

// The co-production charter: a person's signatures.

export const charterActivity = {
  personalData: {
    export({ userId, provedEmail }, db) {
      const byAccount: SQL = eq(charterSignatures.userId, userId);
      const signatures = db
        .select()
        .from(charterSignatures)
        .where(provedEmail ? or(byAccount, eq(charterSignatures.email, provedEmail)) : byAccount)
        .all();
      return {
        signatures: signatures.map((s) => ({
          versionId: s.versionId,
          name: s.name,
          email: s.email,
          kind: s.kind,
          organisation: s.organisation,
          listedPublicly: s.listPublicly,
          status: s.status,
          createdAt: s.createdAt,
        })),
      };
    },
    labels: { versionId: "Charter version", listedPublicly: "Listed publicly" },
    // The signature still counts for its version; who signed is gone.
    erase({ userId, email }, tx) {
      tx.update(charterSignatures)
        .set({ name: "", email: sql`'erased-' || ${charterSignatures.id}`, organisation: "", listPublicly: false, userId: null })
        .where(or(eq(charterSignatures.userId, userId), eq(charterSignatures.email, email)))
        .run();
    },
    applyRetention(periods, tx, now) {
      const unconfirmedSignatures = tx
        .delete(charterSignatures)
        .where(
          and(
            eq(charterSignatures.status, "unconfirmed"),
            lt(charterSignatures.createdAt, new Date(now.getTime() - periods.unconfirmedSignatureDays * DAY_MS)),
          ),
        )
        .run().changes;
      return { unconfirmedSignatures };
    },
  },
  timedWork: [],
} satisfies ActivityDefinition;

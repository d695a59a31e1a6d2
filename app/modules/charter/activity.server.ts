import { and, eq, lt, or, sql, type SQL } from "drizzle-orm";
import { seedCharter } from "./demo.server";
import { charterSignatures } from "~db/schema";
import { byActivity, sumOf } from "~/modules/impact/evidence";
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
    labels: { versionId: "data.versionId", listedPublicly: "data.listedPublicly" },
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
  evidence: {
    measures: [{ label: "evidence.measure.signatures", total: "evidence.measure.signatures.total", meaning: "evidence.measure.signatures.meaning" }],
    // Signatures confirmed in the period, as one activity.
    activities({ start, end, to }, db) {
      const rows = db.all<{ id: number; kind: string; n: number }>(
        sql`select 0 as id, kind, count(*) as n from charter_signatures
          where status = 'confirmed' and confirmed_at >= ${start} and confirmed_at < ${end} group by kind`,
      );
      return byActivity(rows, (_first, all) => ({
        key: "charter",
        kind: "charter",
        title: "Co-production charter",
        date: to,
        level: null,
        measures: [{ label: "evidence.measure.signatures", count: sumOf(all, (r) => r.n) }],
      }));
    },
    describe() {
      return undefined;
    },
    raisedAt: (_n, t) => t("toldUs.at.charter"),
    actionLinks() {
      return [];
    },
  },
  safeguarding: { checks: [] },
  menu: [{ label: "nav.charter", to: "/charter" }],
  manage: [{ label: "The charter", to: "/manage/charter", permission: "charter:manage" }],
  timedWork: [],
  demo: (area) => seedCharter(area.officerId),
} satisfies ActivityDefinition;

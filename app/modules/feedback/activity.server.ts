import { and, eq, inArray, isNotNull, lt, or, sql, type SQL } from "drizzle-orm";
import { seedYouSaidWeDid } from "./demo.server";
import { suggestions, supporters, viewLinks } from "~db/schema";
import type { ActivityDefinition } from "~/modules/activities/activity";
import { DAY_MS } from "~/modules/activities/activity";
import { byActivity, sumOf } from "~/modules/impact/evidence";
import { reference } from "./reference";
import { isHeldBack, makeSuggestion } from "./suggestions.server";

// The Tell us form and "me too": suggestions a person made and the ones they supported.

export const tellUsActivity = {
  personalData: {
    export({ userId, provedEmail }, db) {
      const theirs = (byAccount: SQL, emailColumn: typeof suggestions.contributorEmail | typeof supporters.email) =>
        provedEmail ? or(byAccount, eq(emailColumn, provedEmail))! : byAccount;
      const made = db
        .select()
        .from(suggestions)
        .where(theirs(eq(suggestions.contributorUserId, userId), suggestions.contributorEmail))
        .all();
      const supported = db
        .select({ suggestionId: supporters.suggestionId, email: supporters.email, updates: supporters.updates, createdAt: supporters.createdAt })
        .from(supporters)
        .where(and(theirs(eq(supporters.supporterKey, `user:${userId}`), supporters.email), sql`${supporters.supporterKey} not like 'contributor:%'`))
        .all();
      // How they chose to hear about what they made: the channel, and the number or the forum's way to reach them.
      const following = (id: number) =>
        db
          .select({
            channel: supporters.channel,
            phone: supporters.phone,
            forumContact: supporters.forumContact,
            postalAddress: supporters.postalAddress,
            postcode: supporters.postcode,
          })
          .from(supporters)
          .where(eq(supporters.supporterKey, `contributor:${id}`))
          .get();
      return {
        suggestions: made.map((s) => ({
          reference: reference(s.id),
          yourWords: s.body,
          language: s.language,
          ...(s.bodyEnglish ? { englishRendering: s.bodyEnglish } : {}),
          publicWording: s.publicWording,
          status: s.status,
          name: s.contributorName,
          email: s.contributorEmail,
          updates: s.contributorUpdates,
          ...following(s.id),
          createdAt: s.createdAt,
        })),
        supports: supported.map((s) => ({ suggestion: reference(s.suggestionId), email: s.email, updates: s.updates, createdAt: s.createdAt })),
      };
    },
    labels: { yourWords: "data.yourWords", englishRendering: "data.englishRendering", publicWording: "data.publicWording" },
    erase({ userId, email }, tx) {
      // Their own suggestions' follower rows first, while the suggestions still say whose they are.
      tx.update(supporters)
        .set({ email: null, phone: null, forumContact: null, postalAddress: null, postcode: null, updates: false })
        .where(
          inArray(
            supporters.supporterKey,
            tx
              .select({ key: sql<string>`'contributor:' || ${suggestions.id}` })
              .from(suggestions)
              .where(or(eq(suggestions.contributorUserId, userId), eq(suggestions.contributorEmail, email))),
          ),
        )
        .run();
      tx.update(suggestions)
        .set({ contributorName: null, contributorEmail: null, contributorUserId: null, contributorUpdates: false })
        .where(or(eq(suggestions.contributorUserId, userId), eq(suggestions.contributorEmail, email)))
        .run();
      // "Me too"s still count; the key that named the account is replaced, a contributor's own row keeps its kind.
      tx.update(supporters)
        .set({ supporterKey: sql`'erased:' || ${supporters.id}` })
        .where(or(eq(supporters.supporterKey, `user:${userId}`), eq(supporters.supporterKey, `email:${email}`)))
        .run();
      tx.update(supporters)
        .set({ email: null, phone: null, forumContact: null, postalAddress: null, postcode: null, updates: false })
        .where(or(sql`${supporters.supporterKey} = 'erased:' || ${supporters.id}`, eq(supporters.email, email)))
        .run();
    },
    applyRetention(periods, tx, now) {
      // A "me too" never confirmed by its email address is kept no longer than a signature never confirmed.
      const unconfirmedMeToos = tx
        .delete(supporters)
        .where(
          and(
            isNotNull(supporters.pendingConfirmHash),
            lt(supporters.createdAt, new Date(now.getTime() - periods.unconfirmedSignatureDays * DAY_MS)),
          ),
        )
        .run().changes;
      // A link in a message that expired a year ago only ever says "expired": it is forgotten.
      const expiredLinks = tx
        .delete(viewLinks)
        .where(lt(viewLinks.expiresAt, new Date(now.getTime() - 365 * DAY_MS)))
        .run().changes;
      return { unconfirmedMeToos, expiredLinks };
    },
  },
  evidence: {
    // Suggestions are counted for every kind alike (the report's own figures), so the form adds none.
    measures: [],
    // Suggestions made on the Tell us form in the period (not merged into another, not held back), as one activity.
    activities({ start, end, to }, db) {
      const rows = db.all<{ id: number; kind: string; n: number }>(sql`
        select 0 as id, contributor_kind as kind, count(*) as n from suggestions
        where origin_kind = 'tellUs' and created_at >= ${start} and created_at < ${end} and status != 'merged' and safeguarding = 0
        group by contributor_kind`);
      return byActivity(rows, (_first, all) => ({
        key: "tellUs",
        kind: "tellUs",
        title: "Tell us form",
        date: to,
        level: null,
        measures: [{ label: "evidence.measure.suggestions", count: sumOf(all, (r) => r.n) }],
      }));
    },
    describe() {
      return undefined;
    },
    raisedAt: (_n, t) => t("toldUs.at.tellUs"),
    actionLinks() {
      return [];
    },
  },
  safeguarding: {
    checks: [
      {
        what: "safeguarding.what.suggestions",
        tryOut(text, now) {
          const { id } = makeSuggestion({
            body: text,
            topicId: null,
            contributorKind: "parent_carer",
            name: null,
            email: null,
            userId: null,
            createdAt: now,
          });
          return { heldBack: isHeldBack(id) };
        },
      },
    ],
  },
  menu: [{ label: "nav.tellUs", to: "/tell-us" }],
  // Suggestions from every kind are triaged in one place (the Manage page names it).
  manage: [],
  timedWork: [],
  demo: (area) => seedYouSaidWeDid(area.officerId),
} satisfies ActivityDefinition;

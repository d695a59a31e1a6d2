import { and, count, desc, eq, gt, isNotNull, isNull } from "drizzle-orm";
import { forumUpdates, suggestions, supporters, type SuggestionStatus } from "~db/schema";
import { getDb, type DbOrTx } from "~/db.server";
import { reference } from "./reference";

// News for people who chose to hear through the parent carer forum. The forum's organisers see
// only what they need to pass it on: a first name, how to reach them, and what happened.

/** Queues news for one person who hears through the forum. */
export function queueForForum(
  tx: DbOrTx,
  input: { supporterId: number; suggestionId: number; status: SuggestionStatus; news: string },
  now = new Date(),
) {
  tx.insert(forumUpdates)
    .values({ ...input, createdAt: now })
    .run();
}

const firstName = (name: string | null) => name?.trim().split(/\s+/)[0] ?? "";

/** Updates waiting to be passed on, oldest first, and those passed on in the last 30 days, newest first. */
export function forumUpdateList(now = new Date(), db: DbOrTx = getDb()) {
  const rows = (passed: boolean) =>
    db
      .select({
        id: forumUpdates.id,
        suggestionId: forumUpdates.suggestionId,
        status: forumUpdates.status,
        news: forumUpdates.news,
        createdAt: forumUpdates.createdAt,
        passedOnAt: forumUpdates.passedOnAt,
        reach: supporters.forumContact,
        key: supporters.supporterKey,
        name: suggestions.contributorName,
      })
      .from(forumUpdates)
      .innerJoin(supporters, eq(supporters.id, forumUpdates.supporterId))
      .innerJoin(suggestions, eq(suggestions.id, forumUpdates.suggestionId))
      .where(
        passed
          ? and(isNotNull(forumUpdates.passedOnAt), gt(forumUpdates.passedOnAt, new Date(now.getTime() - 30 * 86_400_000)))
          : // Someone whose details were erased cannot be reached: nothing to pass on.
            and(isNull(forumUpdates.passedOnAt), isNotNull(supporters.forumContact)),
      )
      .orderBy(passed ? desc(forumUpdates.passedOnAt) : forumUpdates.createdAt)
      .limit(200)
      .all()
      .map(({ key, name, ...u }) => ({
        ...u,
        reference: reference(u.suggestionId),
        // Only the person who made the suggestion gave a name with it.
        firstName: key.startsWith("contributor:") ? firstName(name) : "",
        reach: u.reach ?? "",
      }));
  return { waiting: rows(false), passedOn: rows(true) };
}

export function countForForum(db: DbOrTx = getDb()): number {
  return (
    db
      .select({ n: count() })
      .from(forumUpdates)
      .innerJoin(supporters, eq(supporters.id, forumUpdates.supporterId))
      .where(and(isNull(forumUpdates.passedOnAt), isNotNull(supporters.forumContact)))
      .get()?.n ?? 0
  );
}

/** Marks an update passed on; false if it was already, or is not there. */
export function markPassedOn(id: number, userId: string, now = new Date(), db: DbOrTx = getDb()): boolean {
  return (
    db
      .update(forumUpdates)
      .set({ passedOnAt: now, passedOnBy: userId })
      .where(and(eq(forumUpdates.id, id), isNull(forumUpdates.passedOnAt)))
      .run().changes === 1
  );
}

import { and, count, eq, inArray, isNull, sql } from "drizzle-orm";
import { FOLLOW_CHANNELS, forumUpdates, letters, OUTCOME_STATUSES, outbox, suggestions, supporters, type FollowChannel } from "~db/schema";
import { getDb, type DbOrTx } from "~/db.server";
import { reachable } from "./changes.server";

// Closing the loop, counted: who hears of a change and by which way they chose, and, for the outcomes
// given in a period, how many people were told and how many could not be.

export type ByChannel = Record<FollowChannel, number>;

const noneYet = (): ByChannel => Object.fromEntries(FOLLOW_CHANNELS.map((c) => [c, 0])) as ByChannel;

/** The contributor's own follower rows (theirs, or merged into this one), told whether or not it is published. */
const isContributor = sql`(${supporters.supporterKey} like 'contributor:%' or ${supporters.supporterKey} like 'merged-contributor:%')`;

/** Followers who count as people: all but a "me too" by email not yet confirmed. */
const isPerson = isNull(supporters.pendingConfirmHash);

/** Followers who hear of this suggestion's changes: the contributor always, supporters once it is public. */
function heard(publicNow: boolean) {
  return publicNow ? reachable : and(reachable, isContributor);
}

/** Who will hear of a change to one suggestion, by the way each chose, and how many will not (they stopped or left no way). */
export function toBeTold(suggestionId: number, db: DbOrTx = getDb()): { byChannel: ByChannel; total: number; notTold: number } {
  const row = db
    .select({ publishedAt: suggestions.publishedAt, safeguarding: suggestions.safeguarding })
    .from(suggestions)
    .where(eq(suggestions.id, suggestionId))
    .get();
  const byChannel = noneYet();
  if (!row) return { byChannel, total: 0, notTold: 0 };
  const publicNow = Boolean(row.publishedAt) && !row.safeguarding;
  const told = db
    .select({ channel: supporters.channel, n: count() })
    .from(supporters)
    .where(and(eq(supporters.suggestionId, suggestionId), heard(publicNow)))
    .groupBy(supporters.channel)
    .all();
  for (const { channel, n } of told) byChannel[channel] = n;
  const total = told.reduce((sum, r) => sum + r.n, 0);
  const people = db
    .select({ n: count() })
    .from(supporters)
    .where(and(eq(supporters.suggestionId, suggestionId), isPerson, publicNow ? undefined : isContributor))
    .get()!.n;
  return { byChannel, total, notTold: people - total };
}

/**
 * For the outcomes given in a period (done or not possible, by when the outcome was given): the
 * people told, by channel (an email or text once queued, whatever became of it; a letter once posted
 * or taken by Notify; the forum's news once passed on), those whose letter or forum news still
 * waits, those who could not be told (they stopped updates or left no way), and the outcomes that
 * reached nobody directly.
 */
export function toldOfOutcomes(start: number, end: number, db: DbOrTx = getDb()) {
  const given = db
    .select({ id: suggestions.id, publishedAt: suggestions.publishedAt })
    .from(suggestions)
    .where(
      and(
        inArray(suggestions.status, [...OUTCOME_STATUSES]),
        sql`${suggestions.outcomeAt} >= ${start} and ${suggestions.outcomeAt} < ${end}`,
        eq(suggestions.safeguarding, false),
      ),
    )
    .all();
  const byChannel = noneYet();
  let waiting = 0;
  let notTold = 0;
  let reachedNobody = 0;
  const ids = given.map((g) => g.id);
  const followers = ids.length
    ? db
        .select({
          suggestionId: supporters.suggestionId,
          channel: supporters.channel,
          contributor: sql<number>`${isContributor}`,
          told: sql<number>`${reachable}`,
          posted: sql<number>`exists (select 1 from ${letters} where ${letters.supporterId} = ${supporters.id}
            and ${letters.status} = ${suggestions.status}
            and (${letters.postedAt} is not null
              or exists (select 1 from ${outbox} where ${outbox.idempotencyKey} = 'letter:' || ${letters.id} and ${outbox.status} = 'sent')))`,
          passedOn: sql<number>`exists (select 1 from ${forumUpdates} where ${forumUpdates.supporterId} = ${supporters.id}
            and ${forumUpdates.passedOnAt} is not null and ${forumUpdates.status} = ${suggestions.status})`,
        })
        .from(supporters)
        .innerJoin(suggestions, eq(suggestions.id, supporters.suggestionId))
        .where(and(inArray(supporters.suggestionId, ids), isPerson))
        .all()
    : [];
  const publicIds = new Set(given.filter((g) => g.publishedAt).map((g) => g.id));
  const toldSomeone = new Set<number>();
  for (const f of followers) {
    if (!f.contributor && !publicIds.has(f.suggestionId)) continue;
    if (!f.told) notTold++;
    else if ((f.channel === "post" && !f.posted) || (f.channel === "forum" && !f.passedOn)) waiting++;
    else {
      byChannel[f.channel]++;
      toldSomeone.add(f.suggestionId);
    }
  }
  for (const id of ids) if (!toldSomeone.has(id)) reachedNobody++;
  const told = Object.values(byChannel).reduce((a, b) => a + b, 0);
  return { outcomes: ids.length, told, byChannel, waiting, notTold, reachedNobody };
}

export type ToldOfOutcomes = ReturnType<typeof toldOfOutcomes>;

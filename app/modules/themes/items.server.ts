import { and, eq, inArray, sql } from "drizzle-orm";
import {
  reviewComments,
  reviewRounds,
  surveyAnswers,
  surveyResponses,
  suggestions,
  themeItems,
  type ActivityKind,
  type ContributorKind,
  type ThemeItemKind,
} from "~db/schema";
import { getDb, type DbOrTx } from "~/db.server";
import { reference } from "~/modules/feedback/reference";
import { surveyReference } from "~/modules/surveys/responses.server";
import { commenterKind } from "~/modules/reviews/rounds.server";

// What a theme can hold, read the same way from each source: a suggestion (from any activity), a
// survey's free-text answer, or a document review comment. An answer or comment that was made a
// suggestion is that suggestion from then on. Items held back as a possible safeguarding concern,
// and merged suggestions, are never offered.

export type ItemRef = { kind: ThemeItemKind; key: string };

export type Item = ItemRef & {
  /** What the person wrote: for officers only. */
  text: string;
  /** What the public may see of it: an officer's wording, published; "" when there is none. */
  publicWording: string;
  sourceKind: ActivityKind;
  sourceId: number | null;
  contributorKind: ContributorKind;
  saidAt: Date;
  /** "YS-0042", "SR-000123", "Comment 7". */
  label: string;
  /** Where an officer reads it. */
  link: string;
};

const KINDS: readonly string[] = ["suggestion", "answer", "comment"];

/** "suggestion:42" → its parts; undefined for anything else. */
export function parseRef(value: string): ItemRef | undefined {
  const at = value.indexOf(":");
  const kind = value.slice(0, at);
  const key = value.slice(at + 1);
  if (!KINDS.includes(kind)) return undefined;
  if (kind === "answer" ? !/^\d{1,12}:\d{1,12}$/.test(key) : !/^\d{1,12}$/.test(key)) return undefined;
  return { kind: kind as ThemeItemKind, key };
}

export const refText = (ref: ItemRef) => `${ref.kind}:${ref.key}`;

const notInTheme = (kind: ThemeItemKind, key: ReturnType<typeof sql>) =>
  sql`not exists (select 1 from theme_items ti where ti.item_kind = ${kind} and ti.item_key = ${key})`;

type Filter = { refs?: ItemRef[]; unthemed?: boolean };

function keysOf(refs: ItemRef[] | undefined, kind: ThemeItemKind) {
  return refs?.filter((r) => r.kind === kind).map((r) => r.key);
}

function suggestionItems(filter: Filter, db: DbOrTx): Item[] {
  const keys = keysOf(filter.refs, "suggestion");
  if (keys && !keys.length) return [];
  return db
    .select({
      id: suggestions.id,
      body: suggestions.body,
      publicWording: suggestions.publicWording,
      publishedAt: suggestions.publishedAt,
      originKind: suggestions.originKind,
      originId: suggestions.originId,
      contributorKind: suggestions.contributorKind,
      createdAt: suggestions.createdAt,
    })
    .from(suggestions)
    .where(
      and(
        sql`${suggestions.status} != 'merged' and ${suggestions.safeguarding} = 0`,
        keys ? inArray(suggestions.id, keys.map(Number)) : undefined,
        filter.unthemed ? notInTheme("suggestion", sql`cast(${suggestions.id} as text)`) : undefined,
      ),
    )
    .all()
    .map((s) => ({
      kind: "suggestion" as const,
      key: String(s.id),
      text: s.body,
      publicWording: s.publishedAt ? s.publicWording : "",
      sourceKind: s.originKind,
      sourceId: s.originId,
      contributorKind: s.contributorKind,
      saidAt: s.createdAt,
      label: reference(s.id),
      link: `/manage/suggestions/${s.id}`,
    }));
}

function answerItems(filter: Filter, db: DbOrTx): Item[] {
  const keys = keysOf(filter.refs, "answer");
  if (keys && !keys.length) return [];
  const pairs = keys?.map((k) => k.split(":").map(Number) as [number, number]);
  return db
    .select({
      responseId: surveyAnswers.responseId,
      questionId: surveyAnswers.questionId,
      text: sql<string>`case when ${surveyAnswers.other} != '' then ${surveyAnswers.other} else ${surveyAnswers.value} end`,
      surveyId: surveyResponses.surveyId,
      kind: surveyResponses.respondentKind,
      submittedAt: surveyResponses.submittedAt,
    })
    .from(surveyAnswers)
    .innerJoin(surveyResponses, eq(surveyResponses.id, surveyAnswers.responseId))
    .where(
      and(
        sql`has_text = 1 and ${surveyAnswers.safeguarding} = 0 and ${surveyAnswers.suggestionId} is null`,
        eq(surveyResponses.status, "submitted"),
        pairs
          ? inArray(
              surveyAnswers.responseId,
              pairs.map((p) => p[0]),
            )
          : undefined,
        filter.unthemed ? notInTheme("answer", sql`${surveyAnswers.responseId} || ':' || ${surveyAnswers.questionId}`) : undefined,
      ),
    )
    .all()
    .filter((a) => !pairs || pairs.some(([r, q]) => r === a.responseId && q === a.questionId))
    .map((a) => ({
      kind: "answer" as const,
      key: `${a.responseId}:${a.questionId}`,
      text: a.text,
      publicWording: "",
      sourceKind: "surveys" as const,
      sourceId: a.surveyId,
      contributorKind: a.kind ?? "other",
      saidAt: a.submittedAt!,
      label: `Survey answer ${surveyReference(a.responseId)}`,
      link: `/manage/surveys/${a.surveyId}/results?question=${a.questionId}#answer-${a.responseId}-${a.questionId}`,
    }));
}

function commentItems(filter: Filter, db: DbOrTx): Item[] {
  const keys = keysOf(filter.refs, "comment");
  if (keys && !keys.length) return [];
  return db
    .select({
      id: reviewComments.id,
      roundId: reviewComments.roundId,
      userId: reviewComments.userId,
      body: reviewComments.body,
      publicWording: reviewComments.publicWording,
      decision: reviewComments.decision,
      documentId: reviewRounds.documentId,
      createdAt: reviewComments.createdAt,
    })
    .from(reviewComments)
    .innerJoin(reviewRounds, eq(reviewRounds.id, reviewComments.roundId))
    .where(
      and(
        sql`${reviewComments.safeguarding} = 0 and ${reviewComments.suggestionId} is null`,
        keys ? inArray(reviewComments.id, keys.map(Number)) : undefined,
        filter.unthemed ? notInTheme("comment", sql`cast(${reviewComments.id} as text)`) : undefined,
      ),
    )
    .all()
    .map((c) => ({
      kind: "comment" as const,
      key: String(c.id),
      text: c.body,
      publicWording: c.decision ? c.publicWording : "",
      sourceKind: "reviews" as const,
      sourceId: c.documentId,
      contributorKind: commenterKind(c.userId, db),
      saidAt: c.createdAt,
      label: `Review comment ${c.id}`,
      link: `/manage/reviews/rounds/${c.roundId}#comment-${c.id}`,
    }));
}

/** The items named, as they stand; those that no longer exist, are held back or were merged are left out. */
export function itemsOf(refs: ItemRef[], db: DbOrTx = getDb()): Item[] {
  const filter = { refs };
  return [...suggestionItems(filter, db), ...answerItems(filter, db), ...commentItems(filter, db)];
}

/** Every item in no theme yet, oldest first: what suggested groupings are made from. */
export function unthemedItems(db: DbOrTx = getDb()): Item[] {
  const filter = { unthemed: true };
  return [...suggestionItems(filter, db), ...answerItems(filter, db), ...commentItems(filter, db)].sort(
    (a, b) => a.saidAt.getTime() - b.saidAt.getTime(),
  );
}

/** When an answer or a comment becomes a suggestion, the suggestion takes its place in its theme. */
export function becameSuggestion(from: ItemRef, suggestionId: number, db: DbOrTx) {
  db.update(themeItems)
    .set({ itemKind: "suggestion", itemKey: String(suggestionId) })
    .where(and(eq(themeItems.itemKind, from.kind), eq(themeItems.itemKey, from.key)))
    .run();
}

/** Review comments as items a theme can hold: a comment made a suggestion is that suggestion. */
export function commentRefs(commentIds: number[], db: DbOrTx = getDb()): ItemRef[] {
  const made = new Map(
    db
      .select({ id: reviewComments.id, suggestionId: reviewComments.suggestionId })
      .from(reviewComments)
      .where(inArray(reviewComments.id, commentIds))
      .all()
      .map((c) => [c.id, c.suggestionId]),
  );
  return commentIds.map((id) => {
    const suggestionId = made.get(id);
    return suggestionId ? { kind: "suggestion" as const, key: String(suggestionId) } : { kind: "comment" as const, key: String(id) };
  });
}

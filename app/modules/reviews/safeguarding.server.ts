import { and, eq } from "drizzle-orm";
import { reviewComments } from "~db/schema";
import { getDb } from "~/db.server";
import { raiseFlag, type FlagInput } from "~/modules/privacy/safeguarding.server";

// Safeguarding for review comments: what a flag on one says and links to, and holding one back by hand.

export function reviewCommentFlag(roundId: number, commentId: number, matched: string, flaggedBy: FlagInput["flaggedBy"]): FlagInput {
  return {
    source: "review_comment",
    sourceKey: `review_comment:${commentId}`,
    label: "A comment on a document review",
    link: `/manage/reviews/rounds/${roundId}#comment-${commentId}`,
    matched,
    flaggedBy,
  };
}

/** Holds back one review comment by hand. */
export function flagReviewComment(roundId: number, commentId: number, officer: { id: string; name: string }): boolean {
  return getDb().transaction((tx) => {
    const updated = tx
      .update(reviewComments)
      .set({ safeguarding: true, publicWording: "" })
      .where(and(eq(reviewComments.id, commentId), eq(reviewComments.roundId, roundId)))
      .run();
    if (!updated.changes) return false;
    raiseFlag(tx, reviewCommentFlag(roundId, commentId, "", officer));
    return true;
  });
}

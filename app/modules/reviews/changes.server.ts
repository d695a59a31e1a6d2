import { and, asc, desc, eq, inArray, isNotNull } from "drizzle-orm";
import { reviewComments, reviewDocuments, reviewInvitations, reviewRounds } from "~db/schema";
import { getDb } from "~/db.server";
import { storedRichText } from "~/modules/richtext/validate.server";
import { compareVersions } from "./passages.server";
import { recordOf, questionsOf, publishedVersions } from "./reviews.server";
import { ratingSummary } from "./rounds.server";

// What changed between versions, and the public "they said, we changed" page.

/** Whether a person took part in any round of a document: they may see how it changed. */
export function isReviewerOf(documentId: number, userId: string): boolean {
  return Boolean(
    getDb()
      .select({ id: reviewInvitations.id })
      .from(reviewInvitations)
      .innerJoin(reviewRounds, eq(reviewRounds.id, reviewInvitations.roundId))
      .where(and(eq(reviewRounds.documentId, documentId), eq(reviewInvitations.userId, userId)))
      .get(),
  );
}

/** Passage-by-passage changes between two published versions (by default the two newest). */
export function versionChanges(documentId: number, from?: number, to?: number) {
  const db = getDb();
  const doc = db.select().from(reviewDocuments).where(eq(reviewDocuments.id, documentId)).get();
  if (!doc) return undefined;
  const versions = publishedVersions(db, documentId);
  const newest = versions.at(-1)!.number!;
  const toNumber = to && to >= 1 && to <= newest ? to : newest;
  const fromNumber = from && from >= 1 && from <= newest ? from : Math.max(1, toNumber - 1);
  const before = versions.find((v) => v.number === fromNumber)!;
  const after = versions.find((v) => v.number === toNumber)!;
  return {
    id: doc.id,
    title: doc.title,
    isPublic: doc.publicSince !== null,
    versions: versions.map((v) => ({ number: v.number!, publishedAt: v.publishedAt!, changeSummary: v.changeSummary })),
    from: fromNumber,
    to: toNumber,
    changeSummary: fromNumber < toNumber ? after.changeSummary : "",
    changes: compareVersions(storedRichText(before.body), storedRichText(after.body)),
  };
}

/** "Ambassadors reviewed this document: they said, we changed", with public wording only. */
export function publicReview(documentId: number) {
  const db = getDb();
  const doc = db.select().from(reviewDocuments).where(eq(reviewDocuments.id, documentId)).get();
  if (!doc?.publicSince) return undefined;
  const versions = publishedVersions(db, documentId);
  const rounds = db.select().from(reviewRounds).where(eq(reviewRounds.documentId, documentId)).all();
  const roundIds = rounds.map((r) => r.id);
  const invitations = roundIds.length
    ? db
        .select({
          roundId: reviewInvitations.roundId,
          userId: reviewInvitations.userId,
          answers: reviewInvitations.answers,
          submittedAt: reviewInvitations.submittedAt,
        })
        .from(reviewInvitations)
        .where(inArray(reviewInvitations.roundId, roundIds))
        .all()
    : [];
  const comments = roundIds.length
    ? db
        .select()
        .from(reviewComments)
        .where(inArray(reviewComments.roundId, roundIds))
        .orderBy(asc(reviewComments.roundId), asc(reviewComments.passage), asc(reviewComments.id))
        .all()
    : [];
  // Each round's first rating question: usually "How easy was this to understand?"
  const ratings = rounds.flatMap((round) => {
    const question = questionsOf(round.questions).find((q) => q.kind === "rating");
    if (!question) return [];
    const sent = invitations.filter((i) => i.submittedAt && i.roundId === round.id);
    return [
      {
        version: versions.find((v) => v.id === round.versionId)?.number ?? 0,
        question: question.text,
        ...ratingSummary(
          sent.map((i) => recordOf(i.answers)),
          question,
        ),
      },
    ];
  });
  return {
    id: doc.id,
    title: doc.title,
    intro: doc.publicIntro,
    participationLevel: doc.participationLevel,
    version: versions.at(-1)!.number!,
    reviewers: new Set(comments.map((c) => c.userId).concat(invitations.filter((i) => i.submittedAt).map((i) => i.userId))).size,
    comments: comments.length,
    accepted: comments.filter((c) => c.decision === "accepted").length,
    answered: comments.filter((c) => c.answeredAt).length,
    ratings: ratings.filter((r) => r.count > 0),
    said: comments
      .filter((c) => c.answeredAt && c.publicWording && !c.safeguarding)
      .map((c) => ({
        id: c.id,
        passage: c.passageText,
        said: c.publicWording,
        reply: c.reply,
        decision: c.decision!,
        declineReason: c.declineReason,
      })),
  };
}

/** Documents whose review has a public page, newest first. */
export function listPublicReviews() {
  return getDb()
    .select({ id: reviewDocuments.id, title: reviewDocuments.title, publicSince: reviewDocuments.publicSince })
    .from(reviewDocuments)
    .where(isNotNull(reviewDocuments.publicSince))
    .orderBy(desc(reviewDocuments.publicSince))
    .all();
}

import { translate } from "~/modules/i18n/catalogue.server";
import { and, asc, desc, eq, gt, isNull } from "drizzle-orm";
import { reviewComments, reviewDocuments, reviewInvitations, reviewRounds, reviewVersions } from "~db/schema";
import { getDb, type DbOrTx } from "~/db.server";
import { concernPhrases, findConcern, raiseFlag } from "~/modules/privacy/safeguarding.server";
import { reviewCommentFlag } from "./safeguarding.server";
import { storedRichText } from "~/modules/richtext/validate.server";
import { passagesOf } from "./passages.server";
import type { ReviewQuestion } from "./questions";
import { recordOf, questionsOf, isOpen, publishedVersions } from "./reviews.server";

// Reviewers: their invitations, and commenting on a round and sending it.

/** The rounds a person is invited to, newest first. */
export function invitationsFor(userId: string, now = new Date()) {
  const db = getDb();
  const rows = db
    .select({ invitation: reviewInvitations, round: reviewRounds, title: reviewDocuments.title, number: reviewVersions.number })
    .from(reviewInvitations)
    .innerJoin(reviewRounds, eq(reviewRounds.id, reviewInvitations.roundId))
    .innerJoin(reviewDocuments, eq(reviewDocuments.id, reviewRounds.documentId))
    .innerJoin(reviewVersions, eq(reviewVersions.id, reviewRounds.versionId))
    .where(eq(reviewInvitations.userId, userId))
    .orderBy(desc(reviewRounds.deadlineAt))
    .all();
  const comments = db
    .select({ roundId: reviewComments.roundId, answeredAt: reviewComments.answeredAt })
    .from(reviewComments)
    .where(eq(reviewComments.userId, userId))
    .all();
  return rows.map((r) => {
    const own = comments.filter((c) => c.roundId === r.round.id);
    return {
      roundId: r.round.id,
      title: r.title,
      version: r.number!,
      deadline: r.round.deadline,
      open: isOpen(r.round, now),
      submittedAt: r.invitation.submittedAt,
      comments: own.length,
      answered: own.filter((c) => c.answeredAt).length,
    };
  });
}

/** Whether this person was invited to the round: checked before anything they post is read. */
export function isInvited(roundId: number, userId: string): boolean {
  return Boolean(invitation(getDb(), roundId, userId));
}

function invitation(db: DbOrTx, roundId: number, userId: string) {
  return db
    .select()
    .from(reviewInvitations)
    .where(and(eq(reviewInvitations.roundId, roundId), eq(reviewInvitations.userId, userId)))
    .get();
}

/** What a reviewer may change: their invitation and its round while it is open; undefined when not invited. */
function openInvitation(db: DbOrTx, roundId: number, userId: string, now: Date) {
  const invited = invitation(db, roundId, userId);
  if (!invited) return undefined;
  const round = db.select().from(reviewRounds).where(eq(reviewRounds.id, roundId)).get()!;
  return isOpen(round, now) ? { invited, round } : closed();
}

/** The reading view of a round for one invited person; undefined when they were not invited. */
export function roundForReviewer(roundId: number, userId: string, now = new Date()) {
  const db = getDb();
  const invited = invitation(db, roundId, userId);
  if (!invited) return undefined;
  const round = db.select().from(reviewRounds).where(eq(reviewRounds.id, roundId)).get()!;
  const doc = db.select().from(reviewDocuments).where(eq(reviewDocuments.id, round.documentId)).get()!;
  const version = db.select().from(reviewVersions).where(eq(reviewVersions.id, round.versionId)).get()!;
  const latest = publishedVersions(db, doc.id).at(-1)!;
  const notes = recordOf(version.easyRead);
  const comments = db
    .select()
    .from(reviewComments)
    .where(and(eq(reviewComments.roundId, roundId), eq(reviewComments.userId, userId)))
    .orderBy(asc(reviewComments.id))
    .all();
  const own = comments.map((c) => ({
    id: c.id,
    passage: c.passage,
    body: c.body,
    reply: c.reply,
    decision: c.decision,
    declineReason: c.declineReason,
    answeredAt: c.answeredAt,
  }));
  return {
    id: round.id,
    document: { id: doc.id, title: doc.title, purpose: doc.purpose },
    version: version.number!,
    newer: latest.number! > version.number! ? latest.number! : null,
    deadline: round.deadline,
    open: isOpen(round, now),
    questions: questionsOf(round.questions),
    answers: recordOf(invited.answers),
    submittedAt: invited.submittedAt,
    passages: passagesOf(storedRichText(version.body)).map((p) => ({
      index: p.index,
      number: p.number,
      heading: p.heading,
      html: p.html,
      easyRead: notes[p.index] ?? "",
      comments: own.filter((c) => c.passage === p.index),
    })),
    comments: own,
  };
}

type Refusal = { ok: false; message: string };
const closed = (): Refusal => ({ ok: false, message: translate("reviews.error.closed") });

/** Adds a reviewer's comment on one passage of the round's version. */
export function addComment(
  input: { roundId: number; userId: string; passage: number; body: string },
  now = new Date(),
): { ok: true; id: number } | Refusal | undefined {
  const db = getDb();
  const allowed = openInvitation(db, input.roundId, input.userId, now);
  if (!allowed || "message" in allowed) return allowed;
  const { round } = allowed;
  const version = db.select({ body: reviewVersions.body }).from(reviewVersions).where(eq(reviewVersions.id, round.versionId)).get()!;
  const passage = passagesOf(storedRichText(version.body))[input.passage];
  if (!passage || passage.heading) return { ok: false, message: translate("reviews.error.paragraph") };
  // Held back, and the safeguarding contact told, if the words match the safeguarding list.
  const id = db.transaction((tx) => {
    const concern = findConcern(input.body, concernPhrases(tx));
    const commentId = tx
      .insert(reviewComments)
      .values({
        roundId: round.id,
        userId: input.userId,
        passage: passage.index,
        passageText: passage.text,
        body: input.body,
        createdAt: now,
        safeguarding: concern !== null,
      })
      .returning({ id: reviewComments.id })
      .get().id;
    if (concern) raiseFlag(tx, reviewCommentFlag(round.id, commentId, concern, null), now);
    return commentId;
  });
  return { ok: true, id };
}

/** A reviewer can take back a comment until it has been answered or the round closes. */
export function removeComment(input: { roundId: number; userId: string; commentId: number }, now = new Date()): { ok: true } | Refusal | undefined {
  const db = getDb();
  const allowed = openInvitation(db, input.roundId, input.userId, now);
  if (!allowed || "message" in allowed) return allowed;
  const removed = db
    .delete(reviewComments)
    .where(
      and(
        eq(reviewComments.id, input.commentId),
        eq(reviewComments.roundId, input.roundId),
        eq(reviewComments.userId, input.userId),
        isNull(reviewComments.answeredAt),
      ),
    )
    .run();
  return removed.changes ? { ok: true } : { ok: false, message: translate("reviews.error.answeredStays") };
}

/** Saves a reviewer's answers to the round's questions and marks their review as sent. They can send again until the deadline. */
export function submitReview(
  input: { roundId: number; userId: string; answers: Record<string, string> },
  now = new Date(),
): { ok: true } | Refusal | undefined {
  const db = getDb();
  const allowed = openInvitation(db, input.roundId, input.userId, now);
  if (!allowed || "message" in allowed) return allowed;
  db.update(reviewInvitations)
    .set({ answers: JSON.stringify(input.answers), submittedAt: now })
    .where(eq(reviewInvitations.id, allowed.invited.id))
    .run();
  return { ok: true };
}

/** The questions of a round, for checking posted answers at the route. */
export function roundQuestions(roundId: number): ReviewQuestion[] {
  const round = getDb().select({ questions: reviewRounds.questions }).from(reviewRounds).where(eq(reviewRounds.id, roundId)).get();
  return round ? questionsOf(round.questions) : [];
}

/** For the registry's safeguarding test: a comment by someone invited to an open round, and whether it was held back. */
export function tryReviewComment(text: string, now: Date): { heldBack: boolean } {
  const db = getDb();
  const invited = db
    .select({ roundId: reviewInvitations.roundId, userId: reviewInvitations.userId })
    .from(reviewInvitations)
    .innerJoin(reviewRounds, eq(reviewRounds.id, reviewInvitations.roundId))
    .where(gt(reviewRounds.deadlineAt, now))
    .get();
  if (!invited) return { heldBack: false };
  // The first passage that is not a heading takes a comment.
  for (let passage = 0; passage < 200; passage++) {
    const added = addComment({ ...invited, passage, body: text }, now);
    if (added?.ok) return { heldBack: Boolean(db.select().from(reviewComments).where(eq(reviewComments.id, added.id)).get()?.safeguarding) };
  }
  return { heldBack: false };
}

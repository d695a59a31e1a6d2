import { becameSuggestion } from "~/modules/themes/items.server";
import { and, asc, eq, gt, inArray, isNull, lte } from "drizzle-orm";
import { reviewComments, reviewDocuments, reviewInvitations, reviewRounds, reviewVersions, userRoles, users, type CommentDecision } from "~db/schema";
import { getDb, type DbOrTx } from "~/db.server";
import * as reviewEmails from "~emails/reviews";
import { enqueueEmail } from "~/modules/notifications/outbox.server";
import { emailContext, forPerson } from "~/modules/settings/area.server";
import { translate } from "~/modules/i18n/catalogue.server";
import { makeSuggestion } from "~/modules/feedback/suggestions.server";
import { reference } from "~/modules/feedback/reference";
import { rolesOf } from "~/modules/auth/accounts.server";
import { storedRichText } from "~/modules/richtext/validate.server";
import { passagesOf } from "./passages.server";
import type { ReviewQuestion } from "./questions";
import { formatDate, londonDate } from "~/utils/dates";
import { DAY, link, recordOf, questionsOf, isOpen, publishedVersions, deadlineMoment } from "./reviews.server";

// Review rounds, for officers: opening one, its reminders, answering every comment, and turning one into a suggestion.

/** The active SEND ambassadors, by name: the people a round usually invites. */
export function ambassadorChoices() {
  return getDb()
    .select({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, "ambassador")))
    .where(isNull(users.deactivatedAt))
    .orderBy(asc(users.name))
    .all();
}

export type RoundInput = { documentId: number; deadline: string; userIds: string[]; questions: ReviewQuestion[] };

type RoundResult = { ok: true; roundId: number } | { ok: false; errors: Record<string, string> };

/** Opens a round on the newest version and emails each invited person. */
export function openRound(input: RoundInput, officerId: string, now = new Date()): RoundResult {
  const deadlineAt = deadlineMoment(input.deadline);
  if (input.deadline <= londonDate(now)) return { ok: false, errors: { deadline: translate("reviews.error.deadlinePast") } };
  if (deadlineAt.getTime() - now.getTime() > 366 * DAY) return { ok: false, errors: { deadline: translate("reviews.error.deadlineFar") } };
  const db = getDb();
  return db.transaction((tx): RoundResult => {
    const doc = tx.select().from(reviewDocuments).where(eq(reviewDocuments.id, input.documentId)).get();
    const version = doc && publishedVersions(tx, doc.id).at(-1);
    if (!doc || !version) return { ok: false, errors: { form: translate("reviews.error.gone") } };
    const people = input.userIds.length
      ? tx
          .select()
          .from(users)
          .where(and(inArray(users.id, input.userIds), isNull(users.deactivatedAt)))
          .all()
      : [];
    if (!people.length) return { ok: false, errors: { ambassadors: translate("reviews.error.nobody") } };
    const roundId = tx
      .insert(reviewRounds)
      .values({
        documentId: doc.id,
        versionId: version.id,
        deadline: input.deadline,
        deadlineAt,
        questions: JSON.stringify(input.questions),
        createdBy: officerId,
        createdAt: now,
      })
      .returning({ id: reviewRounds.id })
      .get().id;
    const ctx = emailContext(tx);
    for (const person of people) {
      tx.insert(reviewInvitations).values({ roundId, userId: person.id, invitedAt: now }).run();
      enqueueEmail(
        tx,
        person.email,
        reviewEmails.reviewInvitation(forPerson(ctx, person.language ?? "en"), {
          name: person.name,
          title: doc.title,
          deadline: formatDate(input.deadline, person.language ?? "en"),
          link: link(`/reviews/rounds/${roundId}`),
        }),
        `review-invitation:${roundId}:${person.id}`,
      );
    }
    return { ok: true, roundId };
  });
}

/** Members named by email in the invitation form: who was found and which addresses were not. */
export function membersByEmail(emails: string[]) {
  if (!emails.length) return { found: [] as string[], missing: [] as string[] };
  const rows = getDb()
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(inArray(users.email, emails), isNull(users.deactivatedAt)))
    .all();
  return { found: rows.map((r) => r.id), missing: emails.filter((e) => !rows.some((r) => r.email === e)) };
}

/**
 * Queues the reminder two days before a round's deadline for everyone who has
 * not sent their review. One per invitation, however often this runs.
 */
export function queueReviewReminders(now = new Date()): number {
  const db = getDb();
  let queued = 0;
  db.transaction((tx) => {
    const due = tx
      .select({ round: reviewRounds, title: reviewDocuments.title })
      .from(reviewRounds)
      .innerJoin(reviewDocuments, eq(reviewDocuments.id, reviewRounds.documentId))
      .where(and(gt(reviewRounds.deadlineAt, now), lte(reviewRounds.deadlineAt, new Date(now.getTime() + 2 * DAY))))
      .all();
    const ctx = emailContext(tx);
    for (const { round, title } of due) {
      const mark = new Date(round.deadlineAt.getTime() - 2 * DAY);
      const waiting = tx
        .select({ id: reviewInvitations.id, invitedAt: reviewInvitations.invitedAt, name: users.name, email: users.email, language: users.language })
        .from(reviewInvitations)
        .innerJoin(users, eq(users.id, reviewInvitations.userId))
        .where(and(eq(reviewInvitations.roundId, round.id), isNull(reviewInvitations.submittedAt), isNull(users.deactivatedAt)))
        .all();
      for (const r of waiting) {
        // Invited inside the last two days: the invitation itself is the reminder.
        if (r.invitedAt >= mark) continue;
        const message = reviewEmails.reviewReminder(forPerson(ctx, r.language ?? "en"), {
          name: r.name,
          title,
          deadline: formatDate(round.deadline, r.language ?? "en"),
          link: link(`/reviews/rounds/${round.id}`),
        });
        if (enqueueEmail(tx, r.email, message, `review-reminder:${r.id}`)) queued++;
      }
    }
  });
  return queued;
}

export function ratingSummary(answers: Record<string, string>[], question: ReviewQuestion) {
  const ratings = answers.map((a) => Number(a[question.id])).filter((n) => Number.isInteger(n) && n >= 1 && n <= 5);
  const counts = [1, 2, 3, 4, 5].map((value) => ({ value, n: ratings.filter((r) => r === value).length }));
  return {
    count: ratings.length,
    average: ratings.length ? Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 10) / 10 : null,
    counts,
  };
}

/** Everything an officer needs to answer a round: answers to the questions, and comments grouped by passage. */
export function roundForOfficer(roundId: number, now = new Date()) {
  const db = getDb();
  const round = db.select().from(reviewRounds).where(eq(reviewRounds.id, roundId)).get();
  if (!round) return undefined;
  const doc = db.select().from(reviewDocuments).where(eq(reviewDocuments.id, round.documentId)).get()!;
  const version = db.select().from(reviewVersions).where(eq(reviewVersions.id, round.versionId)).get()!;
  const questions = questionsOf(round.questions);
  const invitations = db
    .select({ userId: reviewInvitations.userId, name: users.name, answers: reviewInvitations.answers, submittedAt: reviewInvitations.submittedAt })
    .from(reviewInvitations)
    .innerJoin(users, eq(users.id, reviewInvitations.userId))
    .where(eq(reviewInvitations.roundId, roundId))
    .orderBy(asc(users.name))
    .all();
  const submitted = invitations.filter((i) => i.submittedAt).map((i) => ({ name: i.name, answers: recordOf(i.answers) }));
  const comments = db
    .select({ comment: reviewComments, author: users.name })
    .from(reviewComments)
    .leftJoin(users, eq(users.id, reviewComments.userId))
    .where(eq(reviewComments.roundId, roundId))
    .orderBy(asc(reviewComments.passage), asc(reviewComments.id))
    .all();
  const passages = passagesOf(storedRichText(version.body));
  const grouped = [...new Set(comments.map((c) => c.comment.passage))].map((index) => ({
    index,
    number: passages[index]?.number ?? null,
    html: passages[index]?.html ?? "",
    comments: comments
      .filter((c) => c.comment.passage === index)
      .map(({ comment: c, author }) => ({
        id: c.id,
        author: author ?? "A former reviewer",
        body: c.body,
        passageText: c.passageText,
        createdAt: c.createdAt,
        reply: c.reply,
        decision: c.decision,
        declineReason: c.declineReason,
        publicWording: c.publicWording,
        answeredAt: c.answeredAt,
        suggestion: c.suggestionId ? { id: c.suggestionId, reference: reference(c.suggestionId) } : null,
        safeguarding: c.safeguarding,
      })),
  }));
  return {
    id: round.id,
    document: { id: doc.id, title: doc.title },
    version: version.number!,
    deadline: round.deadline,
    open: isOpen(round, now),
    questions: questions.map((q) => ({
      ...q,
      rating:
        q.kind === "rating"
          ? ratingSummary(
              submitted.map((s) => s.answers),
              q,
            )
          : null,
      texts: q.kind === "text" ? submitted.filter((s) => s.answers[q.id]).map((s) => ({ name: s.name, text: s.answers[q.id]! })) : [],
    })),
    invitations: invitations.map((i) => ({
      name: i.name,
      submittedAt: i.submittedAt,
      comments: comments.filter((c) => c.comment.userId === i.userId).length,
    })),
    passages: grouped,
    unanswered: comments.filter((c) => !c.comment.answeredAt).length,
  };
}

export type CommentAnswer = {
  commentId: number;
  roundId: number;
  reply: string;
  decision: CommentDecision;
  declineReason: string;
  publicWording: string;
};

/**
 * Records the answer to a comment. When the last of a reviewer's comments in
 * the round has its answer, they are emailed once to come and read them.
 */
export function answerComment(input: CommentAnswer, officerId: string): boolean {
  const db = getDb();
  return db.transaction((tx) => {
    const comment = tx
      .select()
      .from(reviewComments)
      .where(and(eq(reviewComments.id, input.commentId), eq(reviewComments.roundId, input.roundId)))
      .get();
    if (!comment) return false;
    tx.update(reviewComments)
      .set({
        reply: input.reply,
        decision: input.decision,
        declineReason: input.decision === "not_accepted" ? input.declineReason : "",
        publicWording: comment.safeguarding ? "" : input.publicWording,
        answeredBy: officerId,
        answeredAt: comment.answeredAt ?? new Date(),
      })
      .where(eq(reviewComments.id, comment.id))
      .run();
    if (!comment.userId) return true;
    const theirs = tx
      .select({ answeredAt: reviewComments.answeredAt })
      .from(reviewComments)
      .where(and(eq(reviewComments.roundId, comment.roundId), eq(reviewComments.userId, comment.userId)))
      .all();
    if (theirs.every((c) => c.answeredAt)) {
      const person = tx.select().from(users).where(eq(users.id, comment.userId)).get();
      const round = tx.select().from(reviewRounds).where(eq(reviewRounds.id, comment.roundId)).get()!;
      const doc = tx.select({ title: reviewDocuments.title }).from(reviewDocuments).where(eq(reviewDocuments.id, round.documentId)).get()!;
      if (person && !person.deactivatedAt) {
        const message = reviewEmails.commentsAnswered(emailContext(tx, person.language ?? "en"), {
          name: person.name,
          title: doc.title,
          count: theirs.length,
          link: link(`/reviews/rounds/${round.id}`),
        });
        // Keyed by how many were answered, so comments added later get their own email.
        enqueueEmail(tx, person.email, message, `review-answered:${round.id}:${person.id}:${theirs.length}`);
      }
    }
    return true;
  });
}

/** The document a review round is of. */
function documentOfRound(roundId: number, db: DbOrTx): number | null {
  return db.select({ id: reviewRounds.documentId }).from(reviewRounds).where(eq(reviewRounds.id, roundId)).get()?.id ?? null;
}

class Refused extends Error {}

/** Who made a comment, as a kind of person: SEND ambassadors are young people. */
export function commenterKind(userId: string | null, db: DbOrTx): "young_person" | "other" {
  return userId && rolesOf(userId, db).includes("ambassador") ? "young_person" : "other";
}

/**
 * Many comments of a round into the loop at once, all or none: if any one cannot be (made already,
 * held back, gone), nothing is made and the officer is told which.
 */
export function commentsToSuggestions(commentIds: number[], roundId: number): { ok: true; references: string[] } | { ok: false; message: string } {
  try {
    const references = getDb().transaction(() =>
      commentIds.map((id) => {
        const made = commentToSuggestion(id, roundId);
        if (!made.ok) throw new Refused(`Comment ${id}: ${made.message}`);
        return made.reference;
      }),
    );
    return { ok: true, references };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, message: error.message };
    throw error;
  }
}

/** Puts a comment into the "You said, we did" loop as a suggestion that links back to the review. */
export function commentToSuggestion(commentId: number, roundId: number): { ok: true; reference: string } | { ok: false; message: string } {
  const db = getDb();
  return db.transaction((tx) => {
    const comment = tx
      .select()
      .from(reviewComments)
      .where(and(eq(reviewComments.id, commentId), eq(reviewComments.roundId, roundId)))
      .get();
    if (!comment) return { ok: false as const, message: translate("reviews.error.commentGone") };
    if (comment.suggestionId)
      return { ok: false as const, message: translate("reviews.error.already", { reference: reference(comment.suggestionId) }) };
    if (comment.safeguarding) return { ok: false as const, message: translate("reviews.error.heldBack") };
    const kind = commenterKind(comment.userId, tx);
    // The reviewer's identity stays with the review; the suggestion carries their words only.
    const { id } = makeSuggestion(
      {
        body: comment.body,
        topicId: null,
        contributorKind: kind,
        name: null,
        email: null,
        userId: comment.userId,
        origin: { kind: "reviews", id: documentOfRound(roundId, tx) },
        sourceUrl: `/manage/reviews/rounds/${roundId}#comment-${comment.id}`,
      },
      tx,
    );
    tx.update(reviewComments).set({ suggestionId: id }).where(eq(reviewComments.id, comment.id)).run();
    becameSuggestion({ kind: "comment", key: String(comment.id) }, id, tx);
    return { ok: true as const, reference: reference(id) };
  });
}

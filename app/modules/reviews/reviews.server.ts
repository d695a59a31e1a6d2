import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, lte, sql } from "drizzle-orm";
import {
  reviewComments,
  reviewDocuments,
  reviewInvitations,
  reviewRounds,
  reviewVersions,
  userRoles,
  users,
  type CommentDecision,
  type ParticipationLevel,
} from "~db/schema";
import { getDb, type DbOrTx } from "~/db.server";
import { config } from "~/config.server";
import * as reviewEmails from "~emails/reviews";
import { enqueueEmail } from "~/modules/notifications/outbox.server";
import { emailContext } from "~/modules/settings/area.server";
import { makeSuggestion } from "~/modules/feedback/suggestions.server";
import { reference } from "~/modules/feedback/reference";
import { rolesOf } from "~/modules/auth/accounts.server";
import { concernPhrases, findConcern, raiseFlag, reviewCommentFlag } from "~/modules/privacy/safeguarding.server";
import type { RichDoc } from "~/modules/richtext/document";
import { storedRichText } from "~/modules/richtext/validate.server";
import { bumpContentVersion } from "~/utils/content-version.server";
import { compareVersions, passagesOf } from "./passages.server";
import type { ReviewQuestion } from "./questions";
import { addDays, formatDate, londonDate, londonDateTime } from "~/utils/dates";

// Document reviews: an officer puts a draft in front of chosen reviewers (SEND
// ambassadors, and any member), each comments passage by passage and answers
// a few questions, and every comment gets an answer before the next version.

const DAY = 86_400_000;
const link = (path: string) => `${config.appUrl}${path}`;

/** A stored JSON object of strings: easy-read notes by passage, or answers by question. */
function recordOf(json: string): Record<string, string> {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === "object" ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
}

function questionsOf(json: string): ReviewQuestion[] {
  try {
    return JSON.parse(json) as ReviewQuestion[];
  } catch {
    return [];
  }
}

/** Comments close at the end of the deadline day in London. */
export function deadlineMoment(deadline: string): Date {
  return londonDateTime(addDays(deadline, 1), "00:00");
}

const isOpen = (round: { deadlineAt: Date }, now: Date) => now < round.deadlineAt;

function publishedVersions(db: DbOrTx, documentId: number) {
  return db
    .select()
    .from(reviewVersions)
    .where(and(eq(reviewVersions.documentId, documentId), isNotNull(reviewVersions.publishedAt)))
    .orderBy(asc(reviewVersions.number))
    .all();
}

// ---- Documents (officers) ----

export function listDocuments(now = new Date()) {
  const db = getDb();
  const docs = db.select().from(reviewDocuments).orderBy(desc(reviewDocuments.createdAt)).all();
  const versions = db
    .select({ documentId: reviewVersions.documentId, number: reviewVersions.number })
    .from(reviewVersions)
    .where(isNotNull(reviewVersions.publishedAt))
    .all();
  const rounds = db.select().from(reviewRounds).all();
  const unanswered = db
    .select({ roundId: reviewComments.roundId, n: sql<number>`count(*)` })
    .from(reviewComments)
    .where(isNull(reviewComments.answeredAt))
    .groupBy(reviewComments.roundId)
    .all();
  return docs.map((d) => {
    const own = rounds.filter((r) => r.documentId === d.id);
    return {
      id: d.id,
      title: d.title,
      version: Math.max(0, ...versions.filter((v) => v.documentId === d.id).map((v) => v.number ?? 0)),
      openRounds: own.filter((r) => isOpen(r, now)).length,
      unanswered: own.reduce((n, r) => n + (unanswered.find((u) => u.roundId === r.id)?.n ?? 0), 0),
      isPublic: d.publicSince !== null,
    };
  });
}

export type DocumentInput = { title: string; purpose: string; body: RichDoc };

/** A new document, saved straight away as version 1. */
export function createDocument(input: DocumentInput, officerId: string): number {
  return getDb().transaction((tx) => {
    const now = new Date();
    const id = tx
      .insert(reviewDocuments)
      .values({ title: input.title, purpose: input.purpose, createdBy: officerId, createdAt: now })
      .returning({ id: reviewDocuments.id })
      .get().id;
    tx.insert(reviewVersions)
      .values({ documentId: id, body: JSON.stringify(input.body), number: 1, publishedAt: now, createdAt: now })
      .run();
    return id;
  });
}

export function documentForOfficer(id: number, now = new Date()) {
  const db = getDb();
  const doc = db.select().from(reviewDocuments).where(eq(reviewDocuments.id, id)).get();
  if (!doc) return undefined;
  const versions = publishedVersions(db, id);
  const latest = versions.at(-1)!;
  const draft = db
    .select()
    .from(reviewVersions)
    .where(and(eq(reviewVersions.documentId, id), isNull(reviewVersions.publishedAt)))
    .get();
  const rounds = db.select().from(reviewRounds).where(eq(reviewRounds.documentId, id)).orderBy(desc(reviewRounds.id)).all();
  const roundIds = rounds.map((r) => r.id);
  const invitations = roundIds.length
    ? db
        .select({ roundId: reviewInvitations.roundId, submittedAt: reviewInvitations.submittedAt })
        .from(reviewInvitations)
        .where(inArray(reviewInvitations.roundId, roundIds))
        .all()
    : [];
  const comments = roundIds.length
    ? db
        .select({ roundId: reviewComments.roundId, answeredAt: reviewComments.answeredAt })
        .from(reviewComments)
        .where(inArray(reviewComments.roundId, roundIds))
        .all()
    : [];
  const numberOf = (versionId: number) => versions.find((v) => v.id === versionId)?.number ?? 0;
  return {
    id: doc.id,
    title: doc.title,
    purpose: doc.purpose,
    participationLevel: doc.participationLevel,
    publicSince: doc.publicSince,
    publicIntro: doc.publicIntro,
    versions: versions.map((v) => ({ number: v.number!, publishedAt: v.publishedAt!, changeSummary: v.changeSummary })).reverse(),
    latest: { number: latest.number!, body: storedRichText(latest.body) },
    draft: draft ? { body: storedRichText(draft.body), changeSummary: draft.changeSummary } : null,
    rounds: rounds.map((r) => ({
      id: r.id,
      version: numberOf(r.versionId),
      deadline: r.deadline,
      open: isOpen(r, now),
      invited: invitations.filter((i) => i.roundId === r.id).length,
      submitted: invitations.filter((i) => i.roundId === r.id && i.submittedAt).length,
      comments: comments.filter((c) => c.roundId === r.id).length,
      unanswered: comments.filter((c) => c.roundId === r.id && !c.answeredAt).length,
    })),
  };
}

/** Saves the draft of the next version; there is at most one. */
export function saveDraft(documentId: number, body: RichDoc, changeSummary: string): boolean {
  const db = getDb();
  if (!db.select({ id: reviewDocuments.id }).from(reviewDocuments).where(eq(reviewDocuments.id, documentId)).get()) return false;
  const draft = db
    .select({ id: reviewVersions.id })
    .from(reviewVersions)
    .where(and(eq(reviewVersions.documentId, documentId), isNull(reviewVersions.publishedAt)))
    .get();
  if (draft)
    db.update(reviewVersions)
      .set({ body: JSON.stringify(body), changeSummary })
      .where(eq(reviewVersions.id, draft.id))
      .run();
  else
    db.insert(reviewVersions)
      .values({ documentId, body: JSON.stringify(body), changeSummary, createdAt: new Date() })
      .run();
  return true;
}

/**
 * Publishes the draft as the next version. Easy-read explanations carry over to
 * passages whose words did not change, and everyone who took part in a review
 * of an earlier version is emailed a link to what changed.
 */
export function publishDraft(documentId: number): { ok: true; number: number; emailed: number } | { ok: false; message: string } {
  const db = getDb();
  const result = db.transaction((tx) => {
    const doc = tx.select().from(reviewDocuments).where(eq(reviewDocuments.id, documentId)).get();
    const draft = tx
      .select()
      .from(reviewVersions)
      .where(and(eq(reviewVersions.documentId, documentId), isNull(reviewVersions.publishedAt)))
      .get();
    if (!doc || !draft) return { ok: false as const, message: "Save a draft of the next version first" };
    if (!draft.changeSummary.trim()) return { ok: false as const, message: "Say what changed in this version before you publish it" };
    const previous = publishedVersions(tx, documentId).at(-1)!;
    const number = previous.number! + 1;
    const oldNotes = recordOf(previous.easyRead);
    const noteByText = new Map(
      passagesOf(storedRichText(previous.body))
        .filter((p) => oldNotes[p.index])
        .map((p) => [p.text, oldNotes[p.index]!]),
    );
    const notes: Record<string, string> = {};
    for (const p of passagesOf(storedRichText(draft.body))) {
      const note = noteByText.get(p.text);
      if (note) notes[p.index] = note;
    }
    tx.update(reviewVersions)
      .set({ number, publishedAt: new Date(), easyRead: JSON.stringify(notes) })
      .where(eq(reviewVersions.id, draft.id))
      .run();
    const reviewers = tx
      .selectDistinct({ id: users.id, name: users.name, email: users.email })
      .from(reviewInvitations)
      .innerJoin(reviewRounds, eq(reviewRounds.id, reviewInvitations.roundId))
      .innerJoin(users, eq(users.id, reviewInvitations.userId))
      .where(
        and(
          eq(reviewRounds.documentId, documentId),
          isNull(users.deactivatedAt),
          sql`(${reviewInvitations.submittedAt} is not null or exists (select 1 from review_comments c where c.round_id = ${reviewRounds.id} and c.user_id = ${users.id}))`,
        ),
      )
      .all();
    const ctx = emailContext(tx);
    let emailed = 0;
    for (const r of reviewers) {
      const message = reviewEmails.newVersion(ctx, {
        name: r.name,
        title: doc.title,
        number,
        summary: draft.changeSummary,
        link: link(`/reviews/${documentId}/changes?from=${number - 1}&to=${number}`),
      });
      if (enqueueEmail(tx, r.email, message, `review-new-version:${draft.id}:${r.id}`)) emailed++;
    }
    return { ok: true as const, number, emailed };
  });
  if (result.ok) bumpContentVersion();
  return result;
}

/** The newest version's passages with their easy-read explanations, for the officer to write them. */
export function easyReadForEditing(documentId: number) {
  const db = getDb();
  const doc = db.select().from(reviewDocuments).where(eq(reviewDocuments.id, documentId)).get();
  if (!doc) return undefined;
  const latest = publishedVersions(db, documentId).at(-1)!;
  const notes = recordOf(latest.easyRead);
  return {
    title: doc.title,
    number: latest.number!,
    passages: passagesOf(storedRichText(latest.body)).map((p) => ({ ...p, easyRead: notes[p.index] ?? "" })),
  };
}

/** Replaces the newest version's easy-read explanations; blank ones are dropped. */
export function setEasyRead(documentId: number, notes: Record<number, string>): boolean {
  const db = getDb();
  const latest = publishedVersions(db, documentId).at(-1);
  if (!latest) return false;
  const passages = passagesOf(storedRichText(latest.body));
  const kept: Record<string, string> = {};
  for (const [index, note] of Object.entries(notes)) {
    if (note && passages[Number(index)] && !passages[Number(index)]!.heading) kept[index] = note;
  }
  db.update(reviewVersions)
    .set({ easyRead: JSON.stringify(kept) })
    .where(eq(reviewVersions.id, latest.id))
    .run();
  bumpContentVersion();
  return true;
}

/** How far the reviewers are involved, shown on the public page. */
export function setParticipationLevel(documentId: number, level: ParticipationLevel | null) {
  getDb().update(reviewDocuments).set({ participationLevel: level }).where(eq(reviewDocuments.id, documentId)).run();
  bumpContentVersion();
}

/** Turns the public "they said, we changed" page on (with an introduction) or off. */
export function setPublicPage(documentId: number, intro: string | null): boolean {
  const result = getDb()
    .update(reviewDocuments)
    .set(intro === null ? { publicSince: null } : { publicSince: sql`coalesce(${reviewDocuments.publicSince}, ${Date.now()})`, publicIntro: intro })
    .where(eq(reviewDocuments.id, documentId))
    .run();
  bumpContentVersion();
  return result.changes === 1;
}

// ---- Review rounds (officers) ----

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
  if (input.deadline <= londonDate(now)) return { ok: false, errors: { deadline: "The deadline must be after today" } };
  if (deadlineAt.getTime() - now.getTime() > 366 * DAY) return { ok: false, errors: { deadline: "The deadline must be within a year" } };
  const db = getDb();
  return db.transaction((tx): RoundResult => {
    const doc = tx.select().from(reviewDocuments).where(eq(reviewDocuments.id, input.documentId)).get();
    const version = doc && publishedVersions(tx, doc.id).at(-1);
    if (!doc || !version) return { ok: false, errors: { form: "This document no longer exists" } };
    const people = input.userIds.length
      ? tx
          .select()
          .from(users)
          .where(and(inArray(users.id, input.userIds), isNull(users.deactivatedAt)))
          .all()
      : [];
    if (!people.length) return { ok: false, errors: { ambassadors: "Choose at least one person to invite" } };
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
        reviewEmails.reviewInvitation(ctx, {
          name: person.name,
          title: doc.title,
          deadline: formatDate(input.deadline),
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
        .select({ id: reviewInvitations.id, invitedAt: reviewInvitations.invitedAt, name: users.name, email: users.email })
        .from(reviewInvitations)
        .innerJoin(users, eq(users.id, reviewInvitations.userId))
        .where(and(eq(reviewInvitations.roundId, round.id), isNull(reviewInvitations.submittedAt), isNull(users.deactivatedAt)))
        .all();
      for (const r of waiting) {
        // Invited inside the last two days: the invitation itself is the reminder.
        if (r.invitedAt >= mark) continue;
        const message = reviewEmails.reviewReminder(ctx, {
          name: r.name,
          title,
          deadline: formatDate(round.deadline),
          link: link(`/reviews/rounds/${round.id}`),
        });
        if (enqueueEmail(tx, r.email, message, `review-reminder:${r.id}`)) queued++;
      }
    }
  });
  return queued;
}

function ratingSummary(answers: Record<string, string>[], question: ReviewQuestion) {
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
        const message = reviewEmails.commentsAnswered(emailContext(tx), {
          name: person.name,
          title: doc.title,
          count: theirs.length,
          link: link(`/reviews/rounds/${round.id}`),
        });
        // Keyed by how many were answered, so comments added later get their own email.
        enqueueEmail(tx, person.email, message, `review-answered:${round.id}:${person.id}:${theirs.length}`);
      }
    }
    bumpContentVersion();
    return true;
  });
}

/** The document a review round is of. */
function documentOfRound(roundId: number, db: DbOrTx): number | null {
  return db.select({ id: reviewRounds.documentId }).from(reviewRounds).where(eq(reviewRounds.id, roundId)).get()?.id ?? null;
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
    if (!comment) return { ok: false as const, message: "That comment no longer exists" };
    if (comment.suggestionId) return { ok: false as const, message: `This comment is already suggestion ${reference(comment.suggestionId)}` };
    if (comment.safeguarding)
      return { ok: false as const, message: "This comment is held back as a possible safeguarding concern, so it cannot become a suggestion" };
    const kind = comment.userId && rolesOf(comment.userId, tx).includes("ambassador") ? ("young_person" as const) : ("other" as const);
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
    return { ok: true as const, reference: reference(id) };
  });
}

// ---- Reviewers ----

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
  return isOpen(round, now) ? { invited, round } : CLOSED;
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
const CLOSED: Refusal = { ok: false, message: "This review closed at its deadline, so it cannot be changed now" };

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
  if (!passage || passage.heading) return { ok: false, message: "Choose a paragraph to comment on" };
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
  return removed.changes ? { ok: true } : { ok: false, message: "That comment has been answered, so it stays" };
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

// ---- What changed, and the public page ----

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

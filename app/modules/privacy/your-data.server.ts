import crypto from "node:crypto";
import { and, eq, gt, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import {
  authTokens,
  charterSignatures,
  consents,
  events,
  outbox,
  registrations,
  reviewComments,
  reviewDocuments,
  reviewInvitations,
  reviewRounds,
  sessions,
  suggestions,
  supporters,
  surveyAnswers,
  surveyParticipations,
  surveyResponses,
  surveys,
  userRoles,
  users,
} from "~db/schema";
import { getDb } from "~/db.server";
import { reference } from "~/modules/feedback/reference";
import { bumpContentVersion } from "~/utils/content-version.server";
import { recordAudit } from "./audit.server";

// A person's rights over their data: everything held about them, readable and
// as a file, and erasure that removes who they are while what they said stays,
// anonymised, so published figures still add up.

export function findPersonByEmail(email: string) {
  return getDb()
    .select({ id: users.id, name: users.name, email: users.email, deactivatedAt: users.deactivatedAt })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()))
    .get();
}

/**
 * Everything held about one account holder: by their account, and by their email address once they
 * have proved they read it (docs/decisions/0011): until then, what was given under that address
 * may be someone else's.
 */
export function personData(userId: string) {
  const db = getDb();
  const user = db.select().from(users).where(eq(users.id, userId)).get();
  if (!user) return undefined;
  const provedEmail = user.emailVerifiedAt ? user.email : null;
  const theirs = (byAccount: SQL, emailColumn: SQLiteColumn) => (provedEmail ? or(byAccount, eq(emailColumn, provedEmail))! : byAccount);
  const ownSuggestions = db
    .select()
    .from(suggestions)
    .where(theirs(eq(suggestions.contributorUserId, userId), suggestions.contributorEmail))
    .all();
  const supports = db
    .select({ suggestionId: supporters.suggestionId, email: supporters.email, updates: supporters.updates, createdAt: supporters.createdAt })
    .from(supporters)
    .where(and(theirs(eq(supporters.supporterKey, `user:${userId}`), supporters.email), sql`${supporters.supporterKey} not like 'contributor:%'`))
    .all();
  const bookings = db
    .select({ registration: registrations, event: events.title, startsAt: events.startsAt })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(theirs(eq(registrations.userId, userId), registrations.email))
    .all();
  const responses = db
    .select({ response: surveyResponses, survey: surveys.title })
    .from(surveyResponses)
    .innerJoin(surveys, eq(surveys.id, surveyResponses.surveyId))
    .where(theirs(eq(surveyResponses.userId, userId), surveyResponses.contactEmail))
    .all();
  const answers = responses.length
    ? db
        .select()
        .from(surveyAnswers)
        .where(
          inArray(
            surveyAnswers.responseId,
            responses.map((r) => r.response.id),
          ),
        )
        .all()
    : [];
  const signatures = db
    .select()
    .from(charterSignatures)
    .where(theirs(eq(charterSignatures.userId, userId), charterSignatures.email))
    .all();
  const comments = db
    .select({ comment: reviewComments, document: reviewDocuments.title })
    .from(reviewComments)
    .innerJoin(reviewRounds, eq(reviewRounds.id, reviewComments.roundId))
    .innerJoin(reviewDocuments, eq(reviewDocuments.id, reviewRounds.documentId))
    .where(eq(reviewComments.userId, userId))
    .all();
  const invitations = db
    .select({ invitation: reviewInvitations, document: reviewDocuments.title })
    .from(reviewInvitations)
    .innerJoin(reviewRounds, eq(reviewRounds.id, reviewInvitations.roundId))
    .innerJoin(reviewDocuments, eq(reviewDocuments.id, reviewRounds.documentId))
    .where(eq(reviewInvitations.userId, userId))
    .all();
  const roles = db
    .select({ role: userRoles.role })
    .from(userRoles)
    .where(eq(userRoles.userId, userId))
    .all()
    .map((r) => r.role);
  return {
    account: {
      name: user.name,
      email: user.email,
      ageGroup: user.ageGroup,
      roles,
      createdAt: user.createdAt,
      emailConfirmedAt: user.emailVerifiedAt,
    },
    suggestions: ownSuggestions.map((s) => ({
      reference: reference(s.id),
      yourWords: s.body,
      publicWording: s.publicWording,
      status: s.status,
      name: s.contributorName,
      email: s.contributorEmail,
      updates: s.contributorUpdates,
      createdAt: s.createdAt,
    })),
    supports: supports.map((s) => ({ suggestion: reference(s.suggestionId), email: s.email, updates: s.updates, createdAt: s.createdAt })),
    registrations: bookings.map(({ registration: r, event, startsAt }) => ({
      event,
      startsAt,
      name: r.name,
      email: r.email,
      phone: r.phone,
      places: r.places,
      role: r.role,
      accessNeeds: JSON.parse(r.accessNeeds) as string[],
      accessNotes: r.accessNotes,
      dietaryNeeds: r.dietaryNeeds,
      status: r.status,
      attended: Boolean(r.attendedAt),
      createdAt: r.createdAt,
    })),
    surveyAnswers: responses.map(({ response: r, survey }) => ({
      survey,
      status: r.status,
      contactName: r.contactName,
      contactEmail: r.contactEmail,
      submittedAt: r.submittedAt,
      answers: answers.filter((a) => a.responseId === r.id).map((a) => ({ questionId: a.questionId, answer: a.value, other: a.other })),
    })),
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
    reviewComments: comments.map(({ comment: c, document }) => ({
      document,
      passage: c.passageText,
      yourComment: c.body,
      answer: c.reply,
      decision: c.decision,
      createdAt: c.createdAt,
    })),
    reviewInvitations: invitations.map(({ invitation: i, document }) => ({
      document,
      answers: JSON.parse(i.answers) as Record<string, string>,
      submittedAt: i.submittedAt,
    })),
    consents: db
      .select()
      .from(consents)
      .where(theirs(eq(consents.userId, userId), consents.email))
      .all()
      .map((c) => ({ for: c.purpose, record: c.record, wording: c.wording, privacyNoticeVersion: c.noticeVersion, at: c.givenAt })),
  };
}

/**
 * Erases a person: their name, email, phone, account and sign-in are gone;
 * what they said stays without them, so published figures and counts do not
 * change. Bookings for events still to come are cancelled. Recorded in the
 * audit trail with who did it, never whose it was.
 */
export function erasePerson(userId: string, how: string, now = new Date()): boolean {
  const db = getDb();
  const user = db.select().from(users).where(eq(users.id, userId)).get();
  if (!user) return false;
  const email = user.email;
  const erased = `erased-${crypto.randomBytes(6).toString("hex")}@erased.invalid`;
  db.transaction((tx) => {
    tx.update(suggestions)
      .set({ contributorName: null, contributorEmail: null, contributorUserId: null, contributorUpdates: false })
      .where(or(eq(suggestions.contributorUserId, userId), eq(suggestions.contributorEmail, email)))
      .run();
    // "Me too"s still count; the key that named the account is replaced, a contributor's own row keeps its kind.
    tx.update(supporters)
      .set({ supporterKey: sql`'erased:' || ${supporters.id}` })
      .where(eq(supporters.supporterKey, `user:${userId}`))
      .run();
    tx.update(supporters)
      .set({ email: null, updates: false })
      .where(or(sql`${supporters.supporterKey} = 'erased:' || ${supporters.id}`, eq(supporters.email, email)))
      .run();
    // Future bookings are cancelled; past ones stay as anonymous attendance.
    const future = tx
      .select({ id: registrations.id })
      .from(registrations)
      .innerJoin(events, eq(events.id, registrations.eventId))
      .where(
        and(or(eq(registrations.userId, userId), eq(registrations.email, email)), gt(events.startsAt, now), ne(registrations.status, "cancelled")),
      )
      .all();
    if (future.length)
      tx.update(registrations)
        .set({ status: "cancelled", cancelledAt: now })
        .where(
          inArray(
            registrations.id,
            future.map((r) => r.id),
          ),
        )
        .run();
    tx.update(registrations)
      .set({ name: "Erased", email: null, phone: "", accessNotes: "", dietaryNeeds: "", userId: null, wantsUpdates: false })
      .where(or(eq(registrations.userId, userId), eq(registrations.email, email)))
      .run();
    tx.update(surveyResponses)
      .set({ userId: null, contactName: null, contactEmail: null })
      .where(or(eq(surveyResponses.userId, userId), eq(surveyResponses.contactEmail, email)))
      .run();
    tx.delete(surveyParticipations).where(eq(surveyParticipations.userId, userId)).run();
    tx.update(charterSignatures)
      .set({ name: "", email: sql`'erased-' || ${charterSignatures.id}`, organisation: "", listPublicly: false, userId: null })
      .where(or(eq(charterSignatures.userId, userId), eq(charterSignatures.email, email)))
      .run();
    tx.update(reviewComments).set({ userId: null }).where(eq(reviewComments.userId, userId)).run();
    tx.delete(outbox).where(eq(outbox.toAddress, email)).run();
    tx.delete(consents)
      .where(or(eq(consents.userId, userId), eq(consents.email, email)))
      .run();
    tx.delete(sessions).where(eq(sessions.userId, userId)).run();
    tx.delete(authTokens).where(eq(authTokens.userId, userId)).run();
    tx.delete(userRoles).where(eq(userRoles.userId, userId)).run();
    // The account row stays, emptied, so review ratings and invitations still count.
    tx.update(users)
      .set({ name: "Former member", email: erased, passwordHash: null, emailVerifiedAt: null, deactivatedAt: now })
      .where(eq(users.id, userId))
      .run();
    recordAudit("erase", `users:${userId}`, { how }, tx);
  });
  // Overwrite what was deleted, in the database file and its write-ahead log.
  db.run(sql`pragma wal_checkpoint(truncate)`);
  bumpContentVersion();
  return true;
}

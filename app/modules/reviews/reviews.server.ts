import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { reviewComments, reviewDocuments, reviewInvitations, reviewRounds, reviewVersions, users, type ParticipationLevel } from "~db/schema";
import { getDb, type DbOrTx } from "~/db.server";
import { config } from "~/config.server";
import * as reviewEmails from "~emails/reviews";
import { enqueueEmail } from "~/modules/notifications/outbox.server";
import { emailContext, forPerson } from "~/modules/settings/area.server";
import { translate } from "~/modules/i18n/catalogue.server";
import type { RichDoc } from "~/modules/richtext/document";
import { storedRichText } from "~/modules/richtext/validate.server";
import { passagesOf } from "./passages.server";
import type { ReviewQuestion } from "./questions";
import { addDays, londonDateTime } from "~/utils/dates";

// Document reviews: an officer puts a draft in front of chosen reviewers (SEND
// ambassadors, and any member), each comments passage by passage and answers
// a few questions, and every comment gets an answer before the next version.

export const DAY = 86_400_000;
export const link = (path: string) => `${config.appUrl}${path}`;

/** A stored JSON object of strings: easy-read notes by passage, or answers by question. */
export function recordOf(json: string): Record<string, string> {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === "object" ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export function questionsOf(json: string): ReviewQuestion[] {
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

export const isOpen = (round: { deadlineAt: Date }, now: Date) => now < round.deadlineAt;

export function publishedVersions(db: DbOrTx, documentId: number) {
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
    if (!doc || !draft) return { ok: false as const, message: translate("reviews.error.noDraft") };
    if (!draft.changeSummary.trim()) return { ok: false as const, message: translate("reviews.error.noSummary") };
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
      .selectDistinct({ id: users.id, name: users.name, email: users.email, language: users.language })
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
      const message = reviewEmails.newVersion(forPerson(ctx, r.language ?? "en"), {
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
  return true;
}

/** How far the reviewers are involved, shown on the public page. */
export function setParticipationLevel(documentId: number, level: ParticipationLevel | null) {
  getDb().update(reviewDocuments).set({ participationLevel: level }).where(eq(reviewDocuments.id, documentId)).run();
}

/** Turns the public "they said, we changed" page on (with an introduction) or off. */
export function setPublicPage(documentId: number, intro: string | null): boolean {
  const result = getDb()
    .update(reviewDocuments)
    .set(intro === null ? { publicSince: null } : { publicSince: sql`coalesce(${reviewDocuments.publicSince}, ${Date.now()})`, publicIntro: intro })
    .where(eq(reviewDocuments.id, documentId))
    .run();
  return result.changes === 1;
}

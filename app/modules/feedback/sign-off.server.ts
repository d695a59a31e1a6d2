import { and, asc, count, desc, eq } from "drizzle-orm";
import { translate } from "~/modules/i18n/catalogue.server";
import { outcomeSignOffs, suggestionTimeline, suggestions, topics } from "~db/schema";
import { getDb } from "~/db.server";
import { reference } from "./reference";
import { NEXT_STATUSES, STATUS_WORDS } from "./statuses";
import { applyStatusChange, type Done, type Refusal } from "./changes.server";

// Joint sign-off (switched on in the area settings): an officer proposes a "we did" or
// "we can't, because" outcome in changeStatus, and it is applied, published and emailed only
// when a parent carer forum representative agrees it. Either side can send it back with a comment.
// Every proposal row is kept, so who agreed what, and when, can always be shown.

type Person = { id: string; name: string };

/** Outcomes waiting for the forum, oldest first. Only public wording: the forum never sees what a contributor wrote. */
export function outcomesAwaitingForum() {
  return getDb()
    .select({
      id: outcomeSignOffs.id,
      suggestionId: outcomeSignOffs.suggestionId,
      status: outcomeSignOffs.status,
      note: outcomeSignOffs.note,
      outcome: outcomeSignOffs.outcome,
      outcomeEasyRead: outcomeSignOffs.outcomeEasyRead,
      officerName: outcomeSignOffs.officerName,
      officerAgreedAt: outcomeSignOffs.officerAgreedAt,
      publicWording: suggestions.publicWording,
      topic: topics.name,
    })
    .from(outcomeSignOffs)
    .innerJoin(suggestions, eq(suggestions.id, outcomeSignOffs.suggestionId))
    .leftJoin(topics, eq(topics.id, suggestions.topicId))
    .where(eq(outcomeSignOffs.state, "awaiting_forum"))
    .orderBy(asc(outcomeSignOffs.officerAgreedAt), asc(outcomeSignOffs.id))
    .all()
    .map((row) => ({ ...row, reference: reference(row.suggestionId) }));
}

export function countAwaitingForum(): number {
  return getDb().select({ n: count() }).from(outcomeSignOffs).where(eq(outcomeSignOffs.state, "awaiting_forum")).get()?.n ?? 0;
}

/** Every proposal for one suggestion, newest first, for the officer's triage page. */
export function signOffHistory(suggestionId: number) {
  return getDb().select().from(outcomeSignOffs).where(eq(outcomeSignOffs.suggestionId, suggestionId)).orderBy(desc(outcomeSignOffs.id)).all();
}

/** When the outcome now shown was agreed by both sides; undefined if it was not signed off jointly. */
export function jointAgreement(suggestionId: number, outcome: string) {
  if (!outcome) return undefined;
  const row = getDb()
    .select({ officerAgreedAt: outcomeSignOffs.officerAgreedAt, forumAgreedAt: outcomeSignOffs.forumAgreedAt, outcome: outcomeSignOffs.outcome })
    .from(outcomeSignOffs)
    .where(and(eq(outcomeSignOffs.suggestionId, suggestionId), eq(outcomeSignOffs.state, "agreed")))
    .orderBy(desc(outcomeSignOffs.id))
    .get();
  return row && row.outcome === outcome && row.forumAgreedAt ? { officerAgreedAt: row.officerAgreedAt, forumAgreedAt: row.forumAgreedAt } : undefined;
}

function awaiting(id: number) {
  const row = getDb().select().from(outcomeSignOffs).where(eq(outcomeSignOffs.id, id)).get();
  return row?.state === "awaiting_forum" ? row : undefined;
}

/** The forum agrees: the outcome is applied, published on the board and everyone following it is emailed. */
export function agreeOutcome(id: number, forum: Person, at = new Date()): Done | Refusal {
  const row = awaiting(id);
  if (!row) return { ok: false, field: "signOff", message: translate("signOff.error.gone") };
  if (row.officerId === forum.id) return { ok: false, field: "signOff", message: translate("signOff.error.own") };
  const db = getDb();
  const current = db.select({ status: suggestions.status }).from(suggestions).where(eq(suggestions.id, row.suggestionId)).get();
  if (!current || !NEXT_STATUSES[current.status].includes(row.status)) {
    return { ok: false, field: "signOff", message: translate("triage.signOff.cannotMove", { to: translate(STATUS_WORDS[row.status]) }) };
  }
  db.transaction((tx) => {
    tx.update(outcomeSignOffs)
      .set({ state: "agreed", forumId: forum.id, forumName: forum.name, forumAgreedAt: at })
      .where(eq(outcomeSignOffs.id, id))
      .run();
    applyStatusChange(
      {
        id: row.suggestionId,
        status: row.status,
        note: row.note,
        outcome: row.outcome,
        outcomeEasyRead: row.outcomeEasyRead,
        officerId: row.officerId,
        at,
      },
      tx,
    );
    tx.insert(suggestionTimeline)
      .values({
        suggestionId: row.suggestionId,
        kind: "sign_off",
        publicNote: "Outcome agreed by the council and the parent carer forum.",
        isPublic: true,
        officerId: forum.id,
        createdAt: at,
      })
      .run();
  });
  return { ok: true };
}

/** Either side sends a proposal back with a comment: nothing is published, and the officer can propose again. */
export function sendBack(id: number, person: Person, side: "forum" | "officer", comment: string, at = new Date()): Done | Refusal {
  const row = awaiting(id);
  if (!row) return { ok: false, field: "signOff", message: translate("signOff.error.gone") };
  const who = `${person.name} (${side === "forum" ? "parent carer forum" : "council"})`;
  getDb().transaction((tx) => {
    tx.update(outcomeSignOffs).set({ state: "sent_back", sentBackBy: who, sentBackAt: at, comment }).where(eq(outcomeSignOffs.id, id)).run();
    tx.insert(suggestionTimeline)
      .values({
        suggestionId: row.suggestionId,
        kind: "sign_off",
        publicNote: `Outcome sent back by ${who}: ${comment}`,
        isPublic: false,
        officerId: person.id,
        createdAt: at,
      })
      .run();
  });
  return { ok: true };
}

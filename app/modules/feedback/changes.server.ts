import crypto from "node:crypto";
import type { LanguageCode } from "~db/schema/enums";
import { and, eq, inArray, isNotNull, isNull, or } from "drizzle-orm";
import { translate, translatorFor } from "~/modules/i18n/catalogue.server";
import {
  outcomeSignOffs,
  strategyActions,
  suggestionActions,
  suggestionTimeline,
  suggestions,
  supporters,
  topics,
  users,
  type SuggestionStatus,
  OUTCOME_STATUSES,
  type OutcomeStatus,
} from "~db/schema";
import { getDb, type DbOrTx } from "~/db.server";
import * as feedbackEmails from "~emails/feedback";
import { enqueueEmail, enqueueText } from "~/modules/notifications/outbox.server";
import type { RenderedEmail } from "~emails/layout";
import { suggestionMergedText, suggestionUpdateText, type RenderedText } from "~emails/texts";
import { emailContext, getAreaSettings } from "~/modules/settings/area.server";
import { reference } from "./reference";
import { NEXT_STATUSES, STATUS_WORDS } from "./statuses";
import { raiseFlag } from "~/modules/privacy/safeguarding.server";
import { link, token, viewLink } from "./suggestions.server";
import { followerOf } from "./view-links.server";
import { queueForForum } from "./forum.server";
import { queueLetter } from "./letters.server";

// Every change an officer makes to a suggestion (wording, actions, topic, assignee, status and outcome,
// publication, safeguarding, merging): each is a timeline entry, and the people following it are emailed.

/** Adds an entry to a suggestion's timeline, the record an inspector or parent reads; entries are never edited. */
export function addTimelineEntry(
  tx: DbOrTx,
  suggestionId: number,
  officerId: string | null,
  entry: { kind: string; status?: SuggestionStatus; publicNote?: string; isPublic?: boolean; at?: Date },
) {
  tx.insert(suggestionTimeline)
    .values({
      suggestionId,
      officerId,
      kind: entry.kind,
      status: entry.status ?? null,
      publicNote: entry.publicNote ?? "",
      isPublic: entry.isPublic ?? false,
      createdAt: entry.at ?? new Date(),
    })
    .run();
}

export type Refusal = { ok: false; field: string; message: string };
export type Done = { ok: true };

/** An officer's English rendering of words written in another language, kept beside the original (private like it). */
export function setEnglishRendering(id: number, text: string): Done {
  getDb().update(suggestions).set({ bodyEnglish: text, updatedAt: new Date() }).where(eq(suggestions.id, id)).run();
  return { ok: true };
}

export function setPublicWording(id: number, wording: string, officerId: string, at = new Date()): Done {
  getDb().transaction((tx) => {
    tx.update(suggestions).set({ publicWording: wording, updatedAt: at }).where(eq(suggestions.id, id)).run();
    addTimelineEntry(tx, id, officerId, { kind: "wording", publicNote: "Public wording updated.", at });
  });
  return { ok: true };
}

export function linkToActions(id: number, actionIds: number[], officerId: string, at = new Date()): Done {
  getDb().transaction((tx) => {
    tx.delete(suggestionActions).where(eq(suggestionActions.suggestionId, id)).run();
    if (actionIds.length)
      tx.insert(suggestionActions)
        .values(actionIds.map((actionId) => ({ suggestionId: id, actionId })))
        .run();
    const codes = actionIds.length
      ? tx
          .select({ code: strategyActions.code })
          .from(strategyActions)
          .where(inArray(strategyActions.id, actionIds))
          .all()
          .map((a) => a.code)
      : [];
    addTimelineEntry(tx, id, officerId, {
      kind: "linked",
      publicNote: codes.length ? `Linked to strategy action ${codes.join(", ")}.` : "No longer linked to a strategy action.",
      isPublic: codes.length > 0,
      at,
    });
  });
  return { ok: true };
}

export function setTopic(id: number, topicId: number | null, officerId: string): Done {
  getDb().transaction((tx) => {
    tx.update(suggestions).set({ topicId, updatedAt: new Date() }).where(eq(suggestions.id, id)).run();
    const name = topicId ? tx.select({ name: topics.name }).from(topics).where(eq(topics.id, topicId)).get()?.name : null;
    addTimelineEntry(tx, id, officerId, { kind: "topic", publicNote: name ? `Topic set to ${name}.` : "Topic cleared." });
  });
  return { ok: true };
}

export function assign(id: number, assigneeId: string | null, officerId: string): Done {
  getDb().transaction((tx) => {
    tx.update(suggestions).set({ assigneeId, updatedAt: new Date() }).where(eq(suggestions.id, id)).run();
    const name = assigneeId ? tx.select({ name: users.name }).from(users).where(eq(users.id, assigneeId)).get()?.name : null;
    addTimelineEntry(tx, id, officerId, { kind: "assigned", publicNote: name ? `Assigned to ${name}.` : "Unassigned." });
  });
  return { ok: true };
}

/**
 * Followers to tell about a change: those who left a way to reach them (an email, a mobile number
 * if they chose texts, an address for letters, how the forum reaches them if they chose it),
 * confirmed it if they said "me too" by email, and have not stopped updates.
 */
export const reachable = and(
  eq(supporters.updates, true),
  isNull(supporters.pendingConfirmHash),
  or(
    isNotNull(supporters.email),
    and(eq(supporters.channel, "sms"), isNotNull(supporters.phone)),
    and(eq(supporters.channel, "forum"), isNotNull(supporters.forumContact)),
    and(eq(supporters.channel, "post"), isNotNull(supporters.postalAddress)),
  ),
)!;

/** The contributor and every supporter to tell about a change. */
function recipients(tx: DbOrTx, suggestionId: number) {
  return tx
    .select({
      id: supporters.id,
      email: supporters.email,
      channel: supporters.channel,
      phone: supporters.phone,
      forumContact: supporters.forumContact,
      postalAddress: supporters.postalAddress,
      easyRead: supporters.easyRead,
      key: supporters.supporterKey,
      stopToken: supporters.stopToken,
      language: supporters.language,
    })
    .from(supporters)
    .where(and(eq(supporters.suggestionId, suggestionId), reachable))
    .all()
    .map((s) => ({ ...s, yours: /^(merged-)?contributor:/.test(s.key) }));
}

type Person = ReturnType<typeof recipients>[number];
type Links = { link: string; stopLink: string };

/** News told by hand: passed on by the forum, or printed in a letter (in easy read for someone who asked). */
type Handed = { suggestionId: number; status: SuggestionStatus; news: string; easyNews?: string };

/**
 * Tells one person about a suggestion by the channel they chose, each message with its own link to
 * their view of it. A text that can never reach them falls back to their email, if they gave one;
 * the forum's organisers get the news to pass on, and officers a letter to print.
 */
function tell(
  tx: DbOrTx,
  person: Person,
  key: string,
  compose: { email: (links: Links) => RenderedEmail; text: (links: Links) => RenderedText; byHand: Handed },
  follower: { id: number; stopToken: string } = person,
  now = new Date(),
) {
  const { easyNews, ...handed } = compose.byHand;
  if (person.channel === "forum") return queueForForum(tx, { supporterId: follower.id, ...handed }, now);
  if (person.channel === "post")
    return queueLetter(tx, { supporterId: follower.id, ...handed, news: (person.easyRead && easyNews) || handed.news }, now);
  const email = person.email ? compose.email({ link: viewLink(tx, follower.id, now), stopLink: link(`/stop-updates/${follower.stopToken}`) }) : null;
  if (person.channel === "sms" && person.phone) {
    const text = compose.text({ link: viewLink(tx, follower.id, now, { short: true }), stopLink: link(`/s/${follower.stopToken}`) });
    enqueueText(tx, person.phone, text, key, email && person.email ? { channel: "email", to: person.email, message: email } : undefined);
  } else if (email && person.email) enqueueEmail(tx, person.email, email, key);
}

/**
 * A suggestion's outcome has been translated: the people who follow it in that language get it in
 * their own words (they were first told in English, as the outcome was written). Once per translation.
 */
export function tellOutcomeInLanguage(tx: DbOrTx, suggestionId: number, lang: LanguageCode, outcome: string) {
  const row = tx
    .select({ status: suggestions.status, publishedAt: suggestions.publishedAt, safeguarding: suggestions.safeguarding })
    .from(suggestions)
    .where(eq(suggestions.id, suggestionId))
    .get();
  if (!row) return;
  const ctx = emailContext(tx, lang);
  const { t } = translatorFor(lang);
  const published = Boolean(row.publishedAt) && !row.safeguarding;
  const hash = crypto.createHash("sha256").update(outcome).digest("hex").slice(0, 16);
  const news = { reference: reference(suggestionId), status: t(STATUS_WORDS[row.status]) };
  for (const person of recipients(tx, suggestionId)) {
    // The forum passed the outcome on when it was given, in its own words; a letter has gone.
    if (person.language !== lang || (!published && !person.yours) || person.channel === "forum" || person.channel === "post") continue;
    tell(tx, person, `suggestion-outcome-${lang}:${suggestionId}:${hash}:${person.id}`, {
      email: (links) =>
        feedbackEmails.suggestionUpdate(ctx, { ...news, ...links, note: t("email.update.outcome", { outcome }), yours: person.yours }),
      text: (links) => suggestionUpdateText(ctx, { ...news, ...links, outcome }),
      byHand: { suggestionId, status: row.status, news: outcome },
    });
  }
}

export function newStopToken() {
  return token();
}

function awaitingForum(suggestionId: number, db: DbOrTx) {
  return Boolean(
    db
      .select({ id: outcomeSignOffs.id })
      .from(outcomeSignOffs)
      .where(and(eq(outcomeSignOffs.suggestionId, suggestionId), eq(outcomeSignOffs.state, "awaiting_forum")))
      .get(),
  );
}

const isOutcomeStatus = (status: SuggestionStatus): status is OutcomeStatus => (OUTCOME_STATUSES as readonly string[]).includes(status);

export type StatusChange = {
  id: number;
  status: SuggestionStatus;
  note: string;
  outcome?: string;
  outcomeEasyRead?: string;
  officerId: string | null;
  at?: Date;
};

// `at` lets the demo seed and tests place a change in the past; people always act "now".
/**
 * Moves a suggestion on. With joint sign-off switched on, a "done" or "not possible" outcome is
 * not applied but proposed: it waits for the parent carer forum to agree it (see sign-off.server).
 */
export function changeStatus(input: StatusChange): (Done & { awaitingForum: boolean }) | Refusal {
  const db = getDb();
  const row = db.select().from(suggestions).where(eq(suggestions.id, input.id)).get();
  if (!row) return { ok: false, field: "status", message: translate("triage.error.gone") };
  if (input.status === "merged") return { ok: false, field: "status", message: translate("triage.error.useMerge") };
  if (!NEXT_STATUSES[row.status].includes(input.status)) {
    return {
      ok: false,
      field: "status",
      message: translate("triage.cannotMove", { from: translate(STATUS_WORDS[row.status]), to: translate(STATUS_WORDS[input.status]) }),
    };
  }
  if (awaitingForum(input.id, db))
    return {
      ok: false,
      field: "status",
      message: translate("triage.error.waitingForum"),
    };
  if (input.status === "not_possible" && !input.note) return { ok: false, field: "note", message: translate("triage.error.sayWhy") };
  const outcome = input.outcome ?? "";
  if (isOutcomeStatus(input.status) && !outcome) {
    return {
      ok: false,
      field: "outcome",
      message:
        input.status === "done"
          ? "Write what we did (the outcome people will read)"
          : "Write the outcome people will read: what we cannot do, and why",
    };
  }
  if (isOutcomeStatus(input.status) && getAreaSettings(db).jointSignOff) {
    const officer = input.officerId ? db.select({ name: users.name }).from(users).where(eq(users.id, input.officerId)).get() : undefined;
    const now = input.at ?? new Date();
    db.transaction((tx) => {
      tx.insert(outcomeSignOffs)
        .values({
          suggestionId: input.id,
          status: input.status as OutcomeStatus,
          note: input.note,
          outcome,
          outcomeEasyRead: input.outcomeEasyRead ?? "",
          officerId: input.officerId,
          officerName: officer?.name ?? "An officer",
          officerAgreedAt: now,
        })
        .run();
      addTimelineEntry(tx, input.id, input.officerId, {
        kind: "sign_off",
        // Stored in the timeline, in English like everything officers write there.
        publicNote: `Outcome (${translatorFor("en").t(STATUS_WORDS[input.status])}) proposed: waiting for the parent carer forum to agree it.`,
        at: now,
      });
    });
    return { ok: true, awaitingForum: true };
  }
  applyStatusChange(input);
  return { ok: true, awaitingForum: false };
}

/** Applies a checked status change: the timeline entry and every follower's email, in one transaction. */
export function applyStatusChange(input: StatusChange, tx0?: DbOrTx) {
  const run = (tx: DbOrTx) => {
    const row = tx.select().from(suggestions).where(eq(suggestions.id, input.id)).get();
    if (!row) return;
    const now = input.at ?? new Date();
    const outcome = input.outcome ?? "";
    tx.update(suggestions)
      .set({
        status: input.status,
        updatedAt: now,
        firstResponseAt: row.firstResponseAt ?? now,
        ...(isOutcomeStatus(input.status) ? { outcome, outcomeEasyRead: input.outcomeEasyRead ?? "", outcomeAt: now } : {}),
      })
      .where(eq(suggestions.id, input.id))
      .run();
    addTimelineEntry(tx, input.id, input.officerId, { kind: "status", status: input.status, publicNote: input.note, isPublic: true, at: now });
    const ctx = emailContext(tx);
    const published = Boolean(row.publishedAt) && !row.safeguarding;
    for (const person of recipients(tx, input.id)) {
      // Supporters only exist for published suggestions; the contributor follows theirs privately either way.
      if (!published && !person.yours) continue;
      // Each person hears in the language they used.
      const personal = { ...ctx, lang: person.language };
      const { t } = translatorFor(person.language);
      const news = { reference: reference(input.id), status: t(STATUS_WORDS[input.status]) };
      const note = [input.note, outcome && t("email.update.outcome", { outcome })].filter(Boolean).join("\n\n");
      tell(
        tx,
        person,
        `suggestion-update:${input.id}:${now.getTime()}:${person.id}`,
        {
          email: (links) => feedbackEmails.suggestionUpdate(personal, { ...news, ...links, note, yours: person.yours }),
          text: (links) => suggestionUpdateText(personal, { ...news, ...links, outcome }),
          byHand: {
            suggestionId: input.id,
            status: input.status,
            news: [input.note, outcome].filter(Boolean).join("\n\n"),
            easyNews: input.outcomeEasyRead ? [input.note, input.outcomeEasyRead].filter(Boolean).join("\n\n") : undefined,
          },
        },
        person,
        now,
      );
    }
  };
  if (tx0) run(tx0);
  else getDb().transaction(run);
}

/** The easy-read version of an outcome already given: short sentences, plain words. Empty removes it. */
export function setEasyReadOutcome(id: number, text: string, officerId: string): Done | Refusal {
  const db = getDb();
  const row = db.select({ outcome: suggestions.outcome }).from(suggestions).where(eq(suggestions.id, id)).get();
  if (!row) return { ok: false, field: "outcomeEasyRead", message: translate("triage.error.gone") };
  if (!row.outcome) return { ok: false, field: "outcomeEasyRead", message: translate("triage.error.outcomeFirst") };
  db.transaction((tx) => {
    tx.update(suggestions).set({ outcomeEasyRead: text, updatedAt: new Date() }).where(eq(suggestions.id, id)).run();
    addTimelineEntry(tx, id, officerId, { kind: "wording", publicNote: text ? "Easy-read outcome updated." : "Easy-read outcome removed." });
  });
  return { ok: true };
}

export function publish(id: number, officerId: string, at = new Date()): Done | Refusal {
  const db = getDb();
  const row = db.select().from(suggestions).where(eq(suggestions.id, id)).get();
  if (!row) return { ok: false, field: "publish", message: translate("triage.error.gone") };
  if (row.safeguarding) return { ok: false, field: "publish", message: translate("triage.error.concern") };
  if (!row.publicWording.trim()) return { ok: false, field: "publicWording", message: translate("triage.error.wordingFirst") };
  if (row.status === "merged") return { ok: false, field: "publish", message: translate("triage.error.merged") };
  const now = at;
  db.transaction((tx) => {
    tx.update(suggestions)
      .set({ publishedAt: row.publishedAt ?? now, firstResponseAt: row.firstResponseAt ?? now, updatedAt: now })
      .where(eq(suggestions.id, id))
      .run();
    addTimelineEntry(tx, id, officerId, { kind: "published", publicNote: "Published on the “You said, we did” board.", isPublic: true, at: now });
  });
  return { ok: true };
}

export function unpublish(id: number, officerId: string): Done {
  getDb().transaction((tx) => {
    tx.update(suggestions).set({ publishedAt: null, updatedAt: new Date() }).where(eq(suggestions.id, id)).run();
    addTimelineEntry(tx, id, officerId, { kind: "unpublished", publicNote: "Taken off the public board." });
  });
  return { ok: true };
}

/** Marks a safeguarding concern: never published, and the safeguarding contact is told by a link, not the text. */
export function markSafeguarding(id: number, officer: { id: string; name: string }): Done | Refusal {
  const db = getDb();
  db.transaction((tx) => {
    tx.update(suggestions).set({ safeguarding: true, publishedAt: null, updatedAt: new Date() }).where(eq(suggestions.id, id)).run();
    addTimelineEntry(tx, id, officer.id, { kind: "safeguarding", publicNote: "Marked as a safeguarding concern." });
    raiseFlag(tx, {
      source: "suggestion",
      sourceKey: `suggestion:${id}`,
      label: reference(id),
      link: `/manage/suggestions/${id}`,
      matched: "",
      flaggedBy: officer,
    });
  });
  return { ok: true };
}

/** A follower's key once their suggestion is joined with another: its contributor becomes "merged-contributor:<id>". */
const movedKey = (key: string, fromId: number) => (key.startsWith("contributor:") ? `merged-contributor:${fromId}` : key);

/** Merges a duplicate into another suggestion: its contributor and supporters move across and are told. */
export function merge(input: { id: number; intoId: number; note: string; officerId: string }): Done | Refusal {
  const db = getDb();
  if (input.id === input.intoId) return { ok: false, field: "into", message: translate("triage.error.itself") };
  const from = db.select().from(suggestions).where(eq(suggestions.id, input.id)).get();
  const into = db.select().from(suggestions).where(eq(suggestions.id, input.intoId)).get();
  if (!from) return { ok: false, field: "into", message: translate("triage.error.gone") };
  if (!into) return { ok: false, field: "into", message: translate("triage.error.noSuch", { reference: reference(input.intoId) }) };
  if (into.status === "merged")
    return {
      ok: false,
      field: "into",
      message: `${reference(into.id)} has itself been merged into ${reference(into.mergedIntoId ?? 0)}: merge into that one`,
    };
  if (from.status === "merged") return { ok: false, field: "into", message: translate("triage.error.alreadyMerged") };
  if (awaitingForum(input.id, db)) return { ok: false, field: "into", message: translate("triage.error.waitingMerge") };
  const now = new Date();
  db.transaction((tx) => {
    const people = recipients(tx, input.id);
    const moving = tx.select().from(supporters).where(eq(supporters.suggestionId, input.id)).all();
    for (const s of moving) {
      if (s.pendingConfirmHash) continue; // never confirmed: it did not count here either
      const key = movedKey(s.supporterKey, input.id);
      tx.insert(supporters)
        .values({
          suggestionId: input.intoId,
          supporterKey: key,
          email: s.email,
          channel: s.channel,
          phone: s.phone,
          forumContact: s.forumContact,
          postalAddress: s.postalAddress,
          postcode: s.postcode,
          easyRead: s.easyRead,
          updates: s.updates,
          language: s.language,
          stopToken: token(),
          createdAt: s.createdAt,
        })
        .onConflictDoNothing()
        .run();
    }
    tx.update(suggestions)
      .set({ status: "merged", mergedIntoId: input.intoId, publishedAt: null, firstResponseAt: from.firstResponseAt ?? now, updatedAt: now })
      .where(eq(suggestions.id, input.id))
      .run();
    addTimelineEntry(tx, input.id, input.officerId, {
      kind: "status",
      status: "merged",
      publicNote: input.note || `Merged into ${reference(input.intoId)}.`,
      isPublic: true,
    });
    addTimelineEntry(tx, input.intoId, input.officerId, {
      kind: "merged_in",
      publicNote: `${reference(input.id)} was merged into this suggestion.`,
      isPublic: true,
    });
    const ctx = emailContext(tx);
    for (const person of people) {
      // Their link opens the suggestion they now follow, published or not, and their stop link stops that one.
      const follower = followerOf(tx, input.intoId, movedKey(person.key, input.id)) ?? person;
      const personal = { ...ctx, lang: person.language };
      const news = { reference: reference(input.id), into: reference(input.intoId) };
      tell(
        tx,
        person,
        `suggestion-merged:${input.id}:${person.id}`,
        {
          email: (links) => feedbackEmails.suggestionMerged(personal, { ...news, ...links, note: input.note }),
          text: (links) => suggestionMergedText(personal, { ...news, ...links }),
          byHand: { suggestionId: input.id, status: "merged", news: translatorFor(person.language).t("email.merged.body", news) },
        },
        follower,
        now,
      );
    }
  });
  return { ok: true };
}

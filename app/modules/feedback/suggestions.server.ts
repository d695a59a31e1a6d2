import crypto from "node:crypto";
import { and, desc, eq, sql } from "drizzle-orm";
import {
  strategyActions,
  suggestionActions,
  suggestionTimeline,
  suggestions,
  supporters,
  viewLinks,
  type ActivityKind,
  type ContributorKind,
  type FollowChannel,
} from "~db/schema";
import { getDb, type DbOrTx } from "~/db.server";
import { config } from "~/config.server";
import * as feedbackEmails from "~emails/feedback";
import { enqueueEmail, enqueueText } from "~/modules/notifications/outbox.server";
import { suggestionReceiptText } from "~emails/texts";
import { emailContext } from "~/modules/settings/area.server";
import { reference } from "./reference";
import type { LanguageCode } from "~db/schema/enums";
import { requestLanguage, translatorFor } from "~/modules/i18n/catalogue.server";
import { concernPhrases, findConcern, raiseFlag } from "~/modules/privacy/safeguarding.server";
import { recordConsent } from "~/modules/privacy/consent.server";
import { contactPreferences, memberOfSupporter, setContactPreferences } from "~/modules/privacy/preferences.server";

/**
 * The "me too"s that count: one for each account and each confirmed email address (and each person
 * who came to the event a point was heard at); not a contributor's own row, nor an unconfirmed one.
 */
export const countedSupporter = sql`${supporters.supporterKey} not like 'contributor:%' and ${supporters.pendingConfirmHash} is null`;
/** What people agree to when they make a suggestion, in the language they read it in (kept with their consent). */
export function consentWording(language: LanguageCode = requestLanguage()) {
  return translatorFor(language).t("tellUs.consent.wording");
}

export function hash(token: string) {
  return crypto.createHash("sha256").update(token).digest("hex");
}

export function token() {
  return crypto.randomBytes(24).toString("base64url");
}

export const link = (path: string) => `${config.appUrl}${path}`;

// ---- Links in messages to a person's own view (app/modules/feedback/view-links.server.ts opens them) ----

/** How long a link in a message keeps working. */
export const VIEW_LINK_DAYS = 180;

/**
 * A new link to this person's view of the suggestion they follow, for one message. A text message's
 * is short (`/t/` and 16 characters, still 96 random bits), so the message stays within two segments.
 */
export function viewLink(tx: DbOrTx, supporterId: number, now = new Date(), { short = false } = {}): string {
  const value = short ? crypto.randomBytes(12).toString("base64url") : token();
  tx.insert(viewLinks)
    .values({ tokenHash: hash(value), supporterId, expiresAt: new Date(now.getTime() + VIEW_LINK_DAYS * 86_400_000), createdAt: now })
    .run();
  return link(short ? `/t/${value}` : `/track/${value}`);
}

// ---- Making a suggestion ----

export type NewSuggestion = {
  body: string;
  topicId: number | null;
  contributorKind: ContributorKind;
  name: string | null;
  email: string | null;
  userId: string | null;
  /** Where it came from: the kind of activity and which one; the Tell us form unless said. */
  origin?: { kind: ActivityKind; id: number | null };
  sourceUrl?: string | null;
  createdAt?: Date;
  /** The language the person used: their emails are in it. English unless said. */
  language?: LanguageCode;
  /**
   * How they chose to hear: by text message to `phone` (international form), by letter, through the
   * forum (which reaches them as `forumContact` says); by email otherwise, if they gave one.
   */
  channel?: FollowChannel;
  phone?: string | null;
  forumContact?: string | null;
  /** For letters: the address's lines, the postcode (checked), and whether they asked for easy read. */
  postalAddress?: string | null;
  postcode?: string | null;
  easyRead?: boolean;
  /** Written on a paper form (consent signed on it) and typed in by this officer or organiser. */
  enteredBy?: string;
};

/** Saves a suggestion and, when the person gave an email, queues their receipt in the same transaction. */
export function makeSuggestion(input: NewSuggestion, db: DbOrTx = getDb()) {
  const trackingToken = token();
  const stopToken = token();
  const now = input.createdAt ?? new Date();
  const language = input.language ?? "en";
  const result = db.transaction((tx) => {
    const concern = findConcern(input.body, concernPhrases(tx));
    const id = tx
      .insert(suggestions)
      .values({
        body: input.body,
        topicId: input.topicId,
        contributorKind: input.contributorKind,
        contributorName: input.name,
        contributorEmail: input.email,
        contributorUserId: input.userId,
        consentWording: consentWording(language),
        language,
        originKind: input.origin?.kind ?? "tellUs",
        originId: input.origin?.id ?? null,
        sourceUrl: input.sourceUrl ?? null,
        receivedOn: input.enteredBy ? "paper" : "online",
        safeguarding: concern !== null,
        trackingTokenHash: hash(trackingToken),
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: suggestions.id })
      .get().id;
    tx.insert(suggestionTimeline)
      .values({ suggestionId: id, kind: "status", status: "received", publicNote: "We received this suggestion.", isPublic: true, createdAt: now })
      .run();
    const channel =
      input.channel === "sms" && input.phone
        ? "sms"
        : input.channel === "forum" && input.forumContact
          ? "forum"
          : input.channel === "post" && input.postalAddress && input.postcode
            ? "post"
            : input.email
              ? "email"
              : null;
    if (input.email || input.userId || input.name || channel || input.enteredBy)
      recordConsent(
        tx,
        {
          userId: input.userId,
          email: input.email,
          purpose: "suggestion",
          record: `suggestions:${id}`,
          wording: consentWording(language),
          channel,
          enteredBy: input.enteredBy,
        },
        now,
      );
    if (concern)
      raiseFlag(
        tx,
        {
          source: "suggestion",
          sourceKey: `suggestion:${id}`,
          label: reference(id),
          link: `/manage/suggestions/${id}`,
          matched: concern,
          flaggedBy: null,
        },
        now,
      );
    if (channel) {
      // The contributor's own stop link is a supporter-style token on the suggestion itself.
      const follower = tx
        .insert(supporters)
        .values({
          suggestionId: id,
          supporterKey: `contributor:${id}`,
          email: input.email,
          channel,
          phone: channel === "sms" ? input.phone : null,
          forumContact: channel === "forum" ? input.forumContact : null,
          postalAddress: channel === "post" ? input.postalAddress : null,
          postcode: channel === "post" ? input.postcode : null,
          easyRead: channel === "post" && Boolean(input.easyRead),
          stopToken,
          language,
          createdAt: now,
        })
        .returning({ id: supporters.id })
        .get().id;
      const ctx = emailContext(tx, language);
      const email = input.email
        ? feedbackEmails.suggestionReceipt(ctx, {
            name: input.name,
            reference: reference(id),
            trackLink: link(`/track/${trackingToken}`),
            stopLink: link(`/stop-updates/${stopToken}`),
          })
        : null;
      if (channel === "sms") {
        const text = suggestionReceiptText(ctx, {
          reference: reference(id),
          link: viewLink(tx, follower, now, { short: true }),
          stopLink: link(`/s/${stopToken}`),
        });
        const fallback = email && input.email ? { channel: "email" as const, to: input.email, message: email } : undefined;
        enqueueText(tx, input.phone!, text, `suggestion-receipt:${id}`, fallback);
      } else if (channel === "email" && email && input.email) enqueueEmail(tx, input.email, email, `suggestion-receipt:${id}`);
    }
    return { id, reference: reference(id), trackingToken };
  });
  return result;
}

/** True when a suggestion is held back as a possible safeguarding concern: never published, the lead told. */
export function isHeldBack(id: number, db: DbOrTx = getDb()): boolean {
  return Boolean(db.select({ held: suggestions.safeguarding }).from(suggestions).where(eq(suggestions.id, id)).get()?.held);
}

// ---- Following a suggestion by its private link ----

export function findByTrackingToken(tokenValue: string) {
  if (!tokenValue || tokenValue.length > 100) return undefined;
  const row = getDb()
    .select()
    .from(suggestions)
    .where(eq(suggestions.trackingTokenHash, hash(tokenValue)))
    .get();
  return row ? contributorView(row) : undefined;
}

/** A member's own suggestion, as its contributor sees it; undefined for anyone else's. */
export function findOwnSuggestion(userId: string, id: number) {
  const row = getDb()
    .select()
    .from(suggestions)
    .where(and(eq(suggestions.id, id), eq(suggestions.contributorUserId, userId)))
    .get();
  return row ? contributorView(row) : undefined;
}

/** Every suggestion a member made while signed in, newest first. */
export function listOwnSuggestions(userId: string) {
  return getDb()
    .select({
      id: suggestions.id,
      excerpt: sql<string>`substr(${suggestions.body}, 1, 161)`,
      status: suggestions.status,
      createdAt: suggestions.createdAt,
    })
    .from(suggestions)
    .where(eq(suggestions.contributorUserId, userId))
    .orderBy(desc(suggestions.id))
    .all()
    .map((s) => ({ ...s, reference: reference(s.id) }));
}

export function contributorView(row: typeof suggestions.$inferSelect) {
  const db = getDb();
  return {
    id: row.id,
    reference: reference(row.id),
    body: row.body,
    status: row.status,
    outcome: row.outcome,
    publicWording: row.publishedAt && !row.safeguarding ? row.publicWording : "",
    published: Boolean(row.publishedAt) && !row.safeguarding,
    createdAt: row.createdAt,
    mergedInto: row.mergedIntoId ? { id: row.mergedIntoId, reference: reference(row.mergedIntoId), published: isPublic(row.mergedIntoId, db) } : null,
    timeline: publicTimeline(row.id, db),
    actions: linkedActions(row.id, db),
  };
}

function isPublic(id: number, db: DbOrTx) {
  const row = db.select({ p: suggestions.publishedAt, s: suggestions.safeguarding }).from(suggestions).where(eq(suggestions.id, id)).get();
  return Boolean(row?.p) && !row?.s;
}

export function publicTimeline(id: number, db: DbOrTx = getDb()) {
  return db
    .select({
      id: suggestionTimeline.id,
      status: suggestionTimeline.status,
      kind: suggestionTimeline.kind,
      publicNote: suggestionTimeline.publicNote,
      createdAt: suggestionTimeline.createdAt,
    })
    .from(suggestionTimeline)
    .where(and(eq(suggestionTimeline.suggestionId, id), eq(suggestionTimeline.isPublic, true)))
    .orderBy(desc(suggestionTimeline.createdAt), desc(suggestionTimeline.id))
    .all();
}

export function linkedActions(id: number, db: DbOrTx = getDb()) {
  return db
    .select({ id: strategyActions.id, code: strategyActions.code, title: strategyActions.title, status: strategyActions.status })
    .from(suggestionActions)
    .innerJoin(strategyActions, eq(strategyActions.id, suggestionActions.actionId))
    .where(eq(suggestionActions.suggestionId, id))
    .all();
}

/** The one-click "stop updates" link in every email; `updates: true` undoes it. */
export function setUpdatesByToken(tokenValue: string, updates: boolean): { ok: true; reference: string; member: boolean } | { ok: false } {
  if (!tokenValue || tokenValue.length > 100) return { ok: false };
  const db = getDb();
  const supporter = db.select().from(supporters).where(eq(supporters.stopToken, tokenValue)).get();
  if (!supporter) return { ok: false };
  db.update(supporters).set({ updates }).where(eq(supporters.id, supporter.id)).run();
  // For a member, the link changes their contact preference, so every update email follows it.
  const memberId = memberOfSupporter(db, supporter);
  const prefs = memberId ? contactPreferences(memberId) : undefined;
  if (memberId && prefs) setContactPreferences(memberId, { ...prefs, suggestionUpdates: updates });
  return { ok: true, reference: reference(supporter.suggestionId), member: Boolean(prefs) };
}

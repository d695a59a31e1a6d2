import crypto from "node:crypto";
import { byEmail, NO_CONTACT, type Contact } from "~/modules/contact/contact.server";
import type { LanguageCode } from "~db/schema/enums";
import { requestLanguage, translate, translatorFor } from "~/modules/i18n/catalogue.server";
import { and, eq, sql } from "drizzle-orm";
import { surveyAnswers, surveyParticipations, surveyResponses, surveys, surveyTallies, type ContributorKind } from "~db/schema";
import { getDb } from "~/db.server";
import { config } from "~/config.server";
import * as surveyEmails from "~emails/surveys";
import { enqueueEmail, enqueueText } from "~/modules/notifications/outbox.server";
import { surveyContinueText } from "~emails/texts";
import type { CheckedBy } from "~/modules/feedback/board.server";
import { emailContext } from "~/modules/settings/area.server";
import { renderRichText } from "~/modules/richtext/document";
import { storedRichText } from "~/modules/richtext/validate.server";
import { concernPhrases, findConcern, raiseFlag } from "~/modules/privacy/safeguarding.server";
import { surveyAnswerFlag } from "./safeguarding.server";
import { recordConsent } from "~/modules/privacy/consent.server";
import { hitRateLimits } from "~/modules/auth/rate-limit.server";
import { choicesOf, type Question } from "./questions";
import { pagesIn, pagesOf, stateOf } from "./surveys.server";
import { localise } from "~/modules/i18n/content.server";
import { formatDate } from "~/utils/dates";

// Answering a survey: one page at a time, saved as the person goes, so they
// can stop and carry on from the same browser or an emailed link; then checked
// and sent once. Counts are added to the tallies in the same transaction.

/** What people agree to when they leave contact details, in the language they read it in. */
export function surveyContactConsent(language: LanguageCode = requestLanguage()) {
  return translatorFor(language).t("survey.contact.consent");
}

const hash = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

export function surveyReference(responseId: number): string {
  return `SR-${String(responseId).padStart(5, "0")}`;
}

/** A survey as the people answering it see it, in their language where translated; undefined for drafts unless previewing. */
export function surveyForRespondent(id: number, { preview = false, now = new Date(), lang = requestLanguage() } = {}) {
  const db = getDb();
  const row = db.select().from(surveys).where(eq(surveys.id, id)).get();
  if (!row || (row.status === "draft" && !preview)) return undefined;
  const s = localise("survey", [row], ["title", "intro", "easyIntro", "audience"], lang, db)[0]!;
  const { pages, untranslated } = pagesIn(id, lang, db);
  return {
    id: s.id,
    title: s.title,
    titleInEnglish: s.untranslated.includes("title"),
    /** Its own fields shown in English (title, intro, easyIntro, audience). */
    inEnglish: s.untranslated,
    introHtml: renderRichText(storedRichText(s.intro)),
    easyIntro: s.easyIntro,
    audience: s.audience,
    participationLevel: s.participationLevel,
    anonymous: s.anonymous,
    asksContact: s.asksContact,
    closesOn: s.closesOn,
    state: stateOf(s, now),
    pages,
    /** Some of its words are shown in English: the page says so. */
    untranslated: untranslated || s.untranslated.length > 0,
  };
}

export type Answer = { value: string; other: string };
export type ResponseView = {
  id: number;
  status: "in_progress" | "submitted";
  respondentKind: ContributorKind | null;
  answers: Record<number, Answer>;
  submittedAt: Date | null;
};

function view(row: typeof surveyResponses.$inferSelect): ResponseView {
  const answers = getDb().select().from(surveyAnswers).where(eq(surveyAnswers.responseId, row.id)).all();
  return {
    id: row.id,
    status: row.status,
    respondentKind: row.respondentKind,
    answers: Object.fromEntries(answers.map((a) => [a.questionId, { value: a.value, other: a.other }])),
    submittedAt: row.submittedAt,
  };
}

/** This person's response: by account on surveys that record who answered, otherwise by this browser's token. */
export function findResponse(surveyId: number, who: { token: string | null; userId: string | null }): ResponseView | undefined {
  const db = getDb();
  const s = db.select({ anonymous: surveys.anonymous }).from(surveys).where(eq(surveys.id, surveyId)).get();
  if (!s) return undefined;
  if (who.userId && !s.anonymous) {
    const mine = db
      .select()
      .from(surveyResponses)
      .where(and(eq(surveyResponses.surveyId, surveyId), eq(surveyResponses.userId, who.userId)))
      .get();
    if (mine) return view(mine);
  }
  if (!who.token || who.token.length > 100) return undefined;
  const row = db
    .select()
    .from(surveyResponses)
    .where(and(eq(surveyResponses.surveyId, surveyId), eq(surveyResponses.resumeTokenHash, hash(who.token))))
    .get();
  return row ? view(row) : undefined;
}

/** Whether a member has already sent their answers to this survey (anonymous or not). */
export function hasAnswered(surveyId: number, userId: string): boolean {
  const db = getDb();
  const took = db
    .select({ u: surveyParticipations.userId })
    .from(surveyParticipations)
    .where(and(eq(surveyParticipations.surveyId, surveyId), eq(surveyParticipations.userId, userId)))
    .get();
  return Boolean(took);
}

/** Starts a response. On anonymous surveys nothing about the person is stored with it. */
export function startResponse(
  surveyId: number,
  who: { userId: string | null; easyRead: boolean; language?: LanguageCode },
  now = new Date(),
): { id: number; token: string } | { refused: string } {
  const db = getDb();
  const s = db.select().from(surveys).where(eq(surveys.id, surveyId)).get();
  if (!s || stateOf(s, now) !== "open") return { refused: translate("survey.notOpen") };
  if (who.userId && hasAnswered(surveyId, who.userId)) return { refused: translate("survey.alreadyAnswered") };
  const token = crypto.randomBytes(24).toString("base64url");
  const id = db
    .insert(surveyResponses)
    .values({
      surveyId,
      userId: s.anonymous ? null : who.userId,
      easyRead: who.easyRead,
      language: who.language ?? "en",
      resumeTokenHash: hash(token),
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: surveyResponses.id })
    .get().id;
  return { id, token };
}

/** Replaces the answers to one page's questions; an empty answer removes any earlier one. */
export function savePage(
  responseId: number,
  questions: Question[],
  answers: Record<number, Answer | null>,
  respondentKind: ContributorKind | null,
  now = new Date(),
) {
  const db = getDb();
  db.transaction((tx) => {
    for (const q of questions) {
      tx.delete(surveyAnswers)
        .where(and(eq(surveyAnswers.responseId, responseId), eq(surveyAnswers.questionId, q.id)))
        .run();
      const a = answers[q.id];
      if (a) tx.insert(surveyAnswers).values({ responseId, questionId: q.id, value: a.value, other: a.other }).run();
    }
    tx.update(surveyResponses)
      .set({ updatedAt: now, ...(respondentKind ? { respondentKind } : {}) })
      .where(and(eq(surveyResponses.id, responseId), eq(surveyResponses.status, "in_progress")))
      .run();
  });
}

/** The keys an answer adds to the tallies. */
function tallyKeys(q: Question, a: Answer): string[] {
  if (q.kind === "multiple") return [...(JSON.parse(a.value) as string[]), "answered"];
  if (q.kind === "single" || q.kind === "rating" || q.kind === "yes_no") return [a.value, "answered"];
  return ["answered"];
}

export type SubmitResult = { ok: true; reference: string } | { ok: false; message: string; page?: number };

/**
 * Sends a response: checks every required question has an answer, marks it
 * sent, adds it to the counts and, for members of anonymous surveys, records
 * only that they took part. All or nothing.
 */
export function submitResponse(
  surveyId: number,
  responseId: number,
  input: { userId: string | null; name: string | null; contact: Contact; enteredBy?: string },
  now = new Date(),
): SubmitResult {
  const db = getDb();
  return db.transaction((tx): SubmitResult => {
    const s = tx.select().from(surveys).where(eq(surveys.id, surveyId)).get();
    const row = tx
      .select()
      .from(surveyResponses)
      .where(and(eq(surveyResponses.id, responseId), eq(surveyResponses.surveyId, surveyId)))
      .get();
    if (!s || !row) return { ok: false, message: translate("survey.lost") };
    if (row.status === "submitted") return { ok: false, message: translate("survey.alreadySent") };
    if (stateOf(s, now) !== "open") return { ok: false, message: translate("survey.closed.cannotSend") };
    if (input.userId && hasAnswered(surveyId, input.userId)) return { ok: false, message: translate("survey.alreadyAnswered") };
    if (!row.respondentKind) return { ok: false, message: translate("survey.kind.required"), page: 1 };
    const pages = pagesOf(surveyId, tx);
    const answers = view(row).answers;
    for (const [i, page] of pages.entries()) {
      const missing = page.questions.find((q) => q.required && !answers[q.id]);
      if (missing) return { ok: false, message: translate("survey.answer.required", { question: missing.text }), page: i + 1 };
    }
    const kind = row.respondentKind;
    // Contact details are kept only where the survey asks for them and is not anonymous.
    const asks = !s.anonymous && s.asksContact;
    const contact = asks ? input.contact : NO_CONTACT;
    const name = asks ? input.name : null;
    tx.update(surveyResponses)
      .set({
        status: "submitted",
        submittedAt: now,
        updatedAt: now,
        receivedOn: input.enteredBy ? "paper" : "online",
        contactName: name,
        contactEmail: contact.email,
        contactChannel: contact.channel,
        contactPhone: contact.phone,
        contactForum: contact.forumContact,
        contactAddress: contact.postalAddress,
        contactPostcode: contact.postcode,
        ...(contact.channel === "post" ? { easyRead: contact.easyRead || row.easyRead } : {}),
      })
      .where(eq(surveyResponses.id, row.id))
      .run();
    const bump = (questionId: number, key: string) =>
      tx
        .insert(surveyTallies)
        .values({ surveyId, questionId, respondentKind: kind, key, n: 1 })
        .onConflictDoUpdate({
          target: [surveyTallies.surveyId, surveyTallies.questionId, surveyTallies.respondentKind, surveyTallies.key],
          set: { n: sql`${surveyTallies.n} + 1` },
        })
        .run();
    bump(0, "responses");
    const phrases = concernPhrases(tx);
    for (const q of pages.flatMap((p) => p.questions)) {
      const a = answers[q.id];
      if (!a) continue;
      for (const key of tallyKeys(q, a)) bump(q.id, key);
      // Sent words join the officers' free-text list, held back if they match the safeguarding list.
      const words = q.kind === "short_text" || q.kind === "long_text" ? a.value : a.other;
      if (!words) continue;
      const concern = findConcern(words, phrases);
      tx.update(surveyAnswers)
        .set({ hasText: true, safeguarding: concern !== null })
        .where(and(eq(surveyAnswers.responseId, row.id), eq(surveyAnswers.questionId, q.id)))
        .run();
      if (concern) raiseFlag(tx, surveyAnswerFlag(surveyId, row.id, q.id, concern, null), now);
    }
    if (input.userId) tx.insert(surveyParticipations).values({ surveyId, userId: input.userId }).onConflictDoNothing().run();
    const reference = surveyReference(row.id);
    if (contact.channel)
      recordConsent(
        tx,
        {
          userId: input.userId,
          email: contact.email,
          channel: contact.channel,
          enteredBy: input.enteredBy,
          purpose: "survey_contact",
          record: `survey_responses:${row.id}`,
          wording: surveyContactConsent(row.language),
        },
        now,
      );
    if (contact.email)
      enqueueEmail(
        tx,
        contact.email,
        surveyEmails.surveyReceipt(emailContext(tx, row.language), {
          name,
          title: localise("survey", [s], ["title"], row.language, tx)[0]!.title,
          reference,
        }),
        `survey-receipt:${row.id}`,
      );
    return { ok: true, reference };
  });
}

class NotSent extends Error {
  constructor(readonly result: SubmitResult) {
    super("not sent");
  }
}

/**
 * A response written on a paper form and typed in by an officer or organiser: every page's answers
 * at once, checked and sent as an online one is, with the consent the person signed on paper. All
 * or nothing: a response that cannot be sent (the survey closed, a required answer missing) leaves
 * nothing behind.
 */
export function enterPaperResponse(
  surveyId: number,
  input: {
    answers: Record<number, Answer | null>;
    respondentKind: ContributorKind;
    name: string | null;
    contact: Contact;
    language: LanguageCode;
    enteredBy: string;
  },
  now = new Date(),
): SubmitResult {
  try {
    return getDb().transaction(() => {
      const started = startResponse(surveyId, { userId: null, easyRead: input.contact.easyRead, language: input.language }, now);
      if ("refused" in started) throw new NotSent({ ok: false, message: started.refused });
      const questions = pagesOf(surveyId).flatMap((p) => p.questions);
      savePage(started.id, questions, input.answers, input.respondentKind, now);
      const sent = submitResponse(surveyId, started.id, { userId: null, name: input.name, contact: input.contact, enteredBy: input.enteredBy }, now);
      if (!sent.ok) throw new NotSent(sent);
      return sent;
    });
  } catch (error) {
    if (error instanceof NotSent) return error.result;
    throw error;
  }
}

// How many carry-on links one response's answers may be emailed in a day: enough for a person
// who mistyped their address, too few to send anybody's inbox a stream of them.
const CONTINUE_LINKS_PER_RESPONSE = { max: 3, windowMs: 24 * 60 * 60_000 };

/**
 * Emails or texts a link that carries on this response from any browser. The address or number is
 * not stored with the answers. The link works once: following it moves the answers to the browser that followed it
 * (takeOverResponse), so whoever else held them, including the person who asked for the link, no longer can.
 */
export function sendContinueLink(surveyId: number, token: string, to: CheckedBy): { ok: true } | { ok: false; retryAfterSeconds?: number } {
  const db = getDb();
  const s = db.select().from(surveys).where(eq(surveys.id, surveyId)).get();
  if (!s) return { ok: false };
  const row = db
    .select({ id: surveyResponses.id, language: surveyResponses.language })
    .from(surveyResponses)
    .where(and(eq(surveyResponses.surveyId, surveyId), eq(surveyResponses.resumeTokenHash, hash(token))))
    .get();
  if (!row) return { ok: false };
  const limited = hitRateLimits([{ key: `survey-continue:response:${row.id}`, limit: CONTINUE_LINKS_PER_RESPONSE }]);
  if (!limited.ok) return limited;
  // The link carries its own token, not the one in this browser's cookie.
  const linkToken = crypto.randomBytes(24).toString("base64url");
  db.transaction((tx) => {
    tx.update(surveyResponses)
      .set({ continueTokenHash: hash(linkToken) })
      .where(eq(surveyResponses.id, row.id))
      .run();
    const words = {
      title: localise("survey", [s], ["title"], row.language, tx)[0]!.title,
      closesOn: formatDate(s.closesOn, row.language),
      link: `${config.appUrl}/surveys/${surveyId}/continue/${linkToken}`,
    };
    const ctx = emailContext(tx, row.language);
    const key = `survey-continue:${row.id}:${Date.now()}`;
    if (to.channel === "sms") enqueueText(tx, to.phone, surveyContinueText(ctx, words), key);
    else enqueueEmail(tx, to.email, surveyEmails.continueSurvey(ctx, words), key);
  });
  return { ok: true };
}

/** The response an emailed carry-on link points to, without using the link. */
export function responseForContinueLink(surveyId: number, linkToken: string): ResponseView | undefined {
  if (!/^[A-Za-z0-9_-]{20,60}$/.test(linkToken)) return undefined;
  const row = getDb()
    .select()
    .from(surveyResponses)
    .where(and(eq(surveyResponses.surveyId, surveyId), eq(surveyResponses.continueTokenHash, hash(linkToken))))
    .get();
  return row ? view(row) : undefined;
}

/**
 * Uses a carry-on link once: the answers get a new token for the browser that followed it, and
 * every earlier token (the link's, and the cookie of the browser that asked for it) stops working.
 * Returns the new token for this browser's cookie.
 */
export function takeOverResponse(surveyId: number, linkToken: string): { token: string; status: ResponseView["status"] } | undefined {
  if (!/^[A-Za-z0-9_-]{20,60}$/.test(linkToken)) return undefined;
  const token = crypto.randomBytes(24).toString("base64url");
  const db = getDb();
  const row = db
    .update(surveyResponses)
    .set({ resumeTokenHash: hash(token), continueTokenHash: null })
    .where(and(eq(surveyResponses.surveyId, surveyId), eq(surveyResponses.continueTokenHash, hash(linkToken))))
    .returning({ status: surveyResponses.status })
    .get();
  return row ? { token, status: row.status } : undefined;
}

/** A member's sent answers to surveys that record who answered, newest first. */
export function listOwnResponses(userId: string) {
  return getDb()
    .select({ id: surveyResponses.id, surveyId: surveys.id, title: surveys.title, submittedAt: surveyResponses.submittedAt })
    .from(surveyResponses)
    .innerJoin(surveys, eq(surveys.id, surveyResponses.surveyId))
    .where(and(eq(surveyResponses.userId, userId), eq(surveyResponses.status, "submitted")))
    .orderBy(sql`${surveyResponses.submittedAt} desc`)
    .all()
    .map((r) => ({ ...r, reference: surveyReference(r.id) }));
}

/**
 * For the registry's safeguarding test: a whole response to an open survey whose free-text question
 * gets `text` (every other question a plain answer), sent, and whether that answer was held back.
 */
export function trySurveyAnswer(text: string, now: Date): { heldBack: boolean } {
  const db = getDb();
  const open = db
    .select()
    .from(surveys)
    .all()
    .find((s) => stateOf(s, now) === "open" && pagesOf(s.id).some((p) => p.questions.some((q) => q.kind === "short_text" || q.kind === "long_text")));
  if (!open) return { heldBack: false };
  const started = startResponse(open.id, { userId: null, easyRead: false }, now);
  if ("refused" in started) return { heldBack: false };
  let textQuestion = 0;
  for (const page of pagesOf(open.id)) {
    const answers: Record<number, Answer> = {};
    for (const q of page.questions) {
      const first = choicesOf(q)[0]?.id ?? "";
      if ((q.kind === "short_text" || q.kind === "long_text") && !textQuestion) textQuestion = q.id;
      answers[q.id] =
        q.id === textQuestion
          ? { value: text, other: "" }
          : q.kind === "multiple"
            ? { value: JSON.stringify([first]), other: "" }
            : { value: q.kind === "short_text" || q.kind === "long_text" ? "Fine" : first, other: "" };
    }
    savePage(started.id, page.questions, answers, "parent_carer", now);
  }
  const sent = submitResponse(open.id, started.id, { userId: null, name: null, contact: byEmail(null) }, now);
  if (!sent.ok) return { heldBack: false };
  const answer = db
    .select({ held: surveyAnswers.safeguarding })
    .from(surveyAnswers)
    .where(and(eq(surveyAnswers.responseId, started.id), eq(surveyAnswers.questionId, textQuestion)))
    .get();
  return { heldBack: Boolean(answer?.held) };
}

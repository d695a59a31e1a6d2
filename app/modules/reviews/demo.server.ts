// The demo local area's example of this kind of activity, added by the seed (db/seed.ts) through the
// activity registry, in registry order.
import path from "node:path";
import { londonDate } from "~/utils/dates";
import fs from "node:fs";
import { docFromPlainText } from "~/modules/richtext/document";
import { addComment, submitReview } from "./reviewing.server";
import { answerComment, openRound } from "./rounds.server";
import {
  createDocument,
  setParticipationLevel as setReviewLevel,
  publishDraft as publishReviewDraft,
  saveDraft as saveReviewDraft,
  setEasyRead,
  setPublicPage,
} from "./reviews.server";
import { defaultQuestions } from "./questions";
import { translatorFor } from "~/modules/i18n/catalogue.server";

const DEFAULT_QUESTIONS = defaultQuestions(translatorFor("en").t);

/**
 * A guide to turning 18, reviewed by two ambassadors: their comments answered,
 * version 2 published with the changes, and the public page on. A second round
 * on version 2 is open, so the demo ambassadors have an invitation waiting.
 */
export function seedReviews(officerId: string, [sam, maya]: string[]) {
  const text = fs.readFileSync(path.resolve("db/seed-data/review.txt"), "utf8");
  const documentId = createDocument(
    {
      title: "Turning 18: a guide for young people with SEND",
      purpose: "A short guide for young people aged 14 to 25 about what changes when you become an adult, and who can help.",
      body: docFromPlainText(text),
    },
    officerId,
  );
  setEasyRead(documentId, { 2: "Your plan can keep going after you are 18, until you are 25, if you still need it." });
  const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);
  const weekAgo = daysAgo(7);
  const first = openRound(
    { documentId, deadline: londonDate(daysAgo(3)), userIds: [sam!, maya!], questions: DEFAULT_QUESTIONS },
    officerId,
    daysAgo(14),
  );
  if (!first.ok) throw new Error("Could not open the demo review round");
  const said = [
    {
      userId: sam!,
      passage: 5,
      body: "I don't know what person-centred or multi-agency mean. Can you say it normally?",
      reply: "You said the words were hard, so we rewrote this paragraph in everyday words.",
      decision: "accepted" as const,
      reason: "",
      publicWording: "Some words in this paragraph were too hard to understand.",
    },
    {
      userId: maya!,
      passage: 2,
      body: "Say what happens if I leave college at 19. Does the plan just stop?",
      reply: "We added a sentence saying when a plan can end.",
      decision: "accepted" as const,
      reason: "",
      publicWording: "Say when an EHC plan can end.",
    },
    {
      userId: maya!,
      passage: 7,
      body: "Put the phone numbers in here.",
      reply: "We kept the list short, because numbers change.",
      decision: "not_accepted" as const,
      reason: "The phone numbers change often, so we link to the Local Offer page where they are kept up to date.",
      publicWording: "Add phone numbers for each service.",
    },
  ];
  for (const s of said) {
    const added = addComment({ roundId: first.roundId, userId: s.userId, passage: s.passage, body: s.body }, weekAgo);
    if (!added?.ok) throw new Error("Could not add a demo comment");
    answerComment(
      { commentId: added.id, roundId: first.roundId, reply: s.reply, decision: s.decision, declineReason: s.reason, publicWording: s.publicWording },
      officerId,
    );
  }
  submitReview({ roundId: first.roundId, userId: sam!, answers: { q1: "3", q2: "Fewer long words" } }, weekAgo);
  submitReview({ roundId: first.roundId, userId: maya!, answers: { q1: "4", q2: "" } }, weekAgo);
  saveReviewDraft(
    documentId,
    docFromPlainText(
      text
        .replace(
          "up to the age of 25.",
          "up to the age of 25. It ends if you leave education or training, or if you no longer need it, and you will be told first.",
        )
        .replace(
          "Transition planning should start early and be person-centred, with multi-agency input coordinated by the lead professional.",
          "Planning starts early and is about you: what you want and what matters to you. One person will make " +
            "sure everyone who helps you is working together.",
        ),
    ),
    "We explained when a plan ends, and rewrote the planning paragraph in everyday words, as the ambassadors asked.",
  );
  publishReviewDraft(documentId);
  setReviewLevel(documentId, "engage");
  setPublicPage(
    documentId,
    "Two young SEND ambassadors read the first draft of this guide and told us what was hard to understand. Here is what they said and what we changed.",
  );
  openRound(
    { documentId, deadline: londonDate(new Date(Date.now() + 14 * 86_400_000)), userIds: [sam!, maya!], questions: DEFAULT_QUESTIONS },
    officerId,
  );
}

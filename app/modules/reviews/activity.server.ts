import { eq } from "drizzle-orm";
import { reviewComments, reviewDocuments, reviewInvitations, reviewRounds } from "~db/schema";
import type { ActivityDefinition } from "~/modules/activities/activity";
import { queueReviewReminders } from "./reviews.server";

// Document reviews: an ambassador's comments and their answers to a round's questions.

export const reviewsActivity = {
  personalData: {
    export({ userId }, db) {
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
      return {
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
      };
    },
    labels: { yourComment: "Your comment", submittedAt: "Sent" },
    // Comments stay, without who wrote them; invitations stay on the emptied account row, so ratings still count.
    erase({ userId }, tx) {
      tx.update(reviewComments).set({ userId: null }).where(eq(reviewComments.userId, userId)).run();
    },
    // Reviews are asked only of account holders, whose data goes when the account does.
    applyRetention() {
      return {};
    },
  },
  timedWork: [{ name: "reminders two days before a round closes", everyMinute: (now) => void queueReviewReminders(now) }],
} satisfies ActivityDefinition;

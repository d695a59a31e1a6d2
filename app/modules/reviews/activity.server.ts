import { eq, sql } from "drizzle-orm";
import { seedReviews } from "./demo.server";
import { reviewComments, reviewDocuments, reviewInvitations, reviewRounds, type ParticipationLevel } from "~db/schema";
import { byActivity, sumOf } from "~/modules/impact/evidence";
import { londonDate } from "~/utils/dates";
import type { ActivityDefinition } from "~/modules/activities/activity";
import { queueReviewReminders } from "./rounds.server";
import { tryReviewComment } from "./reviewing.server";

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
    labels: { yourComment: "data.yourComment", submittedAt: "data.submittedAt" },
    // Comments stay, without who wrote them; invitations stay on the emptied account row, so ratings still count.
    erase({ userId }, tx) {
      tx.update(reviewComments).set({ userId: null }).where(eq(reviewComments.userId, userId)).run();
    },
    // Reviews are asked only of account holders, whose data goes when the account does.
    applyRetention() {
      return {};
    },
  },
  evidence: {
    measures: [
      {
        label: "evidence.measure.comments",
        total: "evidence.measure.comments.total",
        meaning: "evidence.measure.comments.meaning",
      },
    ],
    // Documents commented on in the period: comments, and how many people wrote them (ambassadors are young people).
    activities({ start, end }, db) {
      const rows = db.all<{
        id: number;
        title: string;
        level: ParticipationLevel | null;
        kind: string;
        comments: number;
        lastAt: number;
        n: number;
      }>(sql`
        select d.id, d.title, d.participation_level as level,
          case when exists (select 1 from user_roles ur where ur.user_id = c.user_id and ur.role = 'ambassador') then 'young_person' else 'other' end as kind,
          count(c.id) as comments, max(c.created_at) as lastAt, count(distinct c.user_id) as n
        from review_comments c join review_rounds r on r.id = c.round_id join review_documents d on d.id = r.document_id
        where c.created_at >= ${start} and c.created_at < ${end}
        group by d.id, kind order by d.id`);
      return byActivity(rows, (d, all) => ({
        key: `reviews:${d.id}`,
        kind: "reviews",
        title: d.title,
        date: londonDate(new Date(Math.max(...all.map((r) => r.lastAt)))),
        level: d.level,
        measures: [{ label: "evidence.measure.comments", count: sumOf(all, (r) => r.comments) }],
      }));
    },
    describe(id, db) {
      const row = db.get<{ title: string; level: ParticipationLevel | null; at: number }>(
        sql`select title, participation_level as level, created_at as at from review_documents where id = ${id}`,
      );
      return row && { title: row.title, level: row.level, date: londonDate(new Date(row.at)) };
    },
    raisedAt: (n, t) => t("toldUs.at.reviews", { count: n }),
    actionLinks() {
      return [];
    },
  },
  safeguarding: { checks: [{ what: "safeguarding.what.reviews", tryOut: tryReviewComment }] },
  menu: [{ label: "nav.reviews", to: "/reviews", onlyFor: ["ambassador"] }],
  manage: [{ label: "Document reviews", to: "/manage/reviews", permission: "review:manage" }],
  timedWork: [{ name: "reminders two days before a round closes", everyMinute: (now) => void queueReviewReminders(now) }],
  demo: (area) => seedReviews(area.officerId, area.ambassadorIds),
} satisfies ActivityDefinition;

import { and, eq, inArray, isNotNull, lt, or, type SQL } from "drizzle-orm";
import { surveyAnswers, surveyParticipations, surveyResponses, surveys } from "~db/schema";
import type { ActivityDefinition } from "~/modules/activities/activity";
import { monthsBefore } from "~/modules/activities/activity";

// Surveys: a person's answers where the survey records who answered, and the contact details they gave.

export const surveysActivity = {
  personalData: {
    export({ userId, provedEmail }, db) {
      const byAccount: SQL = eq(surveyResponses.userId, userId);
      const responses = db
        .select({ response: surveyResponses, survey: surveys.title })
        .from(surveyResponses)
        .innerJoin(surveys, eq(surveys.id, surveyResponses.surveyId))
        .where(provedEmail ? or(byAccount, eq(surveyResponses.contactEmail, provedEmail)) : byAccount)
        .all();
      const ids = responses.map((r) => r.response.id);
      const answers = ids.length ? db.select().from(surveyAnswers).where(inArray(surveyAnswers.responseId, ids)).all() : [];
      return {
        surveyAnswers: responses.map(({ response: r, survey }) => ({
          survey,
          status: r.status,
          contactName: r.contactName,
          contactEmail: r.contactEmail,
          submittedAt: r.submittedAt,
          answers: answers.filter((a) => a.responseId === r.id).map((a) => ({ questionId: a.questionId, answer: a.value, other: a.other })),
        })),
      };
    },
    labels: { contactName: "Contact name", contactEmail: "Contact email", submittedAt: "Sent", questionId: "Question" },
    erase({ userId, email }, tx) {
      tx.update(surveyResponses)
        .set({ userId: null, contactName: null, contactEmail: null })
        .where(or(eq(surveyResponses.userId, userId), eq(surveyResponses.contactEmail, email)))
        .run();
      tx.delete(surveyParticipations).where(eq(surveyParticipations.userId, userId)).run();
    },
    applyRetention(periods, tx, now) {
      const closed = tx
        .select({ id: surveys.id })
        .from(surveys)
        .where(lt(surveys.closesAt, monthsBefore(now, periods.surveyIdentityMonths)))
        .all()
        .map((s) => s.id);
      const removed = closed.length
        ? tx
            .update(surveyResponses)
            .set({ userId: null, contactName: null, contactEmail: null })
            .where(
              and(
                inArray(surveyResponses.surveyId, closed),
                or(isNotNull(surveyResponses.userId), isNotNull(surveyResponses.contactName), isNotNull(surveyResponses.contactEmail)),
              ),
            )
            .run().changes
        : 0;
      return { surveyResponses: removed };
    },
  },
  timedWork: [],
} satisfies ActivityDefinition;

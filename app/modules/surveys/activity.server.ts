import { and, eq, inArray, isNotNull, lt, or, sql, type SQL } from "drizzle-orm";
import { seedSurveys } from "./demo.server";
import { surveyAnswers, surveyParticipations, surveyResponses, surveys, type ParticipationLevel } from "~db/schema";
import { byActivity, sumOf } from "~/modules/impact/evidence";
import { londonDate } from "~/utils/dates";
import type { ActivityDefinition } from "~/modules/activities/activity";
import { monthsBefore } from "~/modules/activities/activity";
import { trySurveyAnswer } from "./responses.server";

// Surveys: a person's answers where the survey records who answered, and the contact details they gave.

/** What erasure and retention remove from a response: who answered and every way to reach them. */
const FORGOTTEN = {
  contactName: null,
  contactEmail: null,
  contactChannel: null,
  contactPhone: null,
  contactForum: null,
  contactAddress: null,
  contactPostcode: null,
};

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
          ...(r.contactChannel ? { hearBackBy: r.contactChannel } : {}),
          ...(r.contactPhone ? { phone: r.contactPhone } : {}),
          ...(r.contactAddress ? { postalAddress: `${r.contactAddress}\n${r.contactPostcode ?? ""}` } : {}),
          ...(r.contactForum ? { forumContact: r.contactForum } : {}),
          submittedAt: r.submittedAt,
          answers: answers.filter((a) => a.responseId === r.id).map((a) => ({ questionId: a.questionId, answer: a.value, other: a.other })),
        })),
      };
    },
    labels: { contactName: "data.contactName", contactEmail: "data.contactEmail", submittedAt: "data.submittedAt", questionId: "data.questionId" },
    erase({ userId, email }, tx) {
      tx.update(surveyResponses)
        .set({ userId: null, ...FORGOTTEN })
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
            .set({ userId: null, ...FORGOTTEN })
            .where(
              and(
                inArray(surveyResponses.surveyId, closed),
                or(
                  isNotNull(surveyResponses.userId),
                  isNotNull(surveyResponses.contactName),
                  isNotNull(surveyResponses.contactEmail),
                  isNotNull(surveyResponses.contactChannel),
                ),
              ),
            )
            .run().changes
        : 0;
      return { surveyResponses: removed };
    },
  },
  evidence: {
    measures: [{ label: "evidence.measure.responses", total: "evidence.measure.responses.total", meaning: "evidence.measure.responses.meaning" }],
    // Surveys with answers sent in the period.
    activities({ start, end }, db) {
      const rows = db.all<{ id: number; title: string; closesOn: string; level: ParticipationLevel | null; kind: string | null; n: number }>(sql`
        select s.id, s.title, s.closes_on as closesOn, s.participation_level as level, r.respondent_kind as kind, count(*) as n
        from survey_responses r join surveys s on s.id = r.survey_id
        where r.status = 'submitted' and r.submitted_at >= ${start} and r.submitted_at < ${end}
        group by s.id, r.respondent_kind order by s.id`);
      return byActivity(rows, (s, all) => ({
        key: `surveys:${s.id}`,
        kind: "surveys",
        title: s.title,
        date: s.closesOn,
        level: s.level,
        measures: [{ label: "evidence.measure.responses", count: sumOf(all, (r) => r.n) }],
      }));
    },
    describe(id, db) {
      const row = db.get<{ title: string; level: ParticipationLevel | null; at: number }>(
        sql`select title, participation_level as level, closes_at as at from surveys where id = ${id}`,
      );
      return row && { title: row.title, level: row.level, date: londonDate(new Date(row.at)) };
    },
    raisedAt: (n, t) => t("toldUs.at.surveys", { count: n }),
    actionLinks() {
      return [];
    },
  },
  safeguarding: { checks: [{ what: "safeguarding.what.surveys", tryOut: trySurveyAnswer }] },
  menu: [{ label: "nav.surveys", to: "/surveys" }],
  manage: [{ label: "Surveys", to: "/manage/surveys", permission: "survey:manage" }],
  timedWork: [],
  demo: (area) => seedSurveys(area.officerId),
} satisfies ActivityDefinition;

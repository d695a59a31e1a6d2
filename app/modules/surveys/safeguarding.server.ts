import { and, eq, sql } from "drizzle-orm";
import { surveyAnswers } from "~db/schema";
import { getDb } from "~/db.server";
import { raiseFlag, type FlagInput } from "~/modules/privacy/safeguarding.server";
import { surveyReference } from "./responses.server";

// Safeguarding for survey answers: what a flag on one says and links to, and holding one back by hand.

/** Holds back one survey answer by hand. */
export function flagSurveyAnswer(surveyId: number, responseId: number, questionId: number, officer: { id: string; name: string }): boolean {
  return getDb().transaction((tx) => {
    const updated = tx
      .update(surveyAnswers)
      .set({ safeguarding: true })
      .where(
        and(
          eq(surveyAnswers.responseId, responseId),
          eq(surveyAnswers.questionId, questionId),
          sql`${surveyAnswers.questionId} in (select id from survey_questions where survey_id = ${surveyId})`,
        ),
      )
      .run();
    if (!updated.changes) return false;
    raiseFlag(tx, surveyAnswerFlag(surveyId, responseId, questionId, "", officer));
    return true;
  });
}

export function surveyAnswerFlag(
  surveyId: number,
  responseId: number,
  questionId: number,
  matched: string,
  flaggedBy: FlagInput["flaggedBy"],
): FlagInput {
  return {
    source: "survey_answer",
    sourceKey: `survey_answer:${responseId}:${questionId}`,
    label: `A survey answer (${surveyReference(responseId)})`,
    link: `/manage/surveys/${surveyId}/results?question=${questionId}#answer-${responseId}-${questionId}`,
    matched,
    flaggedBy,
  };
}

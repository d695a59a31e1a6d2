// A 20-question survey with many responses, written straight into the tables
// (and its tallies counted from them with SQL), for the survey benchmark.
// Usage: DATABASE_PATH=/tmp/big.db tsx bench/seed-survey.ts [responses]
import { eq, sql } from "drizzle-orm";
import { surveyAnswers, surveyResponses, users } from "~db/schema";
import { CONTRIBUTOR_KINDS } from "~db/schema/enums";
import { closeDb, getDb } from "~/db.server";
import { seed } from "../db/seed";
import { addPage, saveQuestion, type QuestionInput } from "~/modules/surveys/pages.server";
import { createSurvey, publishSurvey, surveyForOfficer } from "~/modules/surveys/surveys.server";

const KINDS: QuestionInput["kind"][] = ["single", "multiple", "rating", "yes_no", "long_text"];
const WORDS =
  "short breaks booking summer scheme autism transport college school review therapy camhs weekend respite carers support information staff training quiet room".split(
    " ",
  );

export function seedSurvey(responses: number, officerId: string): number {
  const db = getDb();
  const id = createSurvey("Big survey", officerId, new Date());
  for (let p = 2; p <= 4; p++) addPage(id, `Page ${p}`);
  const pages = surveyForOfficer(id)!.pages;
  for (let n = 0; n < 20; n++) {
    const kind = KINDS[n % KINDS.length]!;
    saveQuestion(
      id,
      null,
      {
        pageId: pages[Math.floor(n / 5)]!.id,
        kind,
        text: `Question ${n + 1}`,
        hint: "",
        required: kind !== "long_text",
        easyText: "",
        allowOther: kind === "single",
        lowLabel: "",
        highLabel: "",
        choices: kind === "single" || kind === "multiple" ? ["One", "Two", "Three", "Four", "Five"].map((label) => ({ label, easy: "" })) : [],
      },
      officerId,
    );
  }
  publishSurvey(id);
  const questions = surveyForOfficer(id)!.pages.flatMap((p) => p.questions);
  let state = 11;
  const rand = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const now = Date.now();
  for (let start = 0; start < responses; start += 5000) {
    db.transaction((tx) => {
      for (let i = start; i < Math.min(responses, start + 5000); i++) {
        const at = new Date(now - Math.floor(rand() * 20 * 86_400_000));
        const responseId = tx
          .insert(surveyResponses)
          .values({
            surveyId: id,
            status: "submitted",
            respondentKind: pick(CONTRIBUTOR_KINDS),
            resumeTokenHash: `bench-${id}-${i}`,
            createdAt: at,
            updatedAt: at,
            submittedAt: at,
          })
          .returning({ id: surveyResponses.id })
          .get().id;
        const rows = questions.flatMap((q) => {
          if (q.kind === "long_text")
            return rand() < 0.4
              ? [{ responseId, questionId: q.id, value: Array.from({ length: 12 }, () => pick(WORDS)).join(" "), other: "", hasText: true }]
              : [];
          if (q.kind === "multiple") {
            const chosen = ["c1", "c2", "c3", "c4", "c5"].filter(() => rand() < 0.4);
            return chosen.length ? [{ responseId, questionId: q.id, value: JSON.stringify(chosen), other: "" }] : [];
          }
          if (q.kind === "single")
            return [
              rand() < 0.05
                ? { responseId, questionId: q.id, value: "other", other: pick(WORDS), hasText: true }
                : { responseId, questionId: q.id, value: pick(["c1", "c2", "c3", "c4", "c5"]), other: "" },
            ];
          if (q.kind === "rating") return [{ responseId, questionId: q.id, value: pick(["1", "2", "3", "4", "5"]), other: "" }];
          return [{ responseId, questionId: q.id, value: pick(["yes", "no", "not_sure"]), other: "" }];
        });
        tx.insert(surveyAnswers).values(rows).run();
      }
    });
  }
  // The tallies the app would have kept, counted from the answers themselves.
  db.run(sql`insert into survey_tallies (survey_id, question_id, respondent_kind, key, n)
    select ${id}, 0, respondent_kind, 'responses', count(*) from survey_responses where survey_id = ${id} and status = 'submitted' group by respondent_kind`);
  db.run(sql`insert into survey_tallies (survey_id, question_id, respondent_kind, key, n)
    select ${id}, a.question_id, r.respondent_kind, 'answered', count(*) from survey_answers a join survey_responses r on r.id = a.response_id where r.survey_id = ${id} group by 2, 3`);
  db.run(sql`insert into survey_tallies (survey_id, question_id, respondent_kind, key, n)
    select ${id}, a.question_id, r.respondent_kind, a.value, count(*) from survey_answers a join survey_responses r on r.id = a.response_id join survey_questions q on q.id = a.question_id
    where r.survey_id = ${id} and q.kind in ('single', 'rating', 'yes_no') group by 2, 3, 4`);
  db.run(sql`insert into survey_tallies (survey_id, question_id, respondent_kind, key, n)
    select ${id}, a.question_id, r.respondent_kind, j.value, count(*) from survey_answers a join survey_responses r on r.id = a.response_id join survey_questions q on q.id = a.question_id, json_each(a.value) j
    where r.survey_id = ${id} and q.kind = 'multiple' group by 2, 3, 4`);
  return id;
}

if (process.argv[1]?.endsWith("seed-survey.ts")) {
  const started = Date.now();
  process.env.SEED_PASSWORD ??= "correct horse battery staple";
  if (!getDb().select({ id: users.id }).from(users).get()) await seed();
  const officer = getDb().select({ id: users.id }).from(users).where(eq(users.email, "officer@northsomerset.example")).get()!;
  const id = seedSurvey(Number(process.argv[2] ?? 100_000), officer.id);
  console.log(`Survey ${id} seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  closeDb();
}

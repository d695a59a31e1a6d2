import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation, useSearchParams } from "@remix-run/react";
import { ErrorSummary } from "~/components/form";
import { BackLink, SuccessBanner } from "~/components/page";
import { Pagination } from "~/components/pagination";
import { QuestionResult } from "~/components/survey";
import { ResultsFilter } from "~/components/survey-results";
import { CONTRIBUTOR_KINDS } from "~db/schema/enums";
import { requirePermission } from "~/modules/auth/permissions.server";
import { RESPONDENT_KIND_LABELS } from "~/modules/surveys/questions";
import { answerToSuggestion, surveyResults, textAnswers } from "~/modules/surveys/results.server";
import { flagSurveyAnswer } from "~/modules/surveys/safeguarding.server";
import { enumParam, found, intParam, routeId, textParam } from "~/utils/query.server";

import { invalid } from "~/utils/validation.server";
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `Results: ${data.results.title}` : "Results" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "survey:manage");
  const id = routeId(params.id);
  const query = new URL(request.url).searchParams;
  const who = enumParam(query, "who", CONTRIBUTOR_KINDS);
  const results = found(surveyResults(id, who));
  const search = textParam(query, "q");
  const questionId = intParam(query, "question");
  return json({
    results,
    texts: textAnswers(id, { questionId, search, who, page: intParam(query, "page") }),
    search: search ?? "",
    questionId: questionId ?? null,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const officer = await requirePermission(request, "survey:manage");
  const id = routeId(params.id);
  const formData = await request.formData();
  const responseId = Number(formData.get("responseId"));
  const questionId = Number(formData.get("questionId"));
  if (!Number.isSafeInteger(responseId) || !Number.isSafeInteger(questionId)) return invalid(formData, { form: "Choose an answer" });
  const back = new URL(request.url).search.replace(/^\?/, "");
  if (formData.get("intent") === "safeguarding") {
    if (!flagSurveyAnswer(id, responseId, questionId, officer)) return invalid(formData, { form: "That answer no longer exists" });
    return redirect(`/manage/surveys/${id}/results?${back ? `${back}&` : ""}flagged=1#answer-${responseId}-${questionId}`);
  }
  const made = answerToSuggestion(id, responseId, questionId);
  if (!made.ok) return invalid(formData, { form: made.message });
  return redirect(`/manage/surveys/${id}/results?${back ? `${back}&` : ""}made=${made.reference}#answer-${responseId}-${questionId}`);
}

export default function SurveyResults() {
  const { results, texts, search, questionId } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const [params] = useSearchParams();
  const location = useLocation();
  const made = (params.get("made") ?? "").replace(/[^A-Z0-9-]/g, "");
  const keep = new URLSearchParams(location.search);
  keep.delete("made");
  keep.delete("flagged");
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={`/manage/surveys/${results.id}`}>Back to the survey</BackLink>
        <SuccessBanner
          message={
            data
              ? null
              : made
                ? `The answer is now suggestion ${made}, in the triage queue.`
                : params.get("flagged")
                  ? "The answer is held back and the safeguarding contact has been emailed a link."
                  : null
          }
        />
        <ErrorSummary />
        <span className="govuk-caption-l">Results{results.resultsPublished ? " (published)" : " (not public)"}</span>
        <h1 className="govuk-heading-l">{results.title}</h1>
        <ResultsFilter total={results.total} byKind={results.byKind} who={results.who} />
        <p className="govuk-body">
          <a className="govuk-link" href={`/manage/surveys/${results.id}/responses.csv`} download>
            Download every response (CSV)
          </a>
        </p>
        {results.questions.map((q) => (
          <QuestionResult key={q.id} q={q} />
        ))}

        <h2 className="govuk-heading-l" id="answers">
          Answers in people’s own words
        </h2>
        <p className="govuk-body">
          These are private. Turn one into a suggestion to follow it through “You said, we did”: an officer writes its public wording before it is
          published.
        </p>
        <Form method="get" action={`/manage/surveys/${results.id}/results#answers`} className="govuk-!-margin-bottom-6">
          {results.who ? <input type="hidden" name="who" value={results.who} /> : null}
          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor="question">
              Question
            </label>
            <select className="govuk-select" id="question" name="question" defaultValue={questionId ?? ""}>
              <option value="">All questions</option>
              {texts.questions.map((q) => (
                <option key={q.id} value={q.id}>
                  {q.text}
                </option>
              ))}
            </select>
          </div>
          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor="q">
              Containing the words
            </label>
            <input className="govuk-input govuk-input--width-20" id="q" name="q" type="search" defaultValue={search} />
          </div>
          <button type="submit" className="govuk-button govuk-button--secondary">
            Search answers
          </button>
        </Form>
        <p className="govuk-body">
          {texts.total} {texts.total === 1 ? "answer" : "answers"}
          {search ? ` containing “${search}”` : ""}.
        </p>
        <ul className="govuk-list">
          {texts.answers.map((a) => (
            <li key={`${a.responseId}-${a.questionId}`} id={`answer-${a.responseId}-${a.questionId}`} className="govuk-!-margin-bottom-6">
              <p className="govuk-body-s app-passage__number">
                {a.reference} · {a.kind ? RESPONDENT_KIND_LABELS[a.kind].label : ""} · {a.question}
              </p>
              <p className="govuk-body app-comment">{a.text}</p>
              {a.safeguarding ? (
                <p className="govuk-body">
                  <strong className="govuk-tag govuk-tag--red">Held back: possible safeguarding concern</strong>{" "}
                  <Link className="govuk-link" to="/manage/safeguarding">
                    Safeguarding concerns
                  </Link>
                </p>
              ) : a.suggestion ? (
                <p className="govuk-body">
                  This answer is suggestion{" "}
                  <Link className="govuk-link" to={`/manage/suggestions/${a.suggestion.id}`}>
                    {a.suggestion.reference}
                  </Link>
                  .
                </p>
              ) : (
                <Form method="post" action={`/manage/surveys/${results.id}/results?${keep.toString()}`}>
                  <input type="hidden" name="responseId" value={a.responseId} />
                  <input type="hidden" name="questionId" value={a.questionId} />
                  <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">
                    Turn into a suggestion
                    <span className="govuk-visually-hidden">
                      {" "}
                      ({a.reference}, {a.question})
                    </span>
                  </button>{" "}
                  <button type="submit" name="intent" value="safeguarding" className="govuk-button govuk-button--warning govuk-!-margin-bottom-0">
                    Flag as a safeguarding concern
                    <span className="govuk-visually-hidden">
                      {" "}
                      ({a.reference}, {a.question})
                    </span>
                  </button>
                </Form>
              )}
            </li>
          ))}
        </ul>
        <Pagination page={texts.page} pages={texts.pages} search={keep.toString()} />
      </div>
    </div>
  );
}

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation, useSearchParams } from "@remix-run/react";
import { AllMatching, ChooseBox, ErrorSummary, PostForm } from "~/components/form";
import { RawItemsStep } from "~/modules/themes/raw-items-step";
import { BackLink, SuccessBanner } from "~/components/page";
import { Pagination } from "~/components/pagination";
import { QuestionResult } from "~/components/survey";
import { ResultsFilter } from "~/components/survey-results";
import { CONTRIBUTOR_KINDS } from "~db/schema/enums";
import { can, requirePermission } from "~/modules/auth/permissions.server";
import { RESPONDENT_KIND_LABELS } from "~/modules/surveys/questions";
import { answerRefs, answersToSuggestions, answerToSuggestion, surveyResults, textAnswerKeys, textAnswers } from "~/modules/surveys/results.server";
import { MOST_AT_ONCE } from "~/modules/feedback/most-at-once";
import { attachItems, themeChoices } from "~/modules/themes/themes.server";
import { redirectWithMessage } from "~/utils/flash.server";
import { counted } from "~/utils/words";
import { z } from "zod";
import { flagSurveyAnswer } from "~/modules/surveys/safeguarding.server";
import { enumParam, found, intParam, routeId, textParam } from "~/utils/query.server";

import { invalid, parseForm } from "~/utils/validation.server";
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
    themes: themeChoices(),
  });
}

const answerKey = (value: FormDataEntryValue | null) => {
  const match = typeof value === "string" ? /^(\d{1,12}):(\d{1,12})$/.exec(value) : null;
  return match ? { responseId: Number(match[1]), questionId: Number(match[2]) } : undefined;
};

// A function, not a constant: a schema built when the module loads would bring zod into every page's
// browser code.
const bulkSchema = () =>
  z.object({
    answer: z.preprocess(
      (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
      z.array(z.string()).max(MOST_AT_ONCE, `Choose at most ${MOST_AT_ONCE} answers`),
    ),
    allMatching: z.preprocess((v) => v === "yes", z.boolean()),
    what: z.enum(["suggestions", "theme"], { message: "Choose what to do with the ticked answers" }),
    themeId: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().positive().optional()),
  });

export async function action({ request, params }: ActionFunctionArgs) {
  const officer = await requirePermission(request, "survey:manage");
  const id = routeId(params.id);
  const formData = await request.formData();
  const url = new URL(request.url);
  const back = url.search.replace(/^\?/, "");
  // One answer's own buttons.
  const flag = answerKey(formData.get("flag"));
  const one = answerKey(formData.get("suggestOne"));
  if (formData.has("flag") || formData.has("suggestOne")) {
    const key = flag ?? one;
    if (!key) return invalid(formData, { form: "Choose an answer" });
    const at = `#answer-${key.responseId}-${key.questionId}`;
    if (flag) {
      if (!flagSurveyAnswer(id, key.responseId, key.questionId, officer)) return invalid(formData, { form: "That answer no longer exists" });
      return redirect(`/manage/surveys/${id}/results?${back ? `${back}&` : ""}flagged=1${at}`);
    }
    const made = answerToSuggestion(id, key.responseId, key.questionId);
    if (!made.ok) return invalid(formData, { form: made.message });
    return redirect(`/manage/surveys/${id}/results?${back ? `${back}&` : ""}made=${made.reference}${at}`);
  }
  // Many answers at once.
  const parsed = parseForm(formData, bulkSchema());
  if (!parsed.ok) return invalid(formData, parsed.errors);
  const d = parsed.data;
  let keys;
  if (d.allMatching) {
    const query = url.searchParams;
    keys = textAnswerKeys(
      id,
      { questionId: intParam(query, "question"), search: textParam(query, "q"), who: enumParam(query, "who", CONTRIBUTOR_KINDS) },
      MOST_AT_ONCE + 1,
    );
    if (keys.length > MOST_AT_ONCE) return invalid(formData, { allMatching: `At most ${MOST_AT_ONCE} answers at once: narrow the search first` });
  } else {
    keys = d.answer.map(answerKey);
    if (keys.some((k) => !k)) return invalid(formData, { answer: "Choose answers from the list" });
  }
  const chosen = keys.filter((k): k is NonNullable<typeof k> => Boolean(k));
  if (!chosen.length) return invalid(formData, { answer: "Tick at least one answer, or choose all that match" });
  const here = `/manage/surveys/${id}/results${back ? `?${back}` : ""}`;
  if (d.what === "suggestions") {
    const made = answersToSuggestions(id, chosen);
    if (!made.ok) return invalid(formData, { form: `${made.message}. Untick it and try again; nothing has been changed.` });
    return redirectWithMessage(here, `${counted(made.references.length, "answer")} made suggestions, in the triage list.`);
  }
  if (!can(officer, "suggestion:triage")) return invalid(formData, { form: "You cannot change themes" }, undefined, 403);
  if (!d.themeId || !themeChoices().some((t) => t.id === d.themeId)) return invalid(formData, { themeId: "Choose the theme to add them to" });
  const attached = attachItems(d.themeId, answerRefs(id, chosen), officer);
  if (!attached.ok) return invalid(formData, { form: attached.message });
  return redirectWithMessage(here, `${counted(attached.attached, "answer")} added to the theme.`);
}

export default function SurveyResults() {
  const { results, texts, search, questionId, themes } = useLoaderData<typeof loader>();
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
        <PostForm intent="answers" action={`/manage/surveys/${results.id}/results?${keep.toString()}`} noValidate>
          <ul className="govuk-list">
            {texts.answers.map((a, index) => {
              const value = `${a.responseId}:${a.questionId}`;
              const which = `${a.reference}, ${a.question}`;
              return (
                <li key={value} id={`answer-${a.responseId}-${a.questionId}`} className="govuk-!-margin-bottom-6">
                  {a.safeguarding ? null : (
                    <ChooseBox name="answer" value={value} first={index === 0} label={which}>
                      <span className="govuk-body-s">
                        {a.reference} · {a.kind ? RESPONDENT_KIND_LABELS[a.kind].label : ""} · {a.question}
                      </span>
                    </ChooseBox>
                  )}
                  {a.safeguarding ? (
                    <p className="govuk-body-s app-passage__number">
                      {a.reference} · {a.kind ? RESPONDENT_KIND_LABELS[a.kind].label : ""} · {a.question}
                    </p>
                  ) : null}
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
                    <div className="govuk-button-group">
                      <button type="submit" name="suggestOne" value={value} className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">
                        Turn into a suggestion
                        <span className="govuk-visually-hidden"> ({which})</span>
                      </button>
                      <button type="submit" name="flag" value={value} className="govuk-button govuk-button--warning govuk-!-margin-bottom-0">
                        Flag as a safeguarding concern
                        <span className="govuk-visually-hidden"> ({which})</span>
                      </button>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
          {texts.total ? (
            <RawItemsStep noun="answers" themes={themes} choose={<AllMatching total={texts.total} most={MOST_AT_ONCE} by="search" />} />
          ) : null}
        </PostForm>
        <Pagination page={texts.page} pages={texts.pages} search={keep.toString()} />
      </div>
    </div>
  );
}

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
import { z } from "zod";
import { flagSurveyAnswer } from "~/modules/surveys/safeguarding.server";
import { enumParam, found, intParam, routeId, textParam } from "~/utils/query.server";

import { invalid, parseForm } from "~/utils/validation.server";
export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? metaText("results.metaTitle", { title: data.results.title }) : metaText("surveys.results") },
];
import { metaText, useT } from "~/components/i18n";
import { translate } from "~/modules/i18n/catalogue.server";

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
      z.array(z.string()).max(MOST_AT_ONCE, translate("manage.results.atMost", { most: MOST_AT_ONCE })),
    ),
    allMatching: z.preprocess((v) => v === "yes", z.boolean()),
    what: z.enum(["suggestions", "theme"], { message: translate("manage.results.bulkWhat") }),
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
    if (!key) return invalid(formData, { form: translate("manage.results.chooseAnswer") });
    const at = `#answer-${key.responseId}-${key.questionId}`;
    if (flag) {
      if (!flagSurveyAnswer(id, key.responseId, key.questionId, officer)) return invalid(formData, { form: translate("manage.results.gone") });
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
    if (keys.length > MOST_AT_ONCE) return invalid(formData, { allMatching: translate("manage.results.narrow", { most: MOST_AT_ONCE }) });
  } else {
    keys = d.answer.map(answerKey);
    if (keys.some((k) => !k)) return invalid(formData, { answer: translate("manage.results.fromList") });
  }
  const chosen = keys.filter((k): k is NonNullable<typeof k> => Boolean(k));
  if (!chosen.length) return invalid(formData, { answer: translate("manage.results.tickOne") });
  const here = `/manage/surveys/${id}/results${back ? `?${back}` : ""}`;
  if (d.what === "suggestions") {
    const made = answersToSuggestions(id, chosen);
    if (!made.ok) return invalid(formData, { form: translate("manage.reviews.round.bulkRefused", { problem: made.message }) });
    return redirectWithMessage(here, translate("manage.results.flash.suggestions", { count: made.references.length }));
  }
  if (!can(officer, "suggestion:triage")) return invalid(formData, { form: translate("manage.reviews.round.noThemes") }, undefined, 403);
  if (!d.themeId || !themeChoices().some((t) => t.id === d.themeId))
    return invalid(formData, { themeId: translate("manage.reviews.round.chooseTheme") });
  const attached = attachItems(d.themeId, answerRefs(id, chosen), officer);
  if (!attached.ok) return invalid(formData, { form: attached.message });
  return redirectWithMessage(here, translate("manage.results.flash.theme", { count: attached.attached }));
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
  const { t } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={`/manage/surveys/${results.id}`}>{t("manage.survey.back")}</BackLink>
        <SuccessBanner
          message={data ? null : made ? t("manage.results.made", { reference: made }) : params.get("flagged") ? t("manage.results.flagged") : null}
        />
        <ErrorSummary />
        <span className="govuk-caption-l">{results.resultsPublished ? t("manage.results.published") : t("manage.results.private")}</span>
        <h1 className="govuk-heading-l">{results.title}</h1>
        <ResultsFilter total={results.total} byKind={results.byKind} who={results.who} />
        <p className="govuk-body">
          <a className="govuk-link" href={`/manage/surveys/${results.id}/responses.csv`} download>
            {t("manage.survey.csvLink")}
          </a>
        </p>
        {results.questions.map((q) => (
          <QuestionResult key={q.id} q={q} />
        ))}

        <h2 className="govuk-heading-l" id="answers">
          {t("manage.results.ownWords")}
        </h2>
        <p className="govuk-body">{t("manage.results.private.hint")}</p>
        <Form method="get" action={`/manage/surveys/${results.id}/results#answers`} className="govuk-!-margin-bottom-6">
          {results.who ? <input type="hidden" name="who" value={results.who} /> : null}
          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor="question">
              {t("manage.results.question")}
            </label>
            <select className="govuk-select" id="question" name="question" defaultValue={questionId ?? ""}>
              <option value="">{t("manage.results.allQuestions")}</option>
              {texts.questions.map((q) => (
                <option key={q.id} value={q.id}>
                  {q.text}
                </option>
              ))}
            </select>
          </div>
          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor="q">
              {t("manage.results.containing")}
            </label>
            <input className="govuk-input govuk-input--width-20" id="q" name="q" type="search" defaultValue={search} />
          </div>
          <button type="submit" className="govuk-button govuk-button--secondary">
            {t("manage.results.search")}
          </button>
        </Form>
        <p className="govuk-body">
          {search ? t("manage.results.countContaining", { count: texts.total, search }) : t("manage.results.count", { count: texts.total })}
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
                        {a.reference} · {a.kind ? t(RESPONDENT_KIND_LABELS[a.kind].label) : ""} · {a.question}
                      </span>
                    </ChooseBox>
                  )}
                  {a.safeguarding ? (
                    <p className="govuk-body-s app-passage__number">
                      {a.reference} · {a.kind ? t(RESPONDENT_KIND_LABELS[a.kind].label) : ""} · {a.question}
                    </p>
                  ) : null}
                  <p className="govuk-body app-comment">{a.text}</p>
                  {a.safeguarding ? (
                    <p className="govuk-body">
                      <strong className="govuk-tag govuk-tag--red">{t("manage.reviews.round.heldBack")}</strong>{" "}
                      <Link className="govuk-link" to="/manage/safeguarding">
                        {t("manage.reviews.round.concerns")}
                      </Link>
                    </p>
                  ) : a.suggestion ? (
                    <p className="govuk-body">
                      {t("manage.results.isSuggestion")}{" "}
                      <Link className="govuk-link" to={`/manage/suggestions/${a.suggestion.id}`}>
                        {a.suggestion.reference}
                      </Link>
                      .
                    </p>
                  ) : (
                    <div className="govuk-button-group">
                      <button type="submit" name="suggestOne" value={value} className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">
                        {t("manage.reviews.round.toSuggestion")}
                        <span className="govuk-visually-hidden"> ({which})</span>
                      </button>
                      <button type="submit" name="flag" value={value} className="govuk-button govuk-button--warning govuk-!-margin-bottom-0">
                        {t("manage.reviews.round.flag")}
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

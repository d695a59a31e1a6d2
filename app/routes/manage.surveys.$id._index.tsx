import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Button, ErrorSummary, TextInput, useSavedKey, PostForm } from "~/components/form";
import { BackLink } from "~/components/page";
import { requirePermission } from "~/modules/auth/permissions.server";
import { QUESTION_KIND_LABELS, SURVEY_STATE_LABELS } from "~/modules/surveys/questions";
import { addPage, movePage, moveQuestion, removePage, removeQuestion, renamePage } from "~/modules/surveys/pages.server";
import { closeSurvey, publishSurvey, setResultsPublished, surveyForOfficer } from "~/modules/surveys/surveys.server";
import { found, routeId } from "~/utils/query.server";
import { parseForm, textField, invalid } from "~/utils/validation.server";
import { formatDate } from "~/utils/dates";
import { redirectWithMessage } from "~/utils/flash.server";
import { metaText, useT } from "~/components/i18n";
import { translate } from "~/modules/i18n/catalogue.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? metaText("manage.survey.metaTitle", { title: data.title }) : metaText("manage.surveys.title") },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "survey:manage");
  return json(found(surveyForOfficer(routeId(params.id))));
}

const DONE = {
  published: "manage.survey.flash.published",
  closed: "manage.survey.flash.closed",
  "results-on": "manage.survey.flash.resultsOn",
  "results-off": "manage.survey.flash.resultsOff",
  page: "manage.survey.flash.page",
  moved: "manage.survey.flash.moved",
  removed: "manage.survey.flash.removed",
} as const;

export async function action({ request, params }: ActionFunctionArgs) {
  await requirePermission(request, "survey:manage");
  const id = routeId(params.id);
  found(surveyForOfficer(id));
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const done = (what: keyof typeof DONE) => redirectWithMessage(`/manage/surveys/${id}`, translate(DONE[what]));
  const itemId = Number(formData.get("itemId"));
  const direction = formData.get("direction") === "up" ? "up" : "down";
  switch (intent) {
    case "publish": {
      const result = publishSurvey(id);
      return result.ok ? done("published") : invalid(formData, result.errors);
    }
    case "close":
      closeSurvey(id);
      return done("closed");
    case "results-on":
    case "results-off":
      setResultsPublished(id, intent === "results-on");
      return done(intent);
    case "page-add": {
      const parsed = parseForm(formData, z.object({ pageTitle: textField(translate("manage.survey.pageTitleName"), { max: 100 }) }));
      if (!parsed.ok) return invalid(formData, parsed.errors);
      addPage(id, parsed.data.pageTitle);
      return done("page");
    }
    case "page-rename": {
      const field = `title${itemId}`;
      const parsed = parseForm(formData, z.object({ [field]: textField(translate("manage.survey.pageTitleName"), { max: 100 }) }));
      if (!parsed.ok) return invalid(formData, parsed.errors);
      renamePage(id, itemId, (parsed.data as Record<string, string>)[field]!);
      return done("page");
    }
    case "page-move":
      movePage(id, itemId, direction);
      return done("moved");
    case "page-remove": {
      const result = removePage(id, itemId);
      return result.ok ? done("page") : invalid(formData, result.errors);
    }
    case "question-move":
      moveQuestion(id, itemId, direction);
      return done("moved");
    case "question-remove": {
      const result = removeQuestion(id, itemId);
      return result.ok ? done("removed") : invalid(formData, result.errors);
    }
    default:
      return invalid(formData, { form: translate("groups.error.chooseWhat") });
  }
}

function Move({ itemId, intent, label, first, last }: { itemId: number; intent: string; label: string; first: boolean; last: boolean }) {
  const { t } = useT();
  return (
    <Form method="post" className="app-inline-form">
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="intent" value={intent} />
      {!first ? (
        <button type="submit" name="direction" value="up" className="app-link-button govuk-link">
          {t("manage.survey.moveUp")}
          <span className="govuk-visually-hidden"> {label}</span>
        </button>
      ) : null}
      {!first && !last ? " · " : null}
      {!last ? (
        <button type="submit" name="direction" value="down" className="app-link-button govuk-link">
          {t("manage.survey.moveDown")}
          <span className="govuk-visually-hidden"> {label}</span>
        </button>
      ) : null}
    </Form>
  );
}

export default function ManageSurvey() {
  const s = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const formsKey = useSavedKey(data);
  const answered = s.started > 0;
  const { t, lang } = useT();
  return (
    <div key={formsKey} className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/manage/surveys">{t("surveySummary.all")}</BackLink>
        <ErrorSummary />
        <span className="govuk-caption-l">{t("manage.survey.caption", { state: t(SURVEY_STATE_LABELS[s.state]) })}</span>
        <h1 className="govuk-heading-l">{s.title}</h1>
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t("manage.surveys.open")}</dt>
            <dd className="govuk-summary-list__value">
              {t("manage.survey.openPeriod", { from: formatDate(s.opensOn, lang), to: formatDate(s.closesOn, lang) })}
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t("groups.facts.for")}</dt>
            <dd className="govuk-summary-list__value">{s.audience || t("manage.survey.notSaid")}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t("manage.survey.whoAnswered")}</dt>
            <dd className="govuk-summary-list__value">
              {s.anonymous ? t("manage.survey.anonymous") : s.asksContact ? t("manage.survey.asksContact") : t("manage.survey.accounts")}
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t("manage.surveys.answers")}</dt>
            <dd className="govuk-summary-list__value">{t("manage.survey.sent", { sent: s.submitted, started: s.started - s.submitted })}</dd>
          </div>
        </dl>
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" to={`/manage/surveys/${s.id}/settings`}>
              {t("manage.survey.settingsLink")}
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to={`/manage/surveys/${s.id}/preview`}>
              {t("manage.survey.previewLink")}
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to={`/manage/surveys/${s.id}/results`}>
              {t("manage.survey.resultsLink")}
            </Link>
          </li>
          <li>
            <a className="govuk-link" href={`/manage/surveys/${s.id}/responses.csv`} download>
              {t("manage.survey.csvLink")}
            </a>
          </li>
          <li>
            <Link className="govuk-link" to={`/manage/surveys/${s.id}/summary`}>
              {t("surveys.weAsked")}
            </Link>
          </li>
        </ul>
        <Form method="post">
          {s.state === "draft" ? (
            <Button name="intent" value="publish">
              {t("manage.survey.publish")}
            </Button>
          ) : null}
          {s.state === "open" || s.state === "scheduled" ? (
            <Button warning name="intent" value="close">
              {t("manage.survey.close")}
            </Button>
          ) : null}
          {s.state === "closed" ? <p className="govuk-body">{t("manage.survey.reopen")}</p> : null}
          {s.state !== "draft" ? (
            s.resultsPublished ? (
              <Button secondary name="intent" value="results-off">
                {t("manage.survey.resultsOff")}
              </Button>
            ) : (
              <Button secondary name="intent" value="results-on">
                {t("manage.survey.resultsOn")}
              </Button>
            )
          ) : null}
        </Form>

        <h2 className="govuk-heading-l">{t("manage.survey.questions")}</h2>
        {answered ? <div className="govuk-inset-text">{t("manage.survey.answered")}</div> : null}
        {s.pages.map((page, i) => (
          <section key={page.id} className="govuk-!-margin-bottom-8" aria-labelledby={`page-${page.id}`}>
            <h3 className="govuk-heading-m" id={`page-${page.id}`}>
              {t("manage.survey.pageTitle", { n: i + 1, title: page.title })}
            </h3>
            <Move
              itemId={page.id}
              intent="page-move"
              label={t("manage.survey.pageLabel", { n: i + 1 })}
              first={i === 0}
              last={i === s.pages.length - 1}
            />
            {page.questions.length ? (
              <ol className="govuk-list govuk-list--number">
                {page.questions.map((q, j) => (
                  <li key={q.id}>
                    <Link className="govuk-link" to={`/manage/surveys/${s.id}/questions/${q.id}`}>
                      {q.text}
                    </Link>{" "}
                    <span className="govuk-hint govuk-!-display-inline">
                      ({t(QUESTION_KIND_LABELS[q.kind])}, {q.required ? t("manage.survey.required") : t("manage.survey.optional")}
                      {q.easyText ? `, ${t("manage.survey.easy")}` : ""})
                    </span>
                    <br />
                    <Move itemId={q.id} intent="question-move" label={`“${q.text}”`} first={j === 0} last={j === page.questions.length - 1} />
                    {!answered ? (
                      <Form method="post" className="app-inline-form">
                        <input type="hidden" name="itemId" value={q.id} />
                        {" · "}
                        <button type="submit" name="intent" value="question-remove" className="app-link-button govuk-link">
                          {t("manage.groups.remove")}
                          <span className="govuk-visually-hidden"> “{q.text}”</span>
                        </button>
                      </Form>
                    ) : null}
                  </li>
                ))}
              </ol>
            ) : (
              <p className="govuk-body">{t("manage.survey.noQuestions")}</p>
            )}
            <p className="govuk-body">
              <Link className="govuk-link" to={`/manage/surveys/${s.id}/questions/new?page=${page.id}`}>
                {t("manage.survey.addQuestion", { n: i + 1 })}
              </Link>
            </p>
            <details className="govuk-details">
              <summary className="govuk-details__summary">
                <span className="govuk-details__summary-text">{t("manage.survey.renamePage", { n: i + 1 })}</span>
              </summary>
              <div className="govuk-details__text">
                <Form method="post" noValidate>
                  <input type="hidden" name="itemId" value={page.id} />
                  <TextInput name={`title${page.id}`} label={t("manage.survey.titleOfPage", { n: i + 1 })} defaultValue={page.title} />
                  <Button secondary name="intent" value="page-rename">
                    {t("manage.survey.saveTitle")}
                  </Button>
                </Form>
                {s.pages.length > 1 && !page.questions.length ? (
                  <Form method="post">
                    <input type="hidden" name="itemId" value={page.id} />
                    <Button warning name="intent" value="page-remove">
                      {t("manage.survey.removePage", { n: i + 1 })}
                    </Button>
                  </Form>
                ) : null}
              </div>
            </details>
          </section>
        ))}
        <PostForm intent="page-add" noValidate>
          <TextInput name="pageTitle" label={t("manage.survey.addPage")} hint={t("manage.survey.addPage.hint")} />
          <Button secondary>{t("manage.survey.addPageButton")}</Button>
        </PostForm>
      </div>
    </div>
  );
}

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

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.title}: survey` : "Survey" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "survey:manage");
  return json(found(surveyForOfficer(routeId(params.id))));
}

const DONE = {
  published: "Published. People can answer from the opening date.",
  closed: "The survey is closed. Answers already sent are kept.",
  "results-on": "The results are published.",
  "results-off": "The results are no longer public.",
  page: "Pages updated.",
  moved: "Order updated.",
  removed: "Question removed.",
} as const;

export async function action({ request, params }: ActionFunctionArgs) {
  await requirePermission(request, "survey:manage");
  const id = routeId(params.id);
  found(surveyForOfficer(id));
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const done = (what: keyof typeof DONE) => redirectWithMessage(`/manage/surveys/${id}`, DONE[what]);
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
      const parsed = parseForm(formData, z.object({ pageTitle: textField("Page title", { max: 100 }) }));
      if (!parsed.ok) return invalid(formData, parsed.errors);
      addPage(id, parsed.data.pageTitle);
      return done("page");
    }
    case "page-rename": {
      const field = `title${itemId}`;
      const parsed = parseForm(formData, z.object({ [field]: textField("Page title", { max: 100 }) }));
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
      return invalid(formData, { form: "Choose what to do" });
  }
}

function Move({ itemId, intent, label, first, last }: { itemId: number; intent: string; label: string; first: boolean; last: boolean }) {
  return (
    <Form method="post" className="app-inline-form">
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="intent" value={intent} />
      {!first ? (
        <button type="submit" name="direction" value="up" className="app-link-button govuk-link">
          Move up<span className="govuk-visually-hidden"> {label}</span>
        </button>
      ) : null}
      {!first && !last ? " · " : null}
      {!last ? (
        <button type="submit" name="direction" value="down" className="app-link-button govuk-link">
          Move down<span className="govuk-visually-hidden"> {label}</span>
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
  return (
    <div key={formsKey} className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/manage/surveys">All surveys</BackLink>
        <ErrorSummary />
        <span className="govuk-caption-l">Survey · {SURVEY_STATE_LABELS[s.state]}</span>
        <h1 className="govuk-heading-l">{s.title}</h1>
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Open</dt>
            <dd className="govuk-summary-list__value">
              {formatDate(s.opensOn)} to the end of {formatDate(s.closesOn)}
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">For</dt>
            <dd className="govuk-summary-list__value">{s.audience || "Not said"}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Who answered</dt>
            <dd className="govuk-summary-list__value">
              {s.anonymous
                ? "Anonymous: no names, emails or accounts are stored"
                : s.asksContact
                  ? "Optional contact details are asked for"
                  : "Members’ accounts are recorded; no contact details asked"}
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Answers</dt>
            <dd className="govuk-summary-list__value">
              {s.submitted} sent{s.started > s.submitted ? `, ${s.started - s.submitted} started but not sent` : ""}
            </dd>
          </div>
        </dl>
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" to={`/manage/surveys/${s.id}/settings`}>
              Change the settings, dates and introduction
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to={`/manage/surveys/${s.id}/preview`}>
              Preview as a respondent
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to={`/manage/surveys/${s.id}/results`}>
              Results and free-text answers
            </Link>
          </li>
          <li>
            <a className="govuk-link" href={`/manage/surveys/${s.id}/responses.csv`} download>
              Download every response (CSV)
            </a>
          </li>
          <li>
            <Link className="govuk-link" to={`/manage/surveys/${s.id}/summary`}>
              We asked, you said, we did
            </Link>
          </li>
        </ul>
        <Form method="post">
          {s.state === "draft" ? (
            <Button name="intent" value="publish">
              Publish survey
            </Button>
          ) : null}
          {s.state === "open" || s.state === "scheduled" ? (
            <Button warning name="intent" value="close">
              Close the survey now
            </Button>
          ) : null}
          {s.state === "closed" ? <p className="govuk-body">To reopen or extend the survey, change its closing date in the settings.</p> : null}
          {s.state !== "draft" ? (
            s.resultsPublished ? (
              <Button secondary name="intent" value="results-off">
                Stop showing the results publicly
              </Button>
            ) : (
              <Button secondary name="intent" value="results-on">
                Publish the results
              </Button>
            )
          ) : null}
        </Form>

        <h2 className="govuk-heading-l">Questions</h2>
        {answered ? (
          <div className="govuk-inset-text">
            People have started answering. You can change wording (changes are kept in each question’s history), but not remove questions or choices
            or change a question’s type.
          </div>
        ) : null}
        {s.pages.map((page, i) => (
          <section key={page.id} className="govuk-!-margin-bottom-8" aria-labelledby={`page-${page.id}`}>
            <h3 className="govuk-heading-m" id={`page-${page.id}`}>
              Page {i + 1}: {page.title}
            </h3>
            <Move itemId={page.id} intent="page-move" label={`page ${i + 1}`} first={i === 0} last={i === s.pages.length - 1} />
            {page.questions.length ? (
              <ol className="govuk-list govuk-list--number">
                {page.questions.map((q, j) => (
                  <li key={q.id}>
                    <Link className="govuk-link" to={`/manage/surveys/${s.id}/questions/${q.id}`}>
                      {q.text}
                    </Link>{" "}
                    <span className="govuk-hint govuk-!-display-inline">
                      ({QUESTION_KIND_LABELS[q.kind]}
                      {q.required ? ", required" : ", optional"}
                      {q.easyText ? ", easy read" : ""})
                    </span>
                    <br />
                    <Move itemId={q.id} intent="question-move" label={`“${q.text}”`} first={j === 0} last={j === page.questions.length - 1} />
                    {!answered ? (
                      <Form method="post" className="app-inline-form">
                        <input type="hidden" name="itemId" value={q.id} />
                        {" · "}
                        <button type="submit" name="intent" value="question-remove" className="app-link-button govuk-link">
                          Remove<span className="govuk-visually-hidden"> “{q.text}”</span>
                        </button>
                      </Form>
                    ) : null}
                  </li>
                ))}
              </ol>
            ) : (
              <p className="govuk-body">No questions on this page yet.</p>
            )}
            <p className="govuk-body">
              <Link className="govuk-link" to={`/manage/surveys/${s.id}/questions/new?page=${page.id}`}>
                Add a question to page {i + 1}
              </Link>
            </p>
            <details className="govuk-details">
              <summary className="govuk-details__summary">
                <span className="govuk-details__summary-text">Rename or remove page {i + 1}</span>
              </summary>
              <div className="govuk-details__text">
                <Form method="post" noValidate>
                  <input type="hidden" name="itemId" value={page.id} />
                  <TextInput name={`title${page.id}`} label={`Title of page ${i + 1}`} defaultValue={page.title} />
                  <Button secondary name="intent" value="page-rename">
                    Save title
                  </Button>
                </Form>
                {s.pages.length > 1 && !page.questions.length ? (
                  <Form method="post">
                    <input type="hidden" name="itemId" value={page.id} />
                    <Button warning name="intent" value="page-remove">
                      Remove page {i + 1}
                    </Button>
                  </Form>
                ) : null}
              </div>
            </details>
          </section>
        ))}
        <PostForm intent="page-add" noValidate>
          <TextInput name="pageTitle" label="Add a page" hint="Each page is shown on its own, with “Page 2 of 4”." />
          <Button secondary>Add page</Button>
        </PostForm>
      </div>
    </div>
  );
}

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Button } from "~/components/form";
import { WarningText } from "~/components/page";
import { respondent, responseCookie } from "~/modules/surveys/respondent.server";
import { responseForContinueLink, surveyForRespondent, takeOverResponse } from "~/modules/surveys/responses.server";
import { found, routeId } from "~/utils/query.server";
import { metaText, useT } from "~/components/i18n";

// The emailed "carry on" link. Opening it only shows a button (email scanners that follow links
// must not use it up); pressing it moves the answers to this browser, once. Answers already in
// progress in this browser are never replaced without the person saying so.

export const meta: MetaFunction = () => [{ title: metaText("survey.continue.title") }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const survey = found(surveyForRespondent(routeId(params.id)));
  const linked = responseForContinueLink(survey.id, params.token ?? "");
  // A link that no longer works leads to the survey's start page, which says so.
  if (!linked) throw redirect(`/surveys/${survey.id}?link=used`);
  const here = (await respondent(request, survey.id)).response;
  const replaces = Boolean(
    here && here.id !== linked.id && here.status === "in_progress" && (Object.keys(here.answers).length > 0 || here.respondentKind),
  );
  return json({ survey: { id: survey.id, title: survey.title }, replaces });
}

export async function action({ params }: ActionFunctionArgs) {
  const surveyId = routeId(params.id);
  const taken = takeOverResponse(surveyId, params.token ?? "");
  if (!taken) throw redirect(`/surveys/${surveyId}?link=used`);
  return redirect(`/surveys/${surveyId}/${taken.status === "submitted" ? "check" : "page/1"}`, {
    headers: { "Set-Cookie": await responseCookie(surveyId, taken.token) },
  });
}

export default function ContinueSurvey() {
  const { survey, replaces } = useLoaderData<typeof loader>();
  const { t } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">{survey.title}</span>
        <h1 className="govuk-heading-l">{t("survey.continue.title")}</h1>
        {replaces ? (
          <>
            <WarningText>{t("survey.continue.replaces")}</WarningText>
            <Form method="post">
              <Button>{t("survey.continue.replace")}</Button>
            </Form>
            <p className="govuk-body">
              <Link className="govuk-link" to={`/surveys/${survey.id}/page/1`}>
                {t("survey.continue.keep")}
              </Link>
            </p>
          </>
        ) : (
          <>
            <p className="govuk-body">{t("survey.continue.once")}</p>
            <Form method="post">
              <Button>{t("survey.continue.button")}</Button>
            </Form>
          </>
        )}
      </div>
    </div>
  );
}

import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { EasyReadSwitch } from "~/components/easy-read";
import { respondent } from "~/modules/surveys/respondent.server";
import { surveyForRespondent, surveyReference } from "~/modules/surveys/responses.server";
import { found, routeId } from "~/utils/query.server";
import { metaText, useT } from "~/components/i18n";

export const meta: MetaFunction = () => [{ title: metaText("survey.done.title") }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const survey = found(surveyForRespondent(routeId(params.id)));
  const who = await respondent(request, survey.id);
  // The reference comes from this browser's own response, never from the address.
  const sent = who.response?.status === "submitted" ? who.response : undefined;
  return json({ survey: { id: survey.id, title: survey.title }, reference: sent ? surveyReference(sent.id) : null, easy: who.easy });
}

export default function SurveyDone() {
  const { survey, reference, easy } = useLoaderData<typeof loader>();
  const { t } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <EasyReadSwitch easy={easy} />
        <div className="govuk-panel govuk-panel--confirmation">
          <h1 className="govuk-panel__title">{easy ? t("tellUs.thanks.title") : t("survey.done.title")}</h1>
          {reference ? (
            <div className="govuk-panel__body">
              {t("survey.done.reference")}
              <br />
              <strong>{reference}</strong>
            </div>
          ) : null}
        </div>
        <h2 className="govuk-heading-m">{t("track.next.heading")}</h2>
        <p className="govuk-body">{easy ? t("survey.done.next.easy") : t("survey.done.next", { title: survey.title })}</p>
        <p className="govuk-body">
          <Link className="govuk-link" to={`/surveys/${survey.id}/check`}>
            {t("survey.done.seeAnswers")}
          </Link>{" "}
          ·{" "}
          <Link className="govuk-link" to="/you-said-we-did">
            {t("survey.done.seeChanged")}
          </Link>
        </p>
      </div>
    </div>
  );
}

import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { EasyReadSwitch } from "~/components/easy-read";
import { respondent } from "~/modules/surveys/respondent.server";
import { surveyForRespondent, surveyReference } from "~/modules/surveys/responses.server";
import { found, routeId } from "~/utils/query.server";

export const meta: MetaFunction = () => [{ title: "Answers sent" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const survey = found(surveyForRespondent(routeId(params.id)));
  const who = await respondent(request, survey.id);
  // The reference comes from this browser's own response, never from the address.
  const sent = who.response?.status === "submitted" ? who.response : undefined;
  return json({ survey: { id: survey.id, title: survey.title }, reference: sent ? surveyReference(sent.id) : null, easy: who.easy });
}

export default function SurveyDone() {
  const { survey, reference, easy } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <EasyReadSwitch easy={easy} />
        <div className="govuk-panel govuk-panel--confirmation">
          <h1 className="govuk-panel__title">{easy ? "Thank you" : "Answers sent"}</h1>
          {reference ? (
            <div className="govuk-panel__body">
              Your reference
              <br />
              <strong>{reference}</strong>
            </div>
          ) : null}
        </div>
        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">
          {easy
            ? "We will read all the answers. Then we will tell everyone what we found and what we will do."
            : `When “${survey.title}” closes, we publish what we heard and what we are doing about it on “You said, we did”. Things you told us in your own words may become suggestions there, without your name.`}
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to={`/surveys/${survey.id}/check`}>
            See your answers
          </Link>{" "}
          ·{" "}
          <Link className="govuk-link" to="/you-said-we-did">
            See what has changed because of what people told us
          </Link>
        </p>
      </div>
    </div>
  );
}

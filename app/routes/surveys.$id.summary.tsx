import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { BackLink } from "~/components/page";
import { SuggestionStatusTag } from "~/components/status";
import { publicSummary } from "~/modules/surveys/results.server";
import { EasyReadSwitch, easyReadOr } from "~/components/easy-read";
import { isEasyRead } from "~/utils/easy-read.server";
import { found, routeId } from "~/utils/query.server";
import { formatDate } from "~/utils/dates";
import type { PageHandle } from "~/utils/page-handle";

export const handle: PageHandle = { publicPage: "shared" };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `We asked, you said, we did: ${data.title}` : "We asked, you said, we did" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  return json({ ...found(publicSummary(routeId(params.id))), easy: await isEasyRead(request) });
}

export default function SurveySummary() {
  const s = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/surveys">All surveys</BackLink>
        <span className="govuk-caption-l">{s.title}</span>
        <h1 className="govuk-heading-l">We asked, you said, we did</h1>
        <EasyReadSwitch easy={s.easy} />
        {s.easy && s.easyRead ? (
          <>
            <h2 className="govuk-heading-m">We asked, you said</h2>
            {s.easyRead
              .split("\n")
              .filter((line) => line.trim())
              .map((line, i) => (
                <p className="govuk-body" key={i}>
                  {line}
                </p>
              ))}
            <p className="govuk-body">
              <strong>
                {s.total} {s.total === 1 ? "person" : "people"} answered.
              </strong>
            </p>
          </>
        ) : (
          <>
            {s.easy ? <p className="govuk-body">There is no easy-read version of this summary yet.</p> : null}
            <h2 className="govuk-heading-m">We asked</h2>
            <p className="govuk-body app-comment">{s.asked}</p>
            <p className="govuk-body">
              The survey closed on {formatDate(s.closesOn)}.{" "}
              <strong>
                {s.total} {s.total === 1 ? "person" : "people"} answered.
              </strong>
            </p>
            <h2 className="govuk-heading-m">You said</h2>
            {s.headlines.length ? (
              <ul className="govuk-list govuk-list--bullet">
                {s.headlines.map((h, i) => (
                  <li key={i}>{h}</li>
                ))}
              </ul>
            ) : null}
          </>
        )}
        {s.resultsPublished ? (
          <p className="govuk-body">
            <Link className="govuk-link" to={`/surveys/${s.id}/results`}>
              See all the results
            </Link>
          </p>
        ) : null}
        <h2 className="govuk-heading-m">We did</h2>
        {s.suggestions.length ? (
          <ul className="govuk-list govuk-list--spaced">
            {s.suggestions.map((x) => (
              <li key={x.id}>
                <Link className="govuk-link" to={`/you-said-we-did/${x.id}`}>
                  {x.wording}
                </Link>{" "}
                <SuggestionStatusTag status={x.status} />
                {x.outcome ? <p className="govuk-body govuk-!-margin-top-1">{easyReadOr(s.easy, x.outcome, x.outcomeEasyRead).text}</p> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body">We are working through what you told us. What we do about it will appear here.</p>
        )}
      </div>
    </div>
  );
}

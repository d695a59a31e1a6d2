import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { BackLink } from "~/components/page";
import { formatDate, SuggestionStatusTag } from "~/components/status";
import { publicSummary } from "~/modules/surveys/results.server";
import { found, routeId } from "~/utils/query.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `We asked, you said, we did: ${data.title}` : "We asked, you said, we did" }];

export async function loader({ params }: LoaderFunctionArgs) {
  return json(found(publicSummary(routeId(params.id))));
}

export default function SurveySummary() {
  const s = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/surveys">All surveys</BackLink>
        <span className="govuk-caption-l">{s.title}</span>
        <h1 className="govuk-heading-l">We asked, you said, we did</h1>
        <h2 className="govuk-heading-m">We asked</h2>
        <p className="govuk-body app-comment">{s.asked}</p>
        <p className="govuk-body">The survey closed on {formatDate(s.closesOn)}. <strong>{s.total} {s.total === 1 ? "person" : "people"} answered.</strong></p>
        <h2 className="govuk-heading-m">You said</h2>
        {s.headlines.length ? (
          <ul className="govuk-list govuk-list--bullet">
            {s.headlines.map((h, i) => (
              <li key={i}>{h}</li>
            ))}
          </ul>
        ) : null}
        {s.resultsPublished ? (
          <p className="govuk-body">
            <Link className="govuk-link" to={`/surveys/${s.id}/results`}>See all the results</Link>
          </p>
        ) : null}
        <h2 className="govuk-heading-m">We did</h2>
        {s.suggestions.length ? (
          <ul className="govuk-list govuk-list--spaced">
            {s.suggestions.map((x) => (
              <li key={x.id}>
                <Link className="govuk-link" to={`/you-said-we-did/${x.id}`}>{x.wording}</Link> <SuggestionStatusTag status={x.status} />
                {x.outcome ? <p className="govuk-body govuk-!-margin-top-1">{x.outcome}</p> : null}
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

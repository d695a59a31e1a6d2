import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { BackLink } from "~/components/page";
import { SuggestionStatusTag } from "~/components/status";
import { eventOutcomes } from "~/modules/events/heard.server";
import { formatEventTime } from "~/modules/events/labels";
import { found, routeId } from "~/utils/query.server";
import { useT } from "~/components/i18n";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `What we heard: ${data.event.title}` : "What we heard" }];

export function loader({ params }: LoaderFunctionArgs) {
  const id = routeId(params.id);
  const outcomes = found(eventOutcomes(id));
  return json(outcomes);
}

export default function EventOutcomes() {
  const { lang } = useT();
  const { event, points, beingReviewed, attendance } = useLoaderData<typeof loader>();
  const came = attendance.attended + attendance.walkIns;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={`/events/${event.id}`}>About the event</BackLink>
        <span className="govuk-caption-l">{formatEventTime(event.startsAt, event.endsAt, lang)}</span>
        <h1 className="govuk-heading-l">What we heard: {event.title}</h1>
        {!event.recorded ? (
          <p className="govuk-body">We have not written up this event yet. Check back soon.</p>
        ) : (
          <>
            {came ? (
              <p className="govuk-body">
                {came} {came === 1 ? "person" : "people"} came.
              </p>
            ) : null}
            <p className="govuk-body app-original">{event.summary}</p>
            <h2 className="govuk-heading-m">You said, and what is happening</h2>
            {points.length === 0 ? <p className="govuk-body">The points people made are being reviewed by officers.</p> : null}
            <ol className="govuk-list">
              {points.map((p) => (
                <li key={p.id} className="app-suggestion">
                  <p className="govuk-body govuk-!-margin-bottom-1">
                    <Link className="govuk-link" to={`/you-said-we-did/${p.id}`}>
                      {p.publicWording}
                    </Link>
                  </p>
                  <SuggestionStatusTag status={p.status} />
                  {p.outcome ? (
                    <p className="govuk-body app-outcome govuk-!-margin-top-2">
                      <strong>We did:</strong> {p.outcome}
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
            {beingReviewed > 0 ? (
              <p className="govuk-body">
                {beingReviewed} more {beingReviewed === 1 ? "point is" : "points are"} being reviewed and will appear here.
              </p>
            ) : null}
          </>
        )}
      </div>
    </div>
  );
}

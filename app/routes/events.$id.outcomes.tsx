import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { BackLink } from "~/components/page";
import { SuggestionStatusTag } from "~/components/status";
import { eventOutcomes } from "~/modules/events/heard.server";
import { formatEventTime } from "~/modules/events/labels";
import { found, routeId } from "~/utils/query.server";
import { metaText, useT, Written } from "~/components/i18n";
import { localise } from "~/modules/i18n/content.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? metaText("heard.heading", { title: data.event.title }) : metaText("heard.title") },
];

export function loader({ params, context }: LoaderFunctionArgs) {
  const id = routeId(params.id);
  const outcomes = found(eventOutcomes(id));
  // The event's title and the points' public words and outcomes in the visitor's language where translated.
  return json({
    ...outcomes,
    event: localise("event", [outcomes.event], ["title"], context.lang)[0]!,
    points: localise("suggestion", outcomes.points, ["publicWording", "outcome"], context.lang),
  });
}

export default function EventOutcomes() {
  const { t, lang } = useT();
  const { event, points, beingReviewed, attendance } = useLoaderData<typeof loader>();
  const came = attendance.attended + attendance.walkIns;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={`/events/${event.id}`}>{t("heard.back")}</BackLink>
        <span className="govuk-caption-l">{formatEventTime(event.startsAt, event.endsAt, lang)}</span>
        <h1 className="govuk-heading-l">{t("heard.heading", { title: event.title })}</h1>
        {!event.recorded ? (
          <p className="govuk-body">{t("heard.notYet")}</p>
        ) : (
          <>
            {came ? <p className="govuk-body">{t("heard.came", { count: came })}</p> : null}
            <p className="govuk-body app-original" lang="en" dir="ltr">
              {event.summary}
            </p>
            <h2 className="govuk-heading-m">{t("heard.youSaid")}</h2>
            {points.length === 0 ? <p className="govuk-body">{t("heard.reviewing")}</p> : null}
            <ol className="govuk-list">
              {points.map((p) => (
                <li key={p.id} className="app-suggestion">
                  <p className="govuk-body govuk-!-margin-bottom-1">
                    <Link className="govuk-link" to={`/you-said-we-did/${p.id}`}>
                      <Written english={p.untranslated.includes("publicWording")}>{p.publicWording}</Written>
                    </Link>
                  </p>
                  <SuggestionStatusTag status={p.status} />
                  {p.outcome ? (
                    <p className="govuk-body app-outcome govuk-!-margin-top-2">
                      <strong>{t("outcome.line.weDid")}</strong> <Written english={p.untranslated.includes("outcome")}>{p.outcome}</Written>
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
            {beingReviewed > 0 ? <p className="govuk-body">{t("heard.more", { count: beingReviewed })}</p> : null}
          </>
        )}
      </div>
    </div>
  );
}

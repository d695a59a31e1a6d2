import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { BackLink } from "~/components/page";
import { ActionHistory } from "~/components/suggestion";
import { ActionStatusTag, reference, SuggestionStatusTag } from "~/components/status";
import { ParticipationLevelNote } from "~/components/participation";
import { getAction, suggestionsShapingAction } from "~/modules/strategy/strategy.server";
import { found, routeId } from "~/utils/query.server";
import { formatDate } from "~/utils/dates";
import type { PageHandle } from "~/utils/page-handle";
import { localise } from "~/modules/i18n/content.server";
import { Written } from "~/components/i18n";

export const handle: PageHandle = { publicPage: "shared" };

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `Action ${data.action.code}: our SEND strategy` : "Action" }];

export function loader({ params, context }: LoaderFunctionArgs) {
  const id = routeId(params.id);
  const action = localise("action", [found(getAction(id))], ["title"], context.lang)[0]!;
  return json({ action, suggestions: suggestionsShapingAction(id) });
}

export default function ActionPage() {
  const { action, suggestions } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/strategy">The whole strategy</BackLink>
        <span className="govuk-caption-l">{action.areaName}</span>
        <h1 className="govuk-heading-l">
          {action.code} <Written english={action.untranslated.includes("title")}>{action.title}</Written>
        </h1>
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Status</dt>
            <dd className="govuk-summary-list__value">
              <ActionStatusTag status={action.status} />
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Lead</dt>
            <dd className="govuk-summary-list__value">{action.lead}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Due</dt>
            <dd className="govuk-summary-list__value">{formatDate(action.dueDate) || "No date set"}</dd>
          </div>
        </dl>
        <ParticipationLevelNote level={action.participationLevel} />
        <h2 className="govuk-heading-m">How we will do it</h2>
        <p className="govuk-body">{action.how || "Not written yet."}</p>
        <h2 className="govuk-heading-m">How we will know it worked</h2>
        <p className="govuk-body">{action.measures || "Not written yet."}</p>

        <h2 className="govuk-heading-m">What families told us</h2>
        {suggestions.total ? (
          <>
            <p className="govuk-body">
              {suggestions.total.toLocaleString("en-GB")} {suggestions.total === 1 ? "suggestion has" : "suggestions have"} shaped this action.
              {suggestions.total > suggestions.latest.length ? ` The newest ${suggestions.latest.length} are below.` : ""}
            </p>
            <ul className="govuk-list">
              {suggestions.latest.map((s) => (
                <li key={s.id} className="govuk-!-margin-bottom-3">
                  <Link className="govuk-link" to={`/you-said-we-did/${s.id}`}>
                    <span className="govuk-visually-hidden">{reference(s.id)}: </span>
                    {s.publicWording}
                  </Link>{" "}
                  <SuggestionStatusTag status={s.status} />
                </li>
              ))}
            </ul>
            {suggestions.total > suggestions.latest.length ? (
              <p className="govuk-body">
                <Link className="govuk-link" to={`/you-said-we-did?action=${action.id}`}>
                  See all {suggestions.total.toLocaleString("en-GB")} suggestions for action {action.code}
                </Link>
              </p>
            ) : null}
          </>
        ) : (
          <p className="govuk-body">No published suggestions are linked to this action yet.</p>
        )}

        <h2 className="govuk-heading-m">Progress updates</h2>
        <ActionHistory history={action.history} />
      </div>
    </div>
  );
}

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
import { metaText, useT, Written } from "~/components/i18n";

export const handle: PageHandle = { publicPage: "shared", hydrate: false };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? metaText("strategyPage.actionTitle", { code: data.action.code }) : metaText("strategyPage.action") },
];

export function loader({ params, context }: LoaderFunctionArgs) {
  const id = routeId(params.id);
  const action = localise("action", [found(getAction(id))], ["title"], context.lang)[0]!;
  const area = localise("area", [{ id: action.areaId, name: action.areaName }], ["name"], context.lang)[0]!;
  const shaping = suggestionsShapingAction(id);
  return json({
    action: { ...action, areaName: area.name },
    suggestions: { ...shaping, latest: localise("suggestion", shaping.latest, ["publicWording"], context.lang) },
  });
}

export default function ActionPage() {
  const { action, suggestions } = useLoaderData<typeof loader>();
  const { t, lang } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/strategy">{t("strategyPage.whole")}</BackLink>
        <span className="govuk-caption-l">{action.areaName}</span>
        <h1 className="govuk-heading-l">
          {action.code} <Written english={action.untranslated.includes("title")}>{action.title}</Written>
        </h1>
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t("board.status")}</dt>
            <dd className="govuk-summary-list__value">
              <ActionStatusTag status={action.status} />
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t("strategyPage.lead")}</dt>
            <dd className="govuk-summary-list__value">{action.lead}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t("strategyPage.due")}</dt>
            <dd className="govuk-summary-list__value">{formatDate(action.dueDate, lang) || t("strategyPage.noDate")}</dd>
          </div>
        </dl>
        <ParticipationLevelNote level={action.participationLevel} />
        <h2 className="govuk-heading-m">{t("strategyPage.how")}</h2>
        <p className="govuk-body">{action.how || t("strategyPage.notWritten")}</p>
        <h2 className="govuk-heading-m">{t("strategyPage.measures")}</h2>
        <p className="govuk-body">{action.measures || t("strategyPage.notWritten")}</p>

        <h2 className="govuk-heading-m">{t("strategyPage.familiesSaid")}</h2>
        {suggestions.total ? (
          <>
            <p className="govuk-body">
              {t("strategyPage.shaped", { count: suggestions.total })}
              {suggestions.total > suggestions.latest.length ? ` ${t("strategyPage.newest", { count: suggestions.latest.length })}` : ""}
            </p>
            <ul className="govuk-list">
              {suggestions.latest.map((s) => (
                <li key={s.id} className="govuk-!-margin-bottom-3">
                  <Link className="govuk-link" to={`/you-said-we-did/${s.id}`}>
                    <span className="govuk-visually-hidden">{reference(s.id)}: </span>
                    <Written english={s.untranslated.includes("publicWording")}>{s.publicWording}</Written>
                  </Link>{" "}
                  <SuggestionStatusTag status={s.status} />
                </li>
              ))}
            </ul>
            {suggestions.total > suggestions.latest.length ? (
              <p className="govuk-body">
                <Link className="govuk-link" to={`/you-said-we-did?action=${action.id}`}>
                  {t("strategyPage.seeAll", { count: suggestions.total, code: action.code })}
                </Link>
              </p>
            ) : null}
          </>
        ) : (
          <p className="govuk-body">{t("strategyPage.noneYet")}</p>
        )}

        <h2 className="govuk-heading-m">{t("strategyPage.progress")}</h2>
        <ActionHistory history={action.history} />
      </div>
    </div>
  );
}

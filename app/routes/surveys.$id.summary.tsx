import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { BackLink } from "~/components/page";
import { SuggestionStatusTag } from "~/components/status";
import { publicSummary } from "~/modules/surveys/results.server";
import { EasyReadSwitch, easyReadOr } from "~/components/easy-read";
import { metaText, NotTranslatedNote, useT, Written } from "~/components/i18n";
import { isEasyRead } from "~/utils/easy-read.server";
import { found, routeId } from "~/utils/query.server";
import { formatDate } from "~/utils/dates";
import type { PageHandle } from "~/utils/page-handle";

export const handle: PageHandle = { publicPage: "shared", hydrate: false };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? metaText("surveySummary.metaTitle", { title: data.title }) : metaText("surveys.weAsked") },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  return json({ ...found(publicSummary(routeId(params.id))), easy: await isEasyRead(request) });
}

export default function SurveySummary() {
  const s = useLoaderData<typeof loader>();
  const { t, lang } = useT();
  const english = (field: (typeof s.untranslated)[number]) => s.untranslated.includes(field);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/surveys">{t("surveySummary.all")}</BackLink>
        <span className="govuk-caption-l">
          <Written english={english("title")}>{s.title}</Written>
        </span>
        <h1 className="govuk-heading-l">{t("surveys.weAsked")}</h1>
        <NotTranslatedNote show={s.untranslated.length > 0 || s.suggestions.some((x) => x.untranslated.length > 0)} />
        <EasyReadSwitch easy={s.easy} />
        {s.easy && s.easyRead ? (
          <>
            <h2 className="govuk-heading-m">{t("surveySummary.weAskedYouSaid")}</h2>
            {s.easyRead
              .split("\n")
              .filter((line) => line.trim())
              .map((line, i) => (
                <p className="govuk-body" key={i}>
                  <Written english={english("summaryEasyRead")}>{line}</Written>
                </p>
              ))}
            <p className="govuk-body">
              <strong>{t("surveySummary.answered", { count: s.total })}</strong>
            </p>
          </>
        ) : (
          <>
            {s.easy ? <p className="govuk-body">{t("surveySummary.noEasyRead")}</p> : null}
            <h2 className="govuk-heading-m">{t("surveySummary.weAsked")}</h2>
            <p className="govuk-body app-comment">
              <Written english={english("summaryAsked")}>{s.asked}</Written>
            </p>
            <p className="govuk-body">
              {t("surveySummary.closed", { date: formatDate(s.closesOn, lang) })} <strong>{t("surveySummary.answered", { count: s.total })}</strong>
            </p>
            <h2 className="govuk-heading-m">{t("surveySummary.youSaid")}</h2>
            {s.headlines.length ? (
              <ul className="govuk-list govuk-list--bullet">
                {s.headlines.map((h, i) => (
                  <li key={i}>
                    <Written english={english("summaryHeadlines")}>{h}</Written>
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        )}
        {s.resultsPublished ? (
          <p className="govuk-body">
            <Link className="govuk-link" to={`/surveys/${s.id}/results`}>
              {t("surveySummary.allResults")}
            </Link>
          </p>
        ) : null}
        <h2 className="govuk-heading-m">{t("surveySummary.weDid")}</h2>
        {s.suggestions.length ? (
          <ul className="govuk-list govuk-list--spaced">
            {s.suggestions.map((x) => (
              <li key={x.id}>
                <Link className="govuk-link" to={`/you-said-we-did/${x.id}`}>
                  <Written english={x.untranslated.includes("publicWording")}>{x.publicWording}</Written>
                </Link>{" "}
                <SuggestionStatusTag status={x.status} />
                {x.outcome ? <OutcomeText suggestion={x} easy={s.easy} /> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body">{t("surveySummary.working")}</p>
        )}
      </div>
    </div>
  );
}

function OutcomeText({ suggestion, easy }: { suggestion: { outcome: string; outcomeEasyRead: string; untranslated: string[] }; easy: boolean }) {
  const shown = easyReadOr(easy, suggestion.outcome, suggestion.outcomeEasyRead);
  return (
    <p className="govuk-body govuk-!-margin-top-1">
      <Written english={suggestion.untranslated.includes(shown.easyRead ? "outcomeEasyRead" : "outcome")}>{shown.text}</Written>
    </p>
  );
}

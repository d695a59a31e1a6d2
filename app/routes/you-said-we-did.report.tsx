import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { SUGGESTION_STATUS } from "~/components/status";
import { reportForPeriod } from "~/modules/feedback/board.server";
import { publishedReports, publicReportView } from "~/modules/themes/told-us.server";
import { KeyMessages } from "~/components/key-messages";
import { PeriodFields } from "~/components/page";
import { useRootData } from "~/root";
import { periodParams } from "~/utils/query.server";
import { formatDate } from "~/utils/dates";
import type { PageHandle } from "~/utils/page-handle";
import { metaText, useT } from "~/components/i18n";
import { localiseLists } from "~/modules/i18n/content.server";

export const handle: PageHandle = { publicPage: "shared", hydrate: false };

// A printable "You said, we did" report for a period, grouped by topic, for
// newsletters and board papers.

export const meta: MetaFunction = () => [{ title: metaText("report.title") }];

export function loader({ request, context }: LoaderFunctionArgs) {
  const { from, to, start, end } = periodParams(new URL(request.url).searchParams, 91);
  // The key messages published for any part of the period come first; all in the reader's language where translated.
  const keyMessages = publishedReports({ from, to }).map((r) => {
    const view = publicReportView(r.id, context.lang)!;
    return { id: r.id, title: view.report.title, themes: view.themes };
  });
  const byTopic = reportForPeriod(start, end);
  const suggestions = localiseLists(
    "suggestion",
    byTopic.map((group) => group.suggestions),
    ["publicWording", "outcome"],
    context.lang,
  );
  const groups = byTopic.map((group, i) => ({ ...group, suggestions: suggestions[i]! }));
  return json({ from, to, groups, keyMessages });
}

export default function Report() {
  const { t, lang } = useT();
  const { from, to, groups, keyMessages } = useLoaderData<typeof loader>();
  const root = useRootData();
  const count = groups.reduce((n, g) => n + g.suggestions.length, 0);
  return (
    <>
      <span className="govuk-caption-l">{root?.area.areaName}</span>
      <h1 className="govuk-heading-l">{t("report.heading", { from: formatDate(from, lang), to: formatDate(to, lang) })}</h1>
      <Form method="get" className="app-no-print govuk-!-margin-bottom-6">
        <PeriodFields from={from} to={to} />
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          {t("report.show")}
        </button>
        <p className="govuk-body">{t("report.print")}</p>
      </Form>
      {keyMessages.map((page) => (
        <section key={page.id} aria-labelledby={`told-us-${page.id}`}>
          <h2 className="govuk-heading-l" id={`told-us-${page.id}`}>
            {t("report.toldUs", { title: page.title })}
          </h2>
          <KeyMessages themes={page.themes} easy={false} />
        </section>
      ))}
      <p className="govuk-body">{t("report.count", { count })}</p>
      {groups.map((group) => (
        <section key={group.topic} className="app-report__group" aria-labelledby={`topic-${group.topic}`}>
          <h2 className="govuk-heading-m" id={`topic-${group.topic}`}>
            {group.topic}
          </h2>
          <table className="govuk-table">
            <caption className="govuk-visually-hidden">{group.topic}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  {t("report.youSaid")}
                </th>
                <th scope="col" className="govuk-table__header">
                  {t("report.weDid")}
                </th>
                <th scope="col" className="govuk-table__header">
                  {t("board.status")}
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {group.suggestions.map((s) => (
                <tr className="govuk-table__row" key={s.id}>
                  <td className="govuk-table__cell">
                    {s.publicWording}{" "}
                    <span className="govuk-body-s">
                      (
                      {s.actions.length
                        ? t("report.referenceActions", { reference: s.reference, codes: s.actions.map((a) => a.code).join(", ") })
                        : s.reference}
                      )
                    </span>
                  </td>
                  <td className="govuk-table__cell">{s.outcome || t("report.notFinished")}</td>
                  <td className="govuk-table__cell">{t(SUGGESTION_STATUS[s.status].labelKey)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}

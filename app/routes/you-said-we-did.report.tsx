import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { SUGGESTION_STATUS } from "~/components/status";
import { reportForPeriod } from "~/modules/feedback/board.server";
import { publishedReports, reportView } from "~/modules/themes/told-us.server";
import { KeyMessages } from "~/components/key-messages";
import { PeriodFields } from "~/components/page";
import { useRootData } from "~/root";
import { periodParams } from "~/utils/query.server";
import { formatDate } from "~/utils/dates";
import type { PageHandle } from "~/utils/page-handle";
import { useT } from "~/components/i18n";

export const handle: PageHandle = { publicPage: "shared" };

// A printable "You said, we did" report for a period, grouped by topic, for
// newsletters and board papers.

export const meta: MetaFunction = () => [{ title: "You said, we did: report" }];

export function loader({ request }: LoaderFunctionArgs) {
  const { from, to, start, end } = periodParams(new URL(request.url).searchParams, 91);
  // The key messages published for any part of the period come first.
  const keyMessages = publishedReports({ from, to }).map((r) => ({
    id: r.id,
    title: r.title,
    themes: reportView(r.id, { forPublic: true })!.themes,
  }));
  return json({ from, to, groups: reportForPeriod(start, end), keyMessages });
}

export default function Report() {
  const { t } = useT();
  const { from, to, groups, keyMessages } = useLoaderData<typeof loader>();
  const root = useRootData();
  const count = groups.reduce((n, g) => n + g.suggestions.length, 0);
  return (
    <>
      <span className="govuk-caption-l">{root?.area.areaName}</span>
      <h1 className="govuk-heading-l">
        You said, we did: {formatDate(from)} to {formatDate(to)}
      </h1>
      <Form method="get" className="app-no-print govuk-!-margin-bottom-6">
        <PeriodFields from={from} to={to} />
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Show report
        </button>
        <p className="govuk-body">Use your browser’s print button to print it or save it as a PDF.</p>
      </Form>
      {keyMessages.map((page) => (
        <section key={page.id} aria-labelledby={`told-us-${page.id}`}>
          <h2 className="govuk-heading-l" id={`told-us-${page.id}`}>
            What you told us: {page.title}
          </h2>
          <KeyMessages themes={page.themes} easy={false} />
        </section>
      ))}
      <p className="govuk-body">
        {count} {count === 1 ? "suggestion" : "suggestions"} had news in this period.
      </p>
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
                  You said
                </th>
                <th scope="col" className="govuk-table__header">
                  We did
                </th>
                <th scope="col" className="govuk-table__header">
                  Status
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {group.suggestions.map((s) => (
                <tr className="govuk-table__row" key={s.id}>
                  <td className="govuk-table__cell">
                    {s.publicWording}{" "}
                    <span className="govuk-body-s">
                      ({s.reference}
                      {s.actions.length ? `, action ${s.actions.map((a) => a.code).join(", ")}` : ""})
                    </span>
                  </td>
                  <td className="govuk-table__cell">{s.outcome || "Not finished yet."}</td>
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

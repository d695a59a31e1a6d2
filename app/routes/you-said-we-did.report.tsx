import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { formatDate, SUGGESTION_STATUS } from "~/components/status";
import { reportForPeriod } from "~/modules/feedback/board.server";
import { useRootData } from "~/root";

// A printable "You said, we did" report for a period, grouped by topic, for
// newsletters and board papers.

export const meta: MetaFunction = () => [{ title: "You said, we did: report" }];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function dateParam(value: string | null, fallback: string) {
  return value && DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ? value : fallback;
}

export function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const today = new Date().toISOString().slice(0, 10);
  const threeMonthsAgo = new Date(Date.now() - 91 * 24 * 3600_000).toISOString().slice(0, 10);
  let from = dateParam(params.get("from"), threeMonthsAgo);
  let to = dateParam(params.get("to"), today);
  if (from > to) [from, to] = [to, from];
  const end = new Date(`${to}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 1);
  return json({ from, to, groups: reportForPeriod(new Date(`${from}T00:00:00Z`), end) });
}

export default function Report() {
  const { from, to, groups } = useLoaderData<typeof loader>();
  const root = useRootData();
  const count = groups.reduce((n, g) => n + g.suggestions.length, 0);
  return (
    <>
      <span className="govuk-caption-l">{root?.area.areaName}</span>
      <h1 className="govuk-heading-l">You said, we did: {formatDate(from)} to {formatDate(to)}</h1>
      <Form method="get" className="app-no-print govuk-!-margin-bottom-6">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-quarter">
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="from">From</label>
              <input className="govuk-input" id="from" name="from" type="date" defaultValue={from} />
            </div>
          </div>
          <div className="govuk-grid-column-one-quarter">
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="to">To</label>
              <input className="govuk-input" id="to" name="to" type="date" defaultValue={to} />
            </div>
          </div>
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">Show report</button>
        <p className="govuk-body">Use your browser’s print button to print it or save it as a PDF.</p>
      </Form>
      <p className="govuk-body">
        {count} {count === 1 ? "suggestion" : "suggestions"} had news in this period.
      </p>
      {groups.map((group) => (
        <section key={group.topic} className="app-report__group" aria-labelledby={`topic-${group.topic}`}>
          <h2 className="govuk-heading-m" id={`topic-${group.topic}`}>{group.topic}</h2>
          <table className="govuk-table">
            <caption className="govuk-visually-hidden">{group.topic}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">You said</th>
                <th scope="col" className="govuk-table__header">We did</th>
                <th scope="col" className="govuk-table__header">Status</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {group.suggestions.map((s) => (
                <tr className="govuk-table__row" key={s.id}>
                  <td className="govuk-table__cell">{s.publicWording} <span className="govuk-body-s">({s.reference}{s.actions.length ? `, action ${s.actions.map((a) => a.code).join(", ")}` : ""})</span></td>
                  <td className="govuk-table__cell">{s.outcome || "Not finished yet."}</td>
                  <td className="govuk-table__cell">{SUGGESTION_STATUS[s.status].label}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}

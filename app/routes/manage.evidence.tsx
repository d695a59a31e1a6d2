import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { ActionStatusTag, SuggestionStatusTag } from "~/components/status";
import { requirePermission } from "~/modules/auth/permissions.server";
import { evidenceReport, type Activity } from "~/modules/impact/evidence.server";
import { REACH_KINDS, REACH_LABELS } from "~/modules/impact/evidence";
import { ACTIVITY_NAMES } from "~/modules/activities/activity";
import { LEVEL_KEYS } from "~/modules/impact/levels";
import { periodParams } from "~/utils/query.server";
import { PeriodFields } from "~/components/page";
import { useRootData } from "~/root";
import { formatDate } from "~/utils/dates";
import { useT } from "~/components/i18n";

// The inspection evidence report: what changed because families told us, for a period.
// Printable (the browser's print button), and the same figures as a CSV.

export const meta: MetaFunction = () => [{ title: "Evidence report: what changed because families told us" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "evidence:view");
  const { from, to } = periodParams(new URL(request.url).searchParams, 365);
  return json({ report: evidenceReport(from, to) });
}

function ActivityName({ activity }: { activity: Activity }) {
  const { t } = useT();
  return (
    <>
      {ACTIVITY_NAMES[activity.kind]}: {activity.title}
      {activity.level ? (
        <>
          {" "}
          <strong className="govuk-tag govuk-tag--purple">{t(LEVEL_KEYS[activity.level].label)}</strong>
        </>
      ) : null}
    </>
  );
}

export default function Evidence() {
  const { report } = useLoaderData<typeof loader>();
  const root = useRootData();
  const totals = report.totals;
  const { t } = useT();
  const activityByKey = new Map(report.activities.map((a) => [a.key, a]));
  const query = `from=${report.from}&to=${report.to}`;
  return (
    <>
      <span className="govuk-caption-l">{root?.area.areaName}</span>
      <h1 className="govuk-heading-l">What changed because families told us</h1>
      <p className="govuk-body-l">
        {formatDate(report.from)} to {formatDate(report.to)}
      </p>
      <Form method="get" className="app-no-print govuk-!-margin-bottom-6">
        <PeriodFields from={report.from} to={report.to} />
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Show report
        </button>
        <p className="govuk-body">
          <a className="govuk-link" href={`/manage/evidence.csv?${query}`}>
            Download these figures (CSV)
          </a>
          . Use your browser’s print button to print it or save it as a PDF. It holds no personal data: no names, contact details or anyone’s own
          words.
        </p>
      </Form>

      <h2 className="govuk-heading-m">In this period</h2>
      <table className="govuk-table">
        <caption className="govuk-visually-hidden">Figures for the period</caption>
        <tbody className="govuk-table__body">
          {[
            ["Suggestions received", totals.suggestions],
            ["Linked to a strategy action", totals.linked],
            ["With a published outcome (“we did” or “we can’t, because”)", totals.withOutcome],
            [`First response within ${report.responseDays} working days`, `${totals.withinTarget} of ${totals.suggestions}`],
            ["Median working days to a first response", totals.medianDaysToFirstResponse ?? "None yet"],
            ...report.measureTotals.map((m) => [m.total, m.count] as const),
          ].map(([label, value]) => (
            <tr className="govuk-table__row" key={String(label)}>
              <th scope="row" className="govuk-table__header">
                {label}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2 className="govuk-heading-m">By strategy area and action</h2>
      {report.areas.map((area) => (
        <section key={area.name} aria-label={area.name}>
          <h3 className="govuk-heading-m">{area.name}</h3>
          {area.actions.map((action) => (
            <div key={action.id} className="app-evidence-action govuk-!-margin-bottom-6">
              <h4 className="govuk-heading-s">
                <Link className="govuk-link" to={`/strategy/actions/${action.id}`}>
                  {action.code} {action.title}
                </Link>
              </h4>
              <p className="govuk-body-s">
                <ActionStatusTag status={action.status} />
                {action.level ? (
                  <>
                    {" "}
                    Families involved: <strong>{t(LEVEL_KEYS[action.level].label)}</strong>.
                  </>
                ) : null}
                {action.dueDate ? <> Due {formatDate(action.dueDate)}.</> : null}
              </p>
              {action.suggestions.length === 0 && action.activities.length === 0 ? (
                <p className="govuk-body-s">No suggestions or activities linked in this period.</p>
              ) : null}
              {action.activities.length ? (
                <>
                  <p className="govuk-body govuk-!-margin-bottom-1">Shaped by:</p>
                  <ul className="govuk-list govuk-list--bullet">
                    {action.activities.map((a) => (
                      <li key={a.key}>
                        <ActivityName activity={a} />
                        {a.measures.length
                          ? ` (${a.measures.map((m) => `${m.count} ${m.label.toLowerCase()}`).join(", ")})`
                          : " (held outside this period)"}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {action.suggestions.length ? (
                <table className="govuk-table">
                  <caption className="govuk-table__caption govuk-table__caption--s">Suggestions linked to {action.code}</caption>
                  <thead className="govuk-table__head">
                    <tr className="govuk-table__row">
                      <th scope="col" className="govuk-table__header">
                        You said
                      </th>
                      <th scope="col" className="govuk-table__header">
                        From
                      </th>
                      <th scope="col" className="govuk-table__header">
                        First response
                      </th>
                      <th scope="col" className="govuk-table__header">
                        We did
                      </th>
                    </tr>
                  </thead>
                  <tbody className="govuk-table__body">
                    {action.suggestions.map((s) => {
                      const activity = s.activityKey ? activityByKey.get(s.activityKey) : undefined;
                      return (
                        <tr className="govuk-table__row" key={s.id}>
                          <td className="govuk-table__cell">
                            <span className="govuk-body-s">{s.reference}</span> {s.publicWording || <em>Not yet worded for the public</em>}
                          </td>
                          <td className="govuk-table__cell">
                            {activity ? <ActivityName activity={activity} /> : s.source}
                            <br />
                            <span className="govuk-body-s">{formatDate(s.received)}</span>
                          </td>
                          <td className="govuk-table__cell">
                            {s.firstResponse
                              ? `${s.workingDays} working ${s.workingDays === 1 ? "day" : "days"}`
                              : `Waiting ${s.workingDays} working ${s.workingDays === 1 ? "day" : "days"}`}
                            {s.withinTarget ? " (within target)" : " (over target)"}
                          </td>
                          <td className="govuk-table__cell">
                            <SuggestionStatusTag status={s.status} />
                            {s.outcome ? (
                              <p className="govuk-body-s govuk-!-margin-top-1">
                                {s.outcome} ({formatDate(s.outcomeDate)}
                                {s.agreedWithForum ? ", agreed with the parent carer forum" : ""})
                              </p>
                            ) : null}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              ) : null}
            </div>
          ))}
        </section>
      ))}

      <h2 className="govuk-heading-m" id="reach">
        Who took part
      </h2>
      <p className="govuk-body">
        By who people said they are, for each activity in the period. Look for the empty columns: whose voices are missing?
      </p>
      <table className="govuk-table">
        <caption className="govuk-visually-hidden">People taking part in each activity, by kind of participant</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Activity
            </th>
            {REACH_KINDS.map((k) => (
              <th key={k} scope="col" className="govuk-table__header govuk-table__header--numeric">
                {REACH_LABELS[k]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {report.activities
            .filter((a) => a.measures.length)
            .map((a) => (
              <tr className="govuk-table__row" key={a.key}>
                <th scope="row" className="govuk-table__header">
                  <ActivityName activity={a} />
                  <br />
                  <span className="govuk-body-s">{formatDate(a.date)}</span>
                </th>
                {REACH_KINDS.map((k) => (
                  <td key={k} className="govuk-table__cell govuk-table__cell--numeric">
                    {a.reach[k]}
                  </td>
                ))}
              </tr>
            ))}
          <tr className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              All activities
            </th>
            {REACH_KINDS.map((k) => (
              <td key={k} className="govuk-table__cell govuk-table__cell--numeric">
                <strong>{report.reachTotals[k]}</strong>
              </td>
            ))}
          </tr>
        </tbody>
      </table>

      <h2 className="govuk-heading-m">Key messages published</h2>
      {report.keyMessages.length ? (
        <table className="govuk-table">
          <caption className="govuk-visually-hidden">Key messages from “What you told us” pages for the period</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Key message
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Items in the period
              </th>
              <th scope="col" className="govuk-table__header">
                Raised by
              </th>
              <th scope="col" className="govuk-table__header">
                Actions
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {report.keyMessages.map((k) => (
              <tr className="govuk-table__row" key={`${k.reportId}-${k.theme}`}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/what-you-told-us/${k.reportId}`}>
                    {k.theme}
                  </Link>
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{k.count}</td>
                <td className="govuk-table__cell">{k.raisedBy}</td>
                <td className="govuk-table__cell">{k.actions || "None yet"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="govuk-body">No “What you told us” page has been published for this period.</p>
      )}

      <h2 className="govuk-heading-m">How these figures are counted</h2>
      <dl className="govuk-summary-list">
        {report.definitions.map(([term, meaning]) => (
          <div className="govuk-summary-list__row" key={term}>
            <dt className="govuk-summary-list__key">{term}</dt>
            <dd className="govuk-summary-list__value">{meaning}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { ToldTable } from "~/components/told";
import { ActionStatusTag, SuggestionStatusTag } from "~/components/status";
import { requirePermission } from "~/modules/auth/permissions.server";
import { evidenceReport, type Activity } from "~/modules/impact/evidence.server";
import { REACH_KINDS, type ReachKind } from "~/modules/impact/evidence";
import { ACTIVITY_NAME_KEYS } from "~/modules/activities/activity";
import { LEVEL_KEYS } from "~/modules/impact/levels";
import { periodParams } from "~/utils/query.server";
import { PeriodFields } from "~/components/page";
import { useRootData } from "~/root";
import { formatDate } from "~/utils/dates";
import { metaText, useT } from "~/components/i18n";

// The inspection evidence report: what changed because families told us, for a period.
// Printable (the browser's print button), and the same figures as a CSV.

const REACH_KEYS: Record<ReachKind, string> = {
  parent_carer: "evidence.reach.parent_carer",
  young_person: "evidence.reach.young_person",
  professional: "evidence.reach.professional",
  other: "evidence.reach.other",
};

export const meta: MetaFunction = () => [{ title: metaText("manage.events.evidence") }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "evidence:view");
  const { from, to } = periodParams(new URL(request.url).searchParams, 365);
  return json({ report: evidenceReport(from, to) });
}

function ActivityName({ activity }: { activity: Activity }) {
  const { t } = useT();
  return (
    <>
      {t(ACTIVITY_NAME_KEYS[activity.kind])}: {activity.title}
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
  const { t, rich, lang } = useT();
  const activityByKey = new Map(report.activities.map((a) => [a.key, a]));
  const query = `from=${report.from}&to=${report.to}`;
  return (
    <>
      <span className="govuk-caption-l">{root?.area.areaName}</span>
      <h1 className="govuk-heading-l">{t("evidence.heading")}</h1>
      <p className="govuk-body-l">{t("manage.surveys.period", { from: formatDate(report.from, lang), to: formatDate(report.to, lang) })}</p>
      <Form method="get" className="app-no-print govuk-!-margin-bottom-6">
        <PeriodFields from={report.from} to={report.to} />
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          {t("report.show")}
        </button>
        <p className="govuk-body">
          {rich("evidence.download", {
            link: (parts) => (
              <a className="govuk-link" href={`/manage/evidence.csv?${query}`}>
                {parts}
              </a>
            ),
          })}
        </p>
      </Form>

      <h2 className="govuk-heading-m">{t("evidence.period")}</h2>
      <table className="govuk-table">
        <caption className="govuk-visually-hidden">{t("evidence.figures")}</caption>
        <tbody className="govuk-table__body">
          {[
            [t("evidence.received"), totals.suggestions],
            [t("evidence.linked"), totals.linked],
            [t("evidence.withOutcome"), totals.withOutcome],
            [
              t("evidence.withinTarget", { days: report.responseDays }),
              t("manage.reviews.doc.of", { n: totals.withinTarget, total: totals.suggestions }),
            ],
            [t("evidence.median"), totals.medianDaysToFirstResponse ?? t("manage.groups.noneYet")],
            ...report.measureTotals.map((m) => [t(m.total), m.count] as const),
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

      <h2 className="govuk-heading-m">{t("evidence.told")}</h2>
      <ToldTable told={report.told} />

      <h2 className="govuk-heading-m">{t("evidence.byArea")}</h2>
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
                  <> {rich("evidence.involved", { level: t(LEVEL_KEYS[action.level].label), strong: (parts) => <strong>{parts}</strong> })}</>
                ) : null}
                {action.dueDate ? ` ${t("evidence.due", { date: formatDate(action.dueDate, lang) })}` : null}
              </p>
              {action.suggestions.length === 0 && action.activities.length === 0 ? (
                <p className="govuk-body-s">{t("evidence.nothingLinked")}</p>
              ) : null}
              {action.activities.length ? (
                <>
                  <p className="govuk-body govuk-!-margin-bottom-1">{t("evidence.shapedBy")}</p>
                  <ul className="govuk-list govuk-list--bullet">
                    {action.activities.map((a) => (
                      <li key={a.key}>
                        <ActivityName activity={a} />
                        {a.measures.length
                          ? ` (${a.measures.map((m) => `${m.count} ${t(m.label).toLowerCase()}`).join(", ")})`
                          : ` ${t("evidence.outside")}`}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {action.suggestions.length ? (
                <table className="govuk-table">
                  <caption className="govuk-table__caption govuk-table__caption--s">{t("evidence.linkedTo", { code: action.code })}</caption>
                  <thead className="govuk-table__head">
                    <tr className="govuk-table__row">
                      <th scope="col" className="govuk-table__header">
                        {t("report.youSaid")}
                      </th>
                      <th scope="col" className="govuk-table__header">
                        {t("themes.page.from")}
                      </th>
                      <th scope="col" className="govuk-table__header">
                        {t("evidence.firstResponse")}
                      </th>
                      <th scope="col" className="govuk-table__header">
                        {t("report.weDid")}
                      </th>
                    </tr>
                  </thead>
                  <tbody className="govuk-table__body">
                    {action.suggestions.map((s) => {
                      const activity = s.activityKey ? activityByKey.get(s.activityKey) : undefined;
                      return (
                        <tr className="govuk-table__row" key={s.id}>
                          <td className="govuk-table__cell">
                            <span className="govuk-body-s">{s.reference}</span> {s.publicWording || <em>{t("evidence.notWorded")}</em>}
                          </td>
                          <td className="govuk-table__cell">
                            {activity ? <ActivityName activity={activity} /> : s.source}
                            <br />
                            <span className="govuk-body-s">{formatDate(s.received, lang)}</span>
                          </td>
                          <td className="govuk-table__cell">
                            {s.firstResponse
                              ? t("manage.dashboard.days", { count: s.workingDays })
                              : t("evidence.waiting", { days: t("manage.dashboard.days", { count: s.workingDays }) })}{" "}
                            {s.withinTarget ? t("evidence.within") : t("evidence.over")}
                          </td>
                          <td className="govuk-table__cell">
                            <SuggestionStatusTag status={s.status} />
                            {s.outcome ? (
                              <p className="govuk-body-s govuk-!-margin-top-1">
                                {s.outcome} ({formatDate(s.outcomeDate, lang)}
                                {s.agreedWithForum ? `, ${t("evidence.agreed")}` : ""})
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
        {t("evidence.who")}
      </h2>
      <p className="govuk-body">{t("evidence.who.lead")}</p>
      <table className="govuk-table">
        <caption className="govuk-visually-hidden">{t("evidence.reachCaption")}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              {t("evidence.activity")}
            </th>
            {REACH_KINDS.map((k) => (
              <th key={k} scope="col" className="govuk-table__header govuk-table__header--numeric">
                {t(REACH_KEYS[k])}
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
                  <span className="govuk-body-s">{formatDate(a.date, lang)}</span>
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
              {t("evidence.allActivities")}
            </th>
            {REACH_KINDS.map((k) => (
              <td key={k} className="govuk-table__cell govuk-table__cell--numeric">
                <strong>{report.reachTotals[k]}</strong>
              </td>
            ))}
          </tr>
        </tbody>
      </table>

      <h2 className="govuk-heading-m">{t("evidence.keyMessages")}</h2>
      {report.keyMessages.length ? (
        <table className="govuk-table">
          <caption className="govuk-visually-hidden">{t("evidence.keyCaption")}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                {t("manage.translations.field.themeName")}
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                {t("evidence.itemsInPeriod")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("evidence.raisedBy")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("themes.actionsColumn")}
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
                <td className="govuk-table__cell">{k.actions || t("manage.groups.noneYet")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="govuk-body">{t("evidence.noKeyMessages")}</p>
      )}

      <h2 className="govuk-heading-m">{t("evidence.definitions")}</h2>
      <dl className="govuk-summary-list">
        {report.definitions.map(([term, meaning]) => (
          <div className="govuk-summary-list__row" key={term}>
            <dt className="govuk-summary-list__key">{t(term)}</dt>
            <dd className="govuk-summary-list__value">{t(meaning)}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

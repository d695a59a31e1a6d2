import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { BackLink } from "~/components/page";
import { requirePermission } from "~/modules/auth/permissions.server";
import { eventsReport } from "~/modules/events/heard.server";
import { formatEventTime } from "~/modules/events/labels";
import { metaText, useT } from "~/components/i18n";

export const meta: MetaFunction = () => [{ title: metaText("manage.eventsReport.title") }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "event:manage");
  return json({ events: eventsReport() });
}

export default function EventsReport() {
  const { t, lang } = useT();
  const { events } = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink to="/manage/events">{t("manage.events.all")}</BackLink>
      <h1 className="govuk-heading-l">{t("manage.eventsReport.title")}</h1>
      <p className="govuk-body">{t("manage.eventsReport.lead")}</p>
      <table className="govuk-table">
        <caption className="govuk-visually-hidden">{t("manage.eventsReport.caption")}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              {t("manage.events.event")}
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {t("manage.event.bookedColumn")}
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {t("manage.event.came")}
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {t("manage.event.noShows")}
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {t("manage.event.walkIns")}
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {t("manage.eventsReport.byRole")}
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {t("manage.eventsReport.points")}
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {t("manage.eventsReport.withOutcome")}
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {events.map((e) => (
            <tr className="govuk-table__row" key={e.id}>
              <td className="govuk-table__cell">
                <Link className="govuk-link" to={`/manage/events/${e.id}`}>
                  {e.title}
                </Link>
                <br />
                <span className="govuk-body-s">{formatEventTime(e.startsAt, e.endsAt, lang)}</span>
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{e.total.registered}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{e.total.attended}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{e.total.noShows}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{e.total.walkIns}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{e.byRole.map((r) => r.attended + r.walkIns).join(" / ")}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{e.points}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{e.withOutcome}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

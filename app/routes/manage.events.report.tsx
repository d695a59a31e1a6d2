import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { BackLink } from "~/components/page";
import { requirePermission } from "~/modules/auth/permissions.server";
import { eventsReport } from "~/modules/events/heard.server";
import { formatEventTime } from "~/modules/events/labels";
import { useT } from "~/components/i18n";

export const meta: MetaFunction = () => [{ title: "Events report" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "event:manage");
  return json({ events: eventsReport() });
}

export default function EventsReport() {
  const { lang } = useT();
  const { events } = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink to="/manage/events">All events</BackLink>
      <h1 className="govuk-heading-l">Events report</h1>
      <p className="govuk-body">Past events, newest first: who booked, who came, and what became of what was heard.</p>
      <table className="govuk-table">
        <caption className="govuk-visually-hidden">Attendance and points heard at each past event</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Event
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Booked
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Came
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              No-shows
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Walk-ins
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Parent carers / young people / professionals who came
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Points heard
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              With an outcome
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

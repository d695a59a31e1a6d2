import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/modules/auth/permissions.server";
import { checkInList } from "~/modules/events/attendance.server";
import { eventForEditing } from "~/modules/events/events.server";
import { ATTENDEE_ROLE_LABELS, formatEventTime } from "~/modules/events/labels";
import { found, routeId } from "~/utils/query.server";
import { metaText, useT } from "~/components/i18n";

// A printable sign-in sheet for the door.

export const meta: MetaFunction = () => [{ title: metaText("manage.sheet.title") }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "event:manage");
  const id = routeId(params.id);
  const event = found(eventForEditing(id));
  return json({ title: event.title, startsAt: event.startsAt, endsAt: event.endsAt, people: checkInList(id).filter((p) => !p.walkIn) });
}

export default function SignInSheet() {
  const { t, lang } = useT();
  const { title, startsAt, endsAt, people } = useLoaderData<typeof loader>();
  return (
    <>
      <span className="govuk-caption-m">{formatEventTime(startsAt, endsAt, lang)}</span>
      <h1 className="govuk-heading-l">{t("manage.sheet.heading", { title })}</h1>
      <p className="govuk-body app-no-print">{t("manage.sheet.print")}</p>
      <table className="govuk-table app-sign-in-sheet">
        <caption className="govuk-visually-hidden">{t("manage.sheet.people")}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              {t("manage.groups.name")}
            </th>
            <th scope="col" className="govuk-table__header">
              {t("manage.event.who")}
            </th>
            <th scope="col" className="govuk-table__header">
              {t("manage.event.places")}
            </th>
            <th scope="col" className="govuk-table__header">
              {t("manage.sheet.signature")}
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {people.map((p) => (
            <tr className="govuk-table__row" key={p.id}>
              <td className="govuk-table__cell">{p.name}</td>
              <td className="govuk-table__cell">{t(ATTENDEE_ROLE_LABELS[p.role])}</td>
              <td className="govuk-table__cell">{p.places}</td>
              <td className="govuk-table__cell" />
            </tr>
          ))}
          {Array.from({ length: 10 }, (_, i) => (
            <tr className="govuk-table__row" key={`blank-${i}`}>
              <td className="govuk-table__cell" />
              <td className="govuk-table__cell" />
              <td className="govuk-table__cell" />
              <td className="govuk-table__cell" />
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

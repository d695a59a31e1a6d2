import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { NotificationBanner } from "~/components/page";
import { PersonStatus, ROLE_DETAILS } from "~/components/people";
import { listPeople } from "~/modules/auth/accounts.server";
import { requirePermission } from "~/modules/auth/permissions.server";
import { metaText, useT } from "~/components/i18n";

export const meta: MetaFunction = () => [{ title: metaText("manage.dashboard.people") }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "people:manage");
  return json({ people: listPeople() });
}

export default function People() {
  const { people } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const invited = params.get("invited");
  const { t } = useT();
  return (
    <>
      {invited ? (
        <NotificationBanner success>
          <p className="govuk-notification-banner__heading">{t("admin.people.invitedTo", { email: invited })}</p>
        </NotificationBanner>
      ) : null}
      <h1 className="govuk-heading-l">{t("manage.dashboard.people")}</h1>
      <Link to="/admin/people/invite" className="govuk-button" data-module="govuk-button">
        {t("admin.people.invite")}
      </Link>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{t("admin.people.count", { count: people.length })}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              {t("manage.groups.name")}
            </th>
            <th scope="col" className="govuk-table__header">
              {t("validation.email.label")}
            </th>
            <th scope="col" className="govuk-table__header">
              {t("admin.people.roles")}
            </th>
            <th scope="col" className="govuk-table__header">
              {t("groups.statusLabel")}
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {people.map((person) => (
            <tr className="govuk-table__row" key={person.id}>
              <td className="govuk-table__cell">
                <Link className="govuk-link" to={`/admin/people/${person.id}`}>
                  {person.name}
                </Link>
              </td>
              <td className="govuk-table__cell">{person.email}</td>
              <td className="govuk-table__cell">{person.roles.map((r) => t(ROLE_DETAILS[r].name)).join(", ")}</td>
              <td className="govuk-table__cell">
                <PersonStatus person={person} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

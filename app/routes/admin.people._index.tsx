import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { NotificationBanner } from "~/components/page";
import { PersonStatus, ROLE_DETAILS } from "~/components/people";
import { listPeople } from "~/modules/auth/accounts.server";
import { requirePermission } from "~/modules/auth/permissions.server";

export const meta: MetaFunction = () => [{ title: "People and roles" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "people:manage");
  return json({ people: listPeople() });
}

export default function People() {
  const { people } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const invited = params.get("invited");
  return (
    <>
      {invited ? (
        <NotificationBanner success>
          <p className="govuk-notification-banner__heading">We have emailed an invitation to {invited}.</p>
        </NotificationBanner>
      ) : null}
      <h1 className="govuk-heading-l">People and roles</h1>
      <Link to="/admin/people/invite" className="govuk-button" data-module="govuk-button">
        Invite someone
      </Link>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{people.length} people have accounts</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Name
            </th>
            <th scope="col" className="govuk-table__header">
              Email address
            </th>
            <th scope="col" className="govuk-table__header">
              Roles
            </th>
            <th scope="col" className="govuk-table__header">
              Status
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
              <td className="govuk-table__cell">{person.roles.map((r) => ROLE_DETAILS[r].name).join(", ")}</td>
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

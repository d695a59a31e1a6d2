import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Button } from "~/components/form";
import { formatDateTime } from "~/components/page";
import { can, requirePermission } from "~/modules/auth/permissions.server";
import { outboxStatus, retryMessage } from "~/modules/notifications/outbox.server";

export const meta: MetaFunction = () => [{ title: "Manage" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "outbox:view");
  return json({
    name: user.name,
    canManagePeople: can(user, "people:manage"),
    canManageSettings: can(user, "settings:manage"),
    email: outboxStatus(),
  });
}

export async function action({ request }: ActionFunctionArgs) {
  await requirePermission(request, "outbox:view");
  const id = Number((await request.formData()).get("messageId"));
  if (Number.isInteger(id)) retryMessage(id);
  return redirect("/manage");
}

export default function Manage() {
  const { name, canManagePeople, canManageSettings, email } = useLoaderData<typeof loader>();
  return (
    <>
      <span className="govuk-caption-l">{name}</span>
      <h1 className="govuk-heading-l">Manage</h1>
      {canManagePeople || canManageSettings ? (
        <>
          <h2 className="govuk-heading-m">Administration</h2>
          <ul className="govuk-list">
            {canManagePeople ? (
              <li>
                <Link className="govuk-link" to="/admin/people">
                  People and roles
                </Link>
              </li>
            ) : null}
            {canManageSettings ? (
              <li>
                <Link className="govuk-link" to="/admin/settings">
                  Settings
                </Link>
              </li>
            ) : null}
          </ul>
        </>
      ) : null}
      <h2 className="govuk-heading-m">Emails</h2>
      <p className="govuk-body">
        {email.sent} sent, {email.pending} waiting to be sent, {email.failed} could not be sent.
      </p>
      {email.problems.length ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">Emails that have not gone yet</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">To</th>
              <th scope="col" className="govuk-table__header">Subject</th>
              <th scope="col" className="govuk-table__header">Tries</th>
              <th scope="col" className="govuk-table__header">Problem</th>
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {email.problems.map((message) => (
              <tr className="govuk-table__row" key={message.id}>
                <td className="govuk-table__cell">{message.toAddress}</td>
                <td className="govuk-table__cell">{message.subject}</td>
                <td className="govuk-table__cell">{message.attempts}</td>
                <td className="govuk-table__cell">
                  {message.lastError}
                  {message.status === "failed" ? null : <> (next try {formatDateTime(message.nextAttemptAt)})</>}
                </td>
                <td className="govuk-table__cell">
                  {message.status === "failed" ? (
                    <Form method="post">
                      <input type="hidden" name="messageId" value={message.id} />
                      <Button secondary>
                        Try again<span className="govuk-visually-hidden"> to send to {message.toAddress}</span>
                      </Button>
                    </Form>
                  ) : (
                    "Will retry"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="govuk-body">Every email has been sent.</p>
      )}
    </>
  );
}

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ROLES } from "~db/schema/enums";
import { Button, Checkboxes, ErrorSummary, useSavedKey } from "~/components/form";
import { BackLink } from "~/components/page";
import { ASSIGNABLE_ROLES, PersonStatus, ROLE_DETAILS } from "~/components/people";
import { deactivatePerson, getPerson, reactivatePerson, setRoles } from "~/modules/auth/accounts.server";
import { requirePermission } from "~/modules/auth/permissions.server";
import { choices, parseForm, invalid } from "~/utils/validation.server";
import { found } from "~/utils/query.server";
import { formatDateTime } from "~/utils/dates";
import { redirectWithMessage } from "~/utils/flash.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.person.name}: people and roles` : "Person" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const admin = await requirePermission(request, "people:manage");
  const person = found(getPerson(params.userId ?? ""));
  return json({ person, isSelf: person.id === admin.id });
}

// A function, so the client bundle (which has no server modules) never builds it.
const rolesSchema = () => z.object({ roles: choices(ROLES, "Choose roles from the list") });

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "people:manage");
  const person = found(getPerson(params.userId ?? ""));
  const formData = await request.formData();
  const intent = formData.get("intent");
  const here = `/admin/people/${person.id}`;
  if (intent === "roles") {
    const parsed = parseForm(formData, rolesSchema());
    if (!parsed.ok) return invalid(formData, parsed.errors);
    const result = setRoles(person.id, parsed.data.roles, admin.id);
    if (result.status === "refused") return invalid(formData, { roles: result.reason });
    return redirectWithMessage(here, "Roles saved.");
  }
  if (intent === "deactivate") {
    const result = await deactivatePerson(person.id, admin.id);
    if (result.status === "refused") return invalid(formData, { form: result.reason });
    return redirectWithMessage(here, "Account deactivated. They have been signed out everywhere.");
  }
  if (intent === "reactivate") {
    reactivatePerson(person.id);
    return redirectWithMessage(here, "Account reactivated. They can sign in again.");
  }
  return invalid(formData, { form: "Choose what to do" });
}

export default function Person() {
  const { person, isSelf } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const formsKey = useSavedKey(data);
  return (
    <div key={formsKey} className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/admin/people">All people</BackLink>
        <ErrorSummary />
        <h1 className="govuk-heading-l">{person.name}</h1>
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Email address</dt>
            <dd className="govuk-summary-list__value">{person.email}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Status</dt>
            <dd className="govuk-summary-list__value">
              <PersonStatus person={person} />
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Account created</dt>
            <dd className="govuk-summary-list__value">{formatDateTime(person.createdAt)}</dd>
          </div>
        </dl>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="roles" />
          <Checkboxes
            name="roles"
            legend={<h2 className="govuk-fieldset__heading">Roles</h2>}
            legendClass="govuk-fieldset__legend--m"
            hint="Everyone is a member."
            options={ASSIGNABLE_ROLES.map((role) => ({
              value: role,
              label: ROLE_DETAILS[role].name,
              hint: ROLE_DETAILS[role].description,
            }))}
            defaultValues={person.roles}
            values={data && "roles" in data.errors ? data.values : undefined}
          />
          <Button>Save roles</Button>
        </Form>
        {isSelf ? null : (
          <>
            <h2 className="govuk-heading-m">Access</h2>
            {person.deactivatedAt ? (
              <Form method="post">
                <p className="govuk-body">This account was deactivated on {formatDateTime(person.deactivatedAt)}.</p>
                <Button secondary name="intent" value="reactivate">
                  Reactivate account
                </Button>
              </Form>
            ) : (
              <Form method="post">
                <p className="govuk-body">Deactivating stops them signing in and signs them out everywhere at once. You can reactivate it later.</p>
                <Button warning name="intent" value="deactivate">
                  Deactivate account
                </Button>
              </Form>
            )}
          </>
        )}
      </div>
    </div>
  );
}

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { z } from "zod";
import { ROLES } from "~db/schema/enums";
import { Button, Checkboxes, ErrorSummary, TextInput } from "~/components/form";
import { BackLink } from "~/components/page";
import { ASSIGNABLE_ROLES, ROLE_DETAILS } from "~/components/people";
import { invitePerson } from "~/modules/auth/accounts.server";
import { requirePermission } from "~/modules/auth/permissions.server";
import { choices, email, parseForm, textField } from "~/utils/validation.server";

export const meta: MetaFunction = () => [{ title: "Invite someone" }];

// A function, so the client bundle (which has no server modules) never builds it.
const schema = () =>
  z.object({
    name: textField("Their name", { max: 100, required: "Enter their name" }),
    email: email("Email address", "Enter their email address"),
    roles: choices(ROLES, "Choose roles from the list"),
  });

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "people:manage");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "people:manage");
  const parsed = parseForm(await request.formData(), schema());
  if (!parsed.ok) return json({ errors: parsed.errors, values: parsed.values, existingId: null }, { status: 400 });
  const result = invitePerson({ ...parsed.data, invitedBy: admin });
  if (result.status === "exists") {
    return json(
      {
        errors: { email: "This person already has an account. Change their roles from their page instead." },
        values: parsed.data,
        existingId: result.userId,
      },
      { status: 400 },
    );
  }
  return redirect(`/admin/people?invited=${encodeURIComponent(parsed.data.email)}`);
}

export default function Invite() {
  const data = useActionData<typeof action>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/admin/people" />
        <ErrorSummary />
        <h1 className="govuk-heading-l">Invite someone</h1>
        <p className="govuk-body">We will email them a link to choose a password. The link works for 7 days.</p>
        {data?.existingId ? (
          <p className="govuk-body">
            <Link className="govuk-link" to={`/admin/people/${data.existingId}`}>
              Go to their page
            </Link>
          </p>
        ) : null}
        <Form method="post" noValidate>
          <TextInput name="name" label="Their name" spellCheck={false} />
          <TextInput name="email" type="email" label="Their email address" spellCheck={false} />
          <Checkboxes
            name="roles"
            legend="What will they do?"
            hint="Everyone is a member. Choose any other roles they need."
            options={ASSIGNABLE_ROLES.map((role) => ({
              value: role,
              label: ROLE_DETAILS[role].name,
              hint: ROLE_DETAILS[role].description,
            }))}
          />
          <Button>Send invitation</Button>
        </Form>
      </div>
    </div>
  );
}

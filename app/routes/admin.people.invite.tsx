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
import { metaText, useT } from "~/components/i18n";
import { translate } from "~/modules/i18n/catalogue.server";

export const meta: MetaFunction = () => [{ title: metaText("admin.people.invite") }];

// A function, so the client bundle (which has no server modules) never builds it.
const schema = () =>
  z.object({
    name: textField(translate("manage.checkIn.name"), { max: 100, required: translate("manage.checkIn.nameRequired") }),
    email: email(translate("validation.email.label"), translate("admin.people.emailRequired")),
    roles: choices(ROLES, translate("admin.people.rolesFromList")),
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
        errors: { email: translate("admin.people.exists") },
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
  const { t } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/admin/people" />
        <ErrorSummary />
        <h1 className="govuk-heading-l">{t("admin.people.invite")}</h1>
        <p className="govuk-body">{t("admin.people.invite.lead")}</p>
        {data?.existingId ? (
          <p className="govuk-body">
            <Link className="govuk-link" to={`/admin/people/${data.existingId}`}>
              {t("admin.people.theirPage")}
            </Link>
          </p>
        ) : null}
        <Form method="post" noValidate>
          <TextInput name="name" label={t("manage.checkIn.name")} spellCheck={false} />
          <TextInput name="email" type="email" label={t("admin.people.theirEmail")} spellCheck={false} />
          <Checkboxes
            name="roles"
            legend={t("admin.people.what")}
            hint={t("admin.people.what.hint")}
            options={ASSIGNABLE_ROLES.map((role) => ({
              value: role,
              label: t(ROLE_DETAILS[role].name),
              hint: t(ROLE_DETAILS[role].description),
            }))}
          />
          <Button>{t("admin.people.send")}</Button>
        </Form>
      </div>
    </div>
  );
}

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
import { removeTwoFactor, twoFactorStatus } from "~/modules/auth/two-factor.server";
import { choices, parseForm, invalid } from "~/utils/validation.server";
import { found } from "~/utils/query.server";
import { formatDateTime } from "~/utils/dates";
import { redirectWithMessage } from "~/utils/flash.server";
import { metaText, useT } from "~/components/i18n";
import { translate } from "~/modules/i18n/catalogue.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? metaText("admin.person.metaTitle", { name: data.person.name }) : metaText("manage.dashboard.people") },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const admin = await requirePermission(request, "people:manage");
  const person = found(getPerson(params.userId ?? ""));
  const twoFactor = twoFactorStatus(person.id);
  return json({ person, isSelf: person.id === admin.id, twoFactorSince: twoFactor.state === "on" ? twoFactor.since.toISOString() : null });
}

// A function, so the client bundle (which has no server modules) never builds it.
const rolesSchema = () => z.object({ roles: choices(ROLES, translate("admin.people.rolesFromList")) });

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
    return redirectWithMessage(here, translate("admin.person.rolesSaved"));
  }
  if (intent === "deactivate") {
    const result = await deactivatePerson(person.id, admin.id);
    if (result.status === "refused") return invalid(formData, { form: result.reason });
    return redirectWithMessage(here, translate("admin.person.deactivatedFlash"));
  }
  // For someone who lost their phone and their recovery codes: signed out, they set it up again.
  if (intent === "reset-two-factor" && person.id !== admin.id) {
    removeTwoFactor(person.id, "admin");
    return redirectWithMessage(here, translate("admin.person.twoFactor.resetDone"));
  }
  if (intent === "reactivate") {
    reactivatePerson(person.id);
    return redirectWithMessage(here, translate("admin.person.reactivatedFlash"));
  }
  return invalid(formData, { form: translate("groups.error.chooseWhat") });
}

export default function Person() {
  const { person, isSelf, twoFactorSince } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const formsKey = useSavedKey(data);
  const { t, lang } = useT();
  return (
    <div key={formsKey} className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/admin/people">{t("admin.person.all")}</BackLink>
        <ErrorSummary />
        <h1 className="govuk-heading-l">{person.name}</h1>
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t("validation.email.label")}</dt>
            <dd className="govuk-summary-list__value">{person.email}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t("groups.statusLabel")}</dt>
            <dd className="govuk-summary-list__value">
              <PersonStatus person={person} />
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t("admin.person.created")}</dt>
            <dd className="govuk-summary-list__value">{formatDateTime(person.createdAt, lang)}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t("twoFactor.heading")}</dt>
            <dd className="govuk-summary-list__value">
              {twoFactorSince ? t("admin.person.twoFactor.on", { when: formatDateTime(twoFactorSince, lang) }) : t("admin.person.twoFactor.off")}
            </dd>
          </div>
        </dl>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="roles" />
          <Checkboxes
            name="roles"
            legend={<h2 className="govuk-fieldset__heading">{t("admin.people.roles")}</h2>}
            legendClass="govuk-fieldset__legend--m"
            hint={t("admin.person.everyone")}
            options={ASSIGNABLE_ROLES.map((role) => ({
              value: role,
              label: t(ROLE_DETAILS[role].name),
              hint: t(ROLE_DETAILS[role].description),
            }))}
            defaultValues={person.roles}
            values={data && "roles" in data.errors ? data.values : undefined}
          />
          <Button>{t("admin.person.saveRoles")}</Button>
        </Form>
        {isSelf ? null : (
          <>
            <h2 className="govuk-heading-m">{t("admin.person.access")}</h2>
            {twoFactorSince ? (
              <Form method="post">
                <p className="govuk-body">{t("admin.person.twoFactor.resetHint")}</p>
                <Button secondary name="intent" value="reset-two-factor">
                  {t("admin.person.twoFactor.reset")}
                </Button>
              </Form>
            ) : null}
            {person.deactivatedAt ? (
              <Form method="post">
                <p className="govuk-body">{t("admin.person.deactivatedOn", { when: formatDateTime(person.deactivatedAt, lang) })}</p>
                <Button secondary name="intent" value="reactivate">
                  {t("admin.person.reactivate")}
                </Button>
              </Form>
            ) : (
              <Form method="post">
                <p className="govuk-body">{t("admin.person.deactivateHint")}</p>
                <Button warning name="intent" value="deactivate">
                  {t("admin.person.deactivate")}
                </Button>
              </Form>
            )}
          </>
        )}
      </div>
    </div>
  );
}

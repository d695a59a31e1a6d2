import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ATTENDEE_ROLES } from "~db/schema/enums";
import { Button, ErrorSummary, Radios, TextInput, useSavedKey } from "~/components/form";
import { BackLink } from "~/components/page";
import { requirePermission } from "~/modules/auth/permissions.server";
import { addWalkIn, attendance, checkIn, checkInList } from "~/modules/events/attendance.server";
import { eventForEditing } from "~/modules/events/events.server";
import { ATTENDEE_ROLE_LABELS } from "~/modules/events/labels";
import { parseForm, textField, invalid } from "~/utils/validation.server";
import { contactFields, readContact } from "~/modules/contact/contact.server";
import { getAreaSettings } from "~/modules/settings/area.server";
import { ContactChoice } from "~/components/contact";
import { found, routeId } from "~/utils/query.server";
import { metaText, useT } from "~/components/i18n";
import { translate } from "~/modules/i18n/catalogue.server";

// Taking attendance on the day, on a phone: one tap per person, and walk-ins.

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? metaText("manage.checkIn.metaTitle", { title: data.title }) : metaText("manage.checkIn.title") },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "event:manage");
  const event = found(eventForEditing(routeId(params.id)));
  const { forumName } = getAreaSettings();
  return json({ id: event.id, title: event.title, people: checkInList(event.id), totals: attendance(event.id).total, forumName });
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requirePermission(request, "event:manage");
  const event = found(eventForEditing(routeId(params.id)));
  const formData = await request.formData();
  if (formData.get("intent") === "walk-in") {
    const parsed = parseForm(
      formData,
      z.object({
        name: textField(translate("manage.checkIn.name"), { max: 100, required: translate("manage.checkIn.nameRequired") }),
        role: z.enum(ATTENDEE_ROLES, { message: translate("manage.checkIn.roleRequired") }),
        ...contactFields(),
      }),
    );
    if (!parsed.ok) return invalid(formData, parsed.errors);
    const contact = readContact(parsed.data);
    if (!contact.ok) return invalid(formData, { [contact.field]: contact.message });
    addWalkIn(event.id, { name: parsed.data.name, role: parsed.data.role, contact: contact.contact });
    return redirect(`/manage/events/${event.id}/check-in#walk-in`);
  }
  const registrationId = Number(formData.get("registrationId"));
  if (Number.isInteger(registrationId)) checkIn(event.id, registrationId, formData.get("intent") === "arrived");
  return redirect(`/manage/events/${event.id}/check-in#person-${registrationId}`);
}

export default function CheckIn() {
  const { t } = useT();
  const { id, title, people, totals, forumName } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const formsKey = useSavedKey(data);
  return (
    <div key={formsKey}>
      <BackLink to={`/manage/events/${id}`}>{t("manage.event.back")}</BackLink>
      <ErrorSummary />
      <span className="govuk-caption-m">{title}</span>
      <h1 className="govuk-heading-l">{t("manage.checkIn.title")}</h1>
      <p className="govuk-body">
        {t("manage.checkIn.here", {
          here: totals.attended + totals.walkIns,
          attended: totals.attended,
          registered: totals.registered,
          walkIns: totals.walkIns,
        })}
      </p>
      <ul className="govuk-list app-check-in">
        {people.map((p) => (
          <li key={p.id} id={`person-${p.id}`} className="app-check-in__person">
            <Form method="post" className="app-check-in__form">
              <input type="hidden" name="registrationId" value={p.id} />
              <span className="govuk-body govuk-!-margin-bottom-0">
                <strong>{p.name}</strong>
                <br />
                <span className="govuk-body-s">
                  {t(ATTENDEE_ROLE_LABELS[p.role])}
                  {p.places > 1 ? `, ${t("manage.checkIn.places", { count: p.places })}` : ""}
                  {p.walkIn ? `, ${t("manage.checkIn.walkIn")}` : ""}
                </span>
              </span>
              {p.attendedAt ? (
                <button
                  type="submit"
                  name="intent"
                  value="not-arrived"
                  className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                  data-module="govuk-button"
                >
                  {t("manage.checkIn.isHere")} <span aria-hidden="true">✓</span>
                  <span className="govuk-visually-hidden">{t("manage.checkIn.undo", { name: p.name })}</span>
                </button>
              ) : (
                <button type="submit" name="intent" value="arrived" className="govuk-button govuk-!-margin-bottom-0" data-module="govuk-button">
                  {t("manage.checkIn.button")}
                  <span className="govuk-visually-hidden"> {p.name}</span>
                </button>
              )}
            </Form>
          </li>
        ))}
      </ul>
      <Form method="post" noValidate id="walk-in">
        <input type="hidden" name="intent" value="walk-in" />
        <h2 className="govuk-heading-m">{t("manage.checkIn.addWalkIn")}</h2>
        <TextInput name="name" label={t("manage.checkIn.name")} />
        <Radios name="role" legend={t("manage.checkIn.who")} options={ATTENDEE_ROLES.map((r) => ({ value: r, label: t(ATTENDEE_ROLE_LABELS[r]) }))} />
        <ContactChoice forumName={forumName} legend={t("manage.checkIn.updates")} />
        <Button secondary>{t("manage.checkIn.add")}</Button>
      </Form>
    </div>
  );
}

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ATTENDEE_ROLES } from "~db/schema/enums";
import { Button, Checkboxes, ErrorSummary, Radios, TextInput, useSavedKey } from "~/components/form";
import { BackLink } from "~/components/page";
import { requirePermission } from "~/modules/auth/permissions.server";
import { addWalkIn, attendance, checkIn, checkInList } from "~/modules/events/attendance.server";
import { eventForEditing } from "~/modules/events/events.server";
import { ATTENDEE_ROLE_LABELS } from "~/modules/events/labels";
import { email, parseForm, textField, invalid } from "~/utils/validation.server";
import { found, routeId } from "~/utils/query.server";
import { useT } from "~/components/i18n";

// Taking attendance on the day, on a phone: one tap per person, and walk-ins.

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `Check in: ${data.title}` : "Check in" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "event:manage");
  const event = found(eventForEditing(routeId(params.id)));
  return json({ id: event.id, title: event.title, people: checkInList(event.id), totals: attendance(event.id).total });
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requirePermission(request, "event:manage");
  const event = found(eventForEditing(routeId(params.id)));
  const formData = await request.formData();
  if (formData.get("intent") === "walk-in") {
    const parsed = parseForm(
      formData,
      z.object({
        name: textField("Their name", { max: 100, required: "Enter their name" }),
        role: z.enum(ATTENDEE_ROLES, { message: "Choose who they are" }),
        email: email("Email address", false),
        wantsUpdates: z.preprocess((v) => v === "yes", z.boolean()),
      }),
    );
    if (!parsed.ok) return invalid(formData, parsed.errors);
    addWalkIn(event.id, parsed.data);
    return redirect(`/manage/events/${event.id}/check-in#walk-in`);
  }
  const registrationId = Number(formData.get("registrationId"));
  if (Number.isInteger(registrationId)) checkIn(event.id, registrationId, formData.get("intent") === "arrived");
  return redirect(`/manage/events/${event.id}/check-in#person-${registrationId}`);
}

export default function CheckIn() {
  const { t } = useT();
  const { id, title, people, totals } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const formsKey = useSavedKey(data);
  return (
    <div key={formsKey}>
      <BackLink to={`/manage/events/${id}`}>Back to the event</BackLink>
      <ErrorSummary />
      <span className="govuk-caption-m">{title}</span>
      <h1 className="govuk-heading-l">Check in</h1>
      <p className="govuk-body">
        {totals.attended + totals.walkIns} here: {totals.attended} of {totals.registered} booked, and {totals.walkIns}{" "}
        {totals.walkIns === 1 ? "walk-in" : "walk-ins"}.
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
                  {p.places > 1 ? `, ${p.places} places` : ""}
                  {p.walkIn ? ", walk-in" : ""}
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
                  Here <span aria-hidden="true">✓</span>
                  <span className="govuk-visually-hidden">: {p.name} is checked in. Undo</span>
                </button>
              ) : (
                <button type="submit" name="intent" value="arrived" className="govuk-button govuk-!-margin-bottom-0" data-module="govuk-button">
                  Check in<span className="govuk-visually-hidden"> {p.name}</span>
                </button>
              )}
            </Form>
          </li>
        ))}
      </ul>
      <Form method="post" noValidate id="walk-in">
        <input type="hidden" name="intent" value="walk-in" />
        <h2 className="govuk-heading-m">Add a walk-in</h2>
        <TextInput name="name" label="Their name" />
        <Radios name="role" legend="Who are they?" options={ATTENDEE_ROLES.map((r) => ({ value: r, label: t(ATTENDEE_ROLE_LABELS[r]) }))} />
        <TextInput name="email" type="email" label="Email address (optional)" hint="To thank them and tell them what happens." />
        <Checkboxes
          name="wantsUpdates"
          legend="Hear what happens (optional)"
          options={[{ value: "yes", label: "They would like emails when what is said here leads to something" }]}
        />
        <Button secondary>Add walk-in</Button>
      </Form>
    </div>
  );
}

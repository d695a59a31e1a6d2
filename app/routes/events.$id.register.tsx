import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ACCESS_NEEDS, ATTENDEE_ROLES } from "~db/schema/enums";
import { Button, Checkboxes, ErrorSummary, Honeypot, Radios, Textarea, TextInput } from "~/components/form";
import { BackLink } from "~/components/page";
import { ukMobile } from "~/modules/contact/contact.server";
import { limitPublicForm, tryAgainMessage } from "~/modules/auth/rate-limit.server";
import { getUser } from "~/modules/auth/session.server";
import { publicEvent, registrationConsent } from "~/modules/events/events.server";
import { translate } from "~/modules/i18n/catalogue.server";
import { register } from "~/modules/events/registrations.server";
import { ACCESS_NEED_LABELS, ATTENDEE_ROLE_LABELS, formatEventTime } from "~/modules/events/labels";
import { choices, email, formValues, isHoneypotFilled, parseForm, textField, invalid } from "~/utils/validation.server";
import { found, routeId } from "~/utils/query.server";
import { metaText, useT, linkPart } from "~/components/i18n";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? metaText("booking.heading", { title: data.event.title }) : metaText("booking.title") },
];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const event = found(publicEvent(routeId(params.id), context.lang));
  const user = await getUser(request);
  return json({ event, consent: registrationConsent(), user: user ? { name: user.name, email: user.email } : null });
}

// A function, so the client bundle (which has no server modules) never builds it.
const schema = (maxPlaces: number) =>
  z.object({
    name: textField(translate("tellUs.name.label"), { max: 100, required: translate("booking.name.required") }),
    email: email(),
    phone: z.preprocess(
      (v) => (typeof v === "string" ? v.trim() : ""),
      z
        .string()
        .max(30, translate("validation.tooLong", { label: translate("booking.phone.name"), max: 30 }))
        .regex(/^[0-9+() -]*$/, translate("booking.phone.format")),
    ),
    role: z.enum(ATTENDEE_ROLES, { message: translate("booking.role.required") }),
    places: z.preprocess(
      (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : undefined),
      z
        .number({ message: translate("booking.places.required") })
        .int(translate("booking.places.whole"))
        .min(1, translate("booking.places.min"))
        .max(maxPlaces, translate("booking.places.max", { max: maxPlaces })),
    ),
    accessNeeds: choices(ACCESS_NEEDS, translate("booking.chooseFromList")),
    accessNotes: textField(translate("booking.accessNotes.name"), { max: 1000, required: false, multiline: true }),
    dietaryNeeds: textField(translate("booking.dietary.name"), { max: 500, required: false, multiline: true }),
    updatesBy: z.enum(["email", "sms", "none"], { message: translate("booking.updatesBy.choose") }).optional(),
    textReminder: z.preprocess((v) => v === "yes", z.boolean()),
    consent: z.literal("yes", { message: translate("booking.consent.required") }),
  });

export async function action({ request, params, context }: ActionFunctionArgs) {
  const event = found(publicEvent(routeId(params.id)));
  const formData = await request.formData();
  if (isHoneypotFilled(formData)) return redirect(`/events/${event.id}`);
  const parsed = parseForm(formData, schema(event.maxPlacesPerRegistration));
  if (!parsed.ok) return invalid(formData, parsed.errors);
  const limited = limitPublicForm("register", context.clientIp);
  if (!limited.ok) return invalid(formData, { form: tryAgainMessage(limited.retryAfterSeconds) }, undefined, 429);
  // A text reminder needs a number that can receive one.
  const reminderPhone = parsed.data.textReminder ? ukMobile(parsed.data.phone) : null;
  if (parsed.data.textReminder && !reminderPhone) return invalid(formData, { phone: translate("booking.textReminder.mobile") });
  // Hearing what happens by text needs a mobile number too.
  const updatesBy = parsed.data.updatesBy ?? "none";
  const updatesPhone = updatesBy === "sms" ? ukMobile(parsed.data.phone) : null;
  if (updatesBy === "sms" && !updatesPhone) return invalid(formData, { phone: translate("booking.updatesBy.mobile") });
  const user = await getUser(request);
  const { consent: _consent, textReminder: _textReminder, updatesBy: _updatesBy, ...details } = parsed.data;
  const result = register({
    eventId: event.id,
    ...details,
    updates: updatesBy === "none" ? null : { channel: updatesBy, phone: updatesPhone },
    reminderPhone,
    userId: user?.id ?? null,
    language: context.lang,
  });
  switch (result.status) {
    case "closed":
      return invalid(formData, { form: translate("booking.closed.error") });
    case "too-many-places":
      return json({ errors: { places: translate("booking.places.max", { max: result.max }) }, values: formValues(formData) }, { status: 400 });
    default:
      // Booked, waiting, or already booked: the same answer, and the email says which. The page
      // must not tell anyone whether an address has booked.
      return redirect("/check-email?reason=booking");
  }
}

export default function Register() {
  const { t, rich, lang } = useT();
  const { event, consent, user } = useLoaderData<typeof loader>();
  if (!event.registrationOpen) {
    return (
      <>
        <BackLink to={`/events/${event.id}`}>{t("booking.backToEvent")}</BackLink>
        <h1 className="govuk-heading-l">{t("booking.closed.heading")}</h1>
        <p className="govuk-body">
          {t("booking.closed.body", { title: event.title })}{" "}
          <Link className="govuk-link" to="/events">
            {t("booking.otherEvents")}
          </Link>
        </p>
      </>
    );
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={`/events/${event.id}`}>{t("booking.backToEvent")}</BackLink>
        <ErrorSummary />
        <span className="govuk-caption-l">{formatEventTime(event.startsAt, event.endsAt, lang)}</span>
        <h1 className="govuk-heading-l">{t("booking.heading", { title: event.title })}</h1>
        {event.placesLeft === 0 ? <p className="govuk-body">{t("booking.full")}</p> : null}
        <Form method="post" noValidate>
          <Honeypot />
          <TextInput name="name" label={t("tellUs.name.label")} autoComplete="name" spellCheck={false} defaultValue={user?.name} />
          <TextInput
            name="email"
            type="email"
            label={t("validation.email.label")}
            hint={t("booking.email.hint")}
            autoComplete="email"
            spellCheck={false}
            defaultValue={user?.email}
          />
          <TextInput
            name="phone"
            type="tel"
            label={t("booking.phone.label")}
            hint={t("booking.phone.hint")}
            autoComplete="tel"
            widthClass="govuk-input--width-20"
          />
          <Checkboxes
            name="textReminder"
            legend={t("booking.textReminder.legend")}
            options={[{ value: "yes", label: t("booking.textReminder"), hint: t("booking.textReminder.hint") }]}
          />
          <Radios
            name="role"
            legend={t("booking.role.legend")}
            options={ATTENDEE_ROLES.map((r) => ({ value: r, label: t(ATTENDEE_ROLE_LABELS[r]) }))}
          />
          <TextInput
            name="places"
            label={t("booking.places.label")}
            hint={t("booking.places.hint", { max: event.maxPlacesPerRegistration })}
            widthClass="govuk-input--width-2"
            defaultValue="1"
          />
          <Checkboxes
            name="accessNeeds"
            legend={t("booking.accessNeeds.legend")}
            hint={t("booking.accessNeeds.hint")}
            options={ACCESS_NEEDS.map((n) => ({ value: n, label: t(ACCESS_NEED_LABELS[n]) }))}
          />
          <Textarea name="accessNotes" label={t("booking.accessNotes.label")} rows={3} />
          <Textarea name="dietaryNeeds" label={t("booking.dietary.label")} rows={2} />
          <Radios
            name="updatesBy"
            legend={t("tellUs.hear.heading")}
            hint={t("booking.updatesBy.hint")}
            options={[
              { value: "email", label: t("booking.updatesBy.email") },
              { value: "sms", label: t("booking.updatesBy.sms") },
              { value: "none", label: t("contact.none") },
            ]}
          />
          <Checkboxes
            name="consent"
            legend={t("booking.consent.legend")}
            hint={
              <>
                {consent}{" "}
                {rich("booking.consent.privacy", {
                  link: linkPart("/privacy"),
                })}
              </>
            }
            options={[{ value: "yes", label: t("tellUs.consent.agree") }]}
          />
          <Button>{event.placesLeft > 0 ? t("booking.book") : t("booking.joinWaitingList")}</Button>
        </Form>
      </div>
    </div>
  );
}

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ACCESS_NEEDS, ATTENDEE_ROLES } from "~db/schema/enums";
import { Button, Checkboxes, ErrorSummary, Honeypot, Radios, Textarea, TextInput } from "~/components/form";
import { BackLink } from "~/components/page";
import { limitPublicForm, tryAgainMessage } from "~/modules/auth/rate-limit.server";
import { getUser } from "~/modules/auth/session.server";
import { publicEvent, REGISTRATION_CONSENT } from "~/modules/events/events.server";
import { register } from "~/modules/events/registrations.server";
import { ACCESS_NEED_LABELS, ATTENDEE_ROLE_LABELS, formatEventTime } from "~/modules/events/labels";
import { choices, email, formValues, isHoneypotFilled, parseForm, textField, invalid } from "~/utils/validation.server";
import { found, routeId } from "~/utils/query.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `Book: ${data.event.title}` : "Book a place" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const event = found(publicEvent(routeId(params.id)));
  const user = await getUser(request);
  return json({ event, consent: REGISTRATION_CONSENT, user: user ? { name: user.name, email: user.email } : null });
}

// A function, so the client bundle (which has no server modules) never builds it.
const schema = (maxPlaces: number) =>
  z.object({
    name: textField("Your name", { max: 100, required: "Enter your name" }),
    email: email(),
    phone: z.preprocess(
      (v) => (typeof v === "string" ? v.trim() : ""),
      z
        .string()
        .max(30, "Phone number must be 30 characters or fewer")
        .regex(/^[0-9+() -]*$/, "Enter a phone number using numbers only, like 01934 888 888"),
    ),
    role: z.enum(ATTENDEE_ROLES, { message: "Tell us who is coming" }),
    places: z.preprocess(
      (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : undefined),
      z
        .number({ message: "Enter how many places you need" })
        .int("Enter a whole number of places")
        .min(1, "You need at least 1 place")
        .max(maxPlaces, `You can book up to ${maxPlaces} places`),
    ),
    accessNeeds: choices(ACCESS_NEEDS, "Choose from the list"),
    accessNotes: textField("Other access needs", { max: 1000, required: false, multiline: true }),
    dietaryNeeds: textField("Dietary needs", { max: 500, required: false, multiline: true }),
    wantsUpdates: z.preprocess((v) => v === "yes", z.boolean()),
    consent: z.literal("yes", { message: "Tick the box to say you agree to how we use your details" }),
  });

export async function action({ request, params, context }: ActionFunctionArgs) {
  const event = found(publicEvent(routeId(params.id)));
  const formData = await request.formData();
  if (isHoneypotFilled(formData)) return redirect(`/events/${event.id}`);
  const parsed = parseForm(formData, schema(event.maxPlacesPerRegistration));
  if (!parsed.ok) return invalid(formData, parsed.errors);
  const limited = limitPublicForm("register", context.clientIp);
  if (!limited.ok) return invalid(formData, { form: tryAgainMessage(limited.retryAfterSeconds) }, undefined, 429);
  const user = await getUser(request);
  const { consent: _consent, ...details } = parsed.data;
  const result = register({ eventId: event.id, ...details, userId: user?.id ?? null });
  switch (result.status) {
    case "closed":
      return invalid(formData, { form: "Booking for this event has closed." });
    case "too-many-places":
      return json({ errors: { places: `You can book up to ${result.max} places` }, values: formValues(formData) }, { status: 400 });
    default:
      // Booked, waiting, or already booked: the same answer, and the email says which. The page
      // must not tell anyone whether an address has booked.
      return redirect("/check-email?reason=booking");
  }
}

export default function Register() {
  const { event, consent, user } = useLoaderData<typeof loader>();
  if (!event.registrationOpen) {
    return (
      <>
        <BackLink to={`/events/${event.id}`}>Back to the event</BackLink>
        <h1 className="govuk-heading-l">Booking has closed</h1>
        <p className="govuk-body">
          You can no longer book for {event.title}.{" "}
          <Link className="govuk-link" to="/events">
            See other events
          </Link>
          .
        </p>
      </>
    );
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={`/events/${event.id}`}>Back to the event</BackLink>
        <ErrorSummary />
        <span className="govuk-caption-l">{formatEventTime(event.startsAt, event.endsAt)}</span>
        <h1 className="govuk-heading-l">Book: {event.title}</h1>
        {event.placesLeft === 0 ? (
          <p className="govuk-body">The event is full. If you book, you will join the waiting list and we will email you if a place comes free.</p>
        ) : null}
        <Form method="post" noValidate>
          <Honeypot />
          <TextInput name="name" label="Your name" autoComplete="name" spellCheck={false} defaultValue={user?.name} />
          <TextInput
            name="email"
            type="email"
            label="Email address"
            hint="We send your booking details here."
            autoComplete="email"
            spellCheck={false}
            defaultValue={user?.email}
          />
          <TextInput
            name="phone"
            type="tel"
            label="Phone number (optional)"
            hint="In case we need to reach you on the day."
            autoComplete="tel"
            widthClass="govuk-input--width-20"
          />
          <Radios name="role" legend="Who is coming?" options={ATTENDEE_ROLES.map((r) => ({ value: r, label: ATTENDEE_ROLE_LABELS[r] }))} />
          <TextInput
            name="places"
            label="How many places do you need?"
            hint={`Up to ${event.maxPlacesPerRegistration}.`}
            widthClass="govuk-input--width-2"
            defaultValue="1"
          />
          <Checkboxes
            name="accessNeeds"
            legend="Do you need any of these to take part? (optional)"
            hint="Only the organisers see this. They will tell you what has been arranged."
            options={ACCESS_NEEDS.map((n) => ({ value: n, label: ACCESS_NEED_LABELS[n] }))}
          />
          <Textarea name="accessNotes" label="Anything else we should know to help you take part? (optional)" rows={3} />
          <Textarea name="dietaryNeeds" label="Dietary needs (optional)" rows={2} />
          <Checkboxes
            name="wantsUpdates"
            legend="Hear what happens (optional)"
            options={[{ value: "yes", label: "Email me when what is said at this event leads to something" }]}
          />
          <Checkboxes
            name="consent"
            legend="How we use your details"
            hint={
              <>
                {consent}{" "}
                <Link className="govuk-link" to="/privacy">
                  Read our privacy notice
                </Link>
                .
              </>
            }
            options={[{ value: "yes", label: "I agree" }]}
          />
          <Button>{event.placesLeft > 0 ? "Book" : "Join the waiting list"}</Button>
        </Form>
      </div>
    </div>
  );
}

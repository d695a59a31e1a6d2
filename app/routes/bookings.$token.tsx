import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { Button } from "~/components/form";
import { NotificationBanner } from "~/components/page";
import { cancelBooking, findBooking } from "~/modules/events/registrations.server";
import { found, notFound } from "~/utils/query.server";

// A person's own booking, reached by the private link in their emails.

export const meta: MetaFunction = () => [{ title: "Your booking" }, { name: "robots", content: "noindex" }];

export function headers() {
  return { "Cache-Control": "private, no-store", "Referrer-Policy": "no-referrer" };
}

export function loader({ params }: LoaderFunctionArgs) {
  const booking = found(findBooking(params.token ?? ""));
  return json({ booking });
}

export function action({ params }: ActionFunctionArgs) {
  const token = params.token ?? "";
  if (!findBooking(token)) throw notFound();
  cancelBooking(token);
  return redirect(`/bookings/${token}?cancelled=1`);
}

export default function Booking() {
  const { booking } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const { event } = booking;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">
          {booking.status === "confirmed" ? "You are booked" : booking.status === "waiting" ? "You are on the waiting list" : "Your booking"}
        </h1>
        {params.get("cancelled") === "1" ? (
          <NotificationBanner success>
            <p className="govuk-notification-banner__heading">Your booking is cancelled. Thank you for letting us know.</p>
          </NotificationBanner>
        ) : null}
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Event</dt>
            <dd className="govuk-summary-list__value">
              <Link className="govuk-link" to={`/events/${event.id}`}>
                {event.title}
              </Link>
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">When</dt>
            <dd className="govuk-summary-list__value">{event.when}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Where</dt>
            <dd className="govuk-summary-list__value">{event.where}</dd>
          </div>
          {event.joiningLink ? (
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Join online</dt>
              <dd className="govuk-summary-list__value">
                <a className="govuk-link" href={event.joiningLink}>
                  {event.joiningLink}
                </a>
              </dd>
            </div>
          ) : null}
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Name</dt>
            <dd className="govuk-summary-list__value">{booking.name}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Status</dt>
            <dd className="govuk-summary-list__value">
              {booking.status === "confirmed"
                ? `Booked: ${booking.places} ${booking.places === 1 ? "place" : "places"}`
                : booking.status === "waiting"
                  ? `Waiting list: number ${booking.position}`
                  : "Cancelled"}
              {event.status === "cancelled" ? " (the event has been cancelled)" : ""}
            </dd>
          </div>
        </dl>
        {booking.status !== "cancelled" && event.status !== "cancelled" ? (
          <Form method="post">
            <h2 className="govuk-heading-m">{booking.status === "confirmed" ? "Cannot come?" : "No longer want a place?"}</h2>
            <p className="govuk-body">Cancelling gives your place to the next person on the waiting list.</p>
            <Button warning>{booking.status === "confirmed" ? "Cancel my booking" : "Leave the waiting list"}</Button>
          </Form>
        ) : null}
      </div>
    </div>
  );
}

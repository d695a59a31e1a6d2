import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { Button } from "~/components/form";
import { NotificationBanner } from "~/components/page";
import { cancelBooking, findBooking } from "~/modules/events/registrations.server";
import { found, notFound } from "~/utils/query.server";
import { metaText, useT } from "~/components/i18n";

// A person's own booking, reached by the private link in their emails.

export const meta: MetaFunction = () => [{ title: metaText("bookingPage.title") }, { name: "robots", content: "noindex" }];

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
  const { t } = useT();
  const { event } = booking;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">
          {booking.status === "confirmed"
            ? t("bookingPage.booked")
            : booking.status === "waiting"
              ? t("bookingPage.waiting")
              : t("bookingPage.title")}
        </h1>
        {params.get("cancelled") === "1" ? (
          <NotificationBanner success>
            <p className="govuk-notification-banner__heading">{t("bookingPage.cancelledBanner")}</p>
          </NotificationBanner>
        ) : null}
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t("bookingPage.event")}</dt>
            <dd className="govuk-summary-list__value">
              <Link className="govuk-link" to={`/events/${event.id}`}>
                {event.title}
              </Link>
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t("eventPage.when")}</dt>
            <dd className="govuk-summary-list__value">{event.when}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t("eventPage.where")}</dt>
            <dd className="govuk-summary-list__value">{event.where}</dd>
          </div>
          {event.joiningLink ? (
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{t("bookingPage.joinOnline")}</dt>
              <dd className="govuk-summary-list__value">
                <a className="govuk-link" href={event.joiningLink}>
                  {event.joiningLink}
                </a>
              </dd>
            </div>
          ) : null}
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t("bookingPage.name")}</dt>
            <dd className="govuk-summary-list__value">{booking.name}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t("board.status")}</dt>
            <dd className="govuk-summary-list__value">
              {booking.status === "confirmed"
                ? t("bookingPage.bookedPlaces", { places: booking.places })
                : booking.status === "waiting"
                  ? t("bookingPage.waitingNumber", { position: booking.position ?? 0 })
                  : t("bookingPage.cancelled")}
              {event.status === "cancelled" ? ` ${t("bookingPage.eventCancelled")}` : ""}
            </dd>
          </div>
        </dl>
        {booking.status !== "cancelled" && event.status !== "cancelled" ? (
          <Form method="post">
            <h2 className="govuk-heading-m">{booking.status === "confirmed" ? t("bookingPage.cannotCome") : t("bookingPage.noLonger")}</h2>
            <p className="govuk-body">{t("bookingPage.cancelGives")}</p>
            <Button warning>{booking.status === "confirmed" ? t("bookingPage.cancel") : t("bookingPage.leave")}</Button>
          </Form>
        ) : null}
      </div>
    </div>
  );
}

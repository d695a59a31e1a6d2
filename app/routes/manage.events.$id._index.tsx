import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { EventStatusTag } from "~/components/event";
import { EventForm } from "~/components/event-form";
import { Button, ErrorSummary, useSavedKey } from "~/components/form";
import { BackLink } from "~/components/page";
import { requirePermission } from "~/modules/auth/permissions.server";
import { readEventForm } from "~/modules/events/event-form.server";
import { attendance } from "~/modules/events/attendance.server";
import { cancelEvent, eventForEditing, eventRegistrations, publishEvent, updateEvent } from "~/modules/events/events.server";
import { ACCESS_NEED_LABELS, ACCESS_NEED_SUMMARY, ATTENDEE_ROLE_LABELS, formatEventTime } from "~/modules/events/labels";
import { listTopics } from "~/modules/feedback/topics.server";
import { listActionChoices } from "~/modules/strategy/strategy.server";
import { invalid, searchedOnly } from "~/utils/validation.server";
import { found, notFound, routeId } from "~/utils/query.server";
import { londonWallClock } from "~/utils/dates";
import { redirectWithMessage } from "~/utils/flash.server";
import { useT } from "~/components/i18n";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.event.title}: manage` : "Manage event" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "event:manage");
  const event = found(eventForEditing(routeId(params.id)));
  const [date, startTime] = londonWallClock(event.startsAt).split(" ") as [string, string];
  const [closesDate, closesTime] = londonWallClock(event.registrationClosesAt).split(" ") as [string, string];
  return json({
    event: { id: event.id, title: event.title, status: event.status, startsAt: event.startsAt, endsAt: event.endsAt, capacity: event.capacity },
    defaults: {
      title: event.title,
      description: event.description,
      type: event.type,
      audience: event.audience,
      participationLevel: event.participationLevel,
      date,
      startTime,
      endTime: londonWallClock(event.endsAt).split(" ")[1]!,
      format: event.format,
      venue: event.venue,
      joiningLink: event.joiningLink,
      venueFeatures: event.venueFeatures,
      accessibilityNotes: event.accessibilityNotes,
      capacity: String(event.capacity),
      maxPlacesPerRegistration: String(event.maxPlacesPerRegistration),
      closesDate,
      closesTime,
      topicIds: event.topicIds.map(String),
      actionIds: event.actionIds.map(String),
    },
    bookings: eventRegistrations(event.id),
    attendance: attendance(event.id),
    topics: listTopics().map(({ id, name }) => ({ id, name })),
    actions: listActionChoices(),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requirePermission(request, "event:manage");
  const id = routeId(params.id);
  if (!eventForEditing(id)) throw notFound();
  const formData = await request.formData();
  const searched = searchedOnly(formData);
  if (searched) return searched;
  const intent = formData.get("intent");
  if (intent === "publish") {
    publishEvent(id);
    return redirectWithMessage(`/manage/events/${id}`, "Published. Families can now find it and book.");
  }
  if (intent === "cancel") {
    if (formData.get("confirm") !== "yes") return invalid(formData, { confirm: "Tick the box to confirm you want to cancel the event" });
    cancelEvent(id);
    return redirectWithMessage(`/manage/events/${id}`, "Event cancelled. Everyone booked or waiting has been emailed.");
  }
  const read = readEventForm(formData);
  if (!read.ok) return invalid(formData, read.errors);
  updateEvent(id, read.input);
  return redirectWithMessage(`/manage/events/${id}`, "Event saved. If its time or place changed, everyone booked has been emailed.");
}

export default function ManageEvent() {
  const { t, lang } = useT();
  const { event, defaults, bookings, attendance: figures, topics, actions } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const formsKey = useSavedKey(data);
  const confirmed = bookings.registrations.filter((r) => r.status === "confirmed");
  const waiting = bookings.registrations.filter((r) => r.status === "waiting");
  return (
    <div key={formsKey} className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/manage/events">All events</BackLink>
        <ErrorSummary />
        <span className="govuk-caption-l">{formatEventTime(event.startsAt, event.endsAt, lang)}</span>
        <h1 className="govuk-heading-l">{event.title}</h1>
        <p className="govuk-body">
          <EventStatusTag status={event.status} />{" "}
          {event.status !== "draft" ? (
            <Link className="govuk-link" to={`/events/${event.id}`}>
              See the public page
            </Link>
          ) : null}
        </p>
        {event.status === "draft" ? (
          <Form method="post">
            <Button name="intent" value="publish">
              Publish event
            </Button>
          </Form>
        ) : null}

        {event.status === "published" ? (
          <ul className="govuk-list">
            <li>
              <Link className="govuk-link" to={`/manage/events/${event.id}/check-in`}>
                Check people in
              </Link>
            </li>
            <li>
              <Link className="govuk-link" to={`/manage/events/${event.id}/sign-in-sheet`}>
                Printable sign-in sheet
              </Link>
            </li>
            <li>
              <a className="govuk-link" href={`/manage/events/${event.id}/bookings.csv`}>
                Download bookings (CSV)
              </a>
            </li>
            <li>
              <Link className="govuk-link" to={`/manage/events/${event.id}/heard`}>
                Record what we heard
              </Link>
            </li>
          </ul>
        ) : null}
        {figures.total.attended + figures.total.walkIns > 0 ? (
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">Attendance</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Who
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Booked
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Came
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  No-shows
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Walk-ins
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {[...figures.byRole.map((r) => ({ ...r, label: t(ATTENDEE_ROLE_LABELS[r.role]) })), { ...figures.total, label: "Everyone" }].map(
                (r) => (
                  <tr className="govuk-table__row" key={r.label}>
                    <th scope="row" className="govuk-table__header">
                      {r.label}
                    </th>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{r.registered}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{r.attended}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{r.noShows}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{r.walkIns}</td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        ) : null}
        <h2 className="govuk-heading-m">Bookings</h2>
        <p className="govuk-body">
          {confirmed.reduce((n, r) => n + r.places, 0)} of {event.capacity} places booked by {confirmed.length}{" "}
          {confirmed.length === 1 ? "person" : "people"}; {waiting.length} on the waiting list.
        </p>
        {bookings.accessNeedCounts.length ? (
          <p className="govuk-body">
            Access needs:{" "}
            {bookings.accessNeedCounts.map((n) => `${n.count} ${n.count === 1 ? "needs" : "need"} ${t(ACCESS_NEED_SUMMARY[n.need])}`).join(", ")}.
          </p>
        ) : null}
        {bookings.registrations.length ? (
          <table className="govuk-table">
            <caption className="govuk-visually-hidden">People booked and waiting</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Name
                </th>
                <th scope="col" className="govuk-table__header">
                  Who
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Places
                </th>
                <th scope="col" className="govuk-table__header">
                  Needs
                </th>
                <th scope="col" className="govuk-table__header">
                  Status
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {bookings.registrations.map((r) => (
                <tr className="govuk-table__row" key={r.id}>
                  <td className="govuk-table__cell">
                    {r.name}
                    <br />
                    <span className="govuk-body-s">
                      {r.email}
                      {r.phone ? `, ${r.phone}` : ""}
                    </span>
                  </td>
                  <td className="govuk-table__cell">{t(ATTENDEE_ROLE_LABELS[r.role])}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{r.places}</td>
                  <td className="govuk-table__cell">
                    {[...r.accessNeeds.map((n) => t(ACCESS_NEED_LABELS[n])), r.accessNotes, r.dietaryNeeds && `Food: ${r.dietaryNeeds}`]
                      .filter(Boolean)
                      .join("; ") || "None"}
                  </td>
                  <td className="govuk-table__cell">{r.status === "confirmed" ? "Booked" : "Waiting"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}

        <h2 className="govuk-heading-m">Details</h2>
        <EventForm defaults={defaults} topics={topics} actions={actions} submitLabel="Save changes" />

        {event.status !== "cancelled" ? (
          <Form method="post">
            <h2 className="govuk-heading-m">Cancel the event</h2>
            <p className="govuk-body">Everyone booked or waiting will be emailed. This cannot be undone.</p>
            <div className={`govuk-form-group ${data?.errors && "confirm" in data.errors ? "govuk-form-group--error" : ""}`}>
              {data?.errors && "confirm" in data.errors ? (
                <p id="field-confirm-error" className="govuk-error-message">
                  <span className="govuk-visually-hidden">Error:</span> {data.errors.confirm}
                </p>
              ) : null}
              <div className="govuk-checkboxes govuk-checkboxes--small">
                <div className="govuk-checkboxes__item">
                  <input className="govuk-checkboxes__input" id="field-confirm" name="confirm" type="checkbox" value="yes" />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor="field-confirm">
                    Yes, cancel this event
                  </label>
                </div>
              </div>
            </div>
            <Button warning name="intent" value="cancel">
              Cancel event
            </Button>
          </Form>
        ) : null}
      </div>
    </div>
  );
}

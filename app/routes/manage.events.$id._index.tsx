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
import { metaText, useT, languageName } from "~/components/i18n";
import { translate } from "~/modules/i18n/catalogue.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? metaText("manage.event.metaTitle", { title: data.event.title }) : metaText("manage.events.title") },
];

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
    return redirectWithMessage(`/manage/events/${id}`, translate("manage.event.flash.published"));
  }
  if (intent === "cancel") {
    if (formData.get("confirm") !== "yes") return invalid(formData, { confirm: translate("manage.event.error.confirm") });
    cancelEvent(id);
    return redirectWithMessage(`/manage/events/${id}`, translate("manage.event.flash.cancelled"));
  }
  const read = readEventForm(formData);
  if (!read.ok) return invalid(formData, read.errors);
  updateEvent(id, read.input);
  return redirectWithMessage(`/manage/events/${id}`, translate("manage.event.flash.saved"));
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
        <BackLink to="/manage/events">{t("manage.events.all")}</BackLink>
        <ErrorSummary />
        <span className="govuk-caption-l">{formatEventTime(event.startsAt, event.endsAt, lang)}</span>
        <h1 className="govuk-heading-l">{event.title}</h1>
        <p className="govuk-body">
          <EventStatusTag status={event.status} />{" "}
          {event.status !== "draft" ? (
            <Link className="govuk-link" to={`/events/${event.id}`}>
              {t("manage.event.publicPage")}
            </Link>
          ) : null}
        </p>
        {event.status === "draft" ? (
          <Form method="post">
            <Button name="intent" value="publish">
              {t("manage.event.publish")}
            </Button>
          </Form>
        ) : null}

        {event.status === "published" ? (
          <ul className="govuk-list">
            <li>
              <Link className="govuk-link" to={`/manage/events/${event.id}/check-in`}>
                {t("manage.event.checkIn")}
              </Link>
            </li>
            <li>
              <Link className="govuk-link" to={`/manage/events/${event.id}/sign-in-sheet`}>
                {t("manage.event.sheet")}
              </Link>
            </li>
            <li>
              <a className="govuk-link" href={`/manage/events/${event.id}/bookings.csv`}>
                {t("manage.event.csv")}
              </a>
            </li>
            <li>
              <Link className="govuk-link" to={`/manage/events/${event.id}/heard`}>
                {t("manage.event.heard")}
              </Link>
            </li>
          </ul>
        ) : null}
        {figures.total.attended + figures.total.walkIns > 0 ? (
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">{t("manage.event.attendance")}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  {t("manage.event.who")}
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  {t("manage.event.bookedColumn")}
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  {t("manage.event.came")}
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  {t("manage.event.noShows")}
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  {t("manage.event.walkIns")}
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {[
                ...figures.byRole.map((r) => ({ ...r, label: t(ATTENDEE_ROLE_LABELS[r.role]) })),
                { ...figures.total, label: t("results.everyone") },
              ].map((r) => (
                <tr className="govuk-table__row" key={r.label}>
                  <th scope="row" className="govuk-table__header">
                    {r.label}
                  </th>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{r.registered}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{r.attended}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{r.noShows}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{r.walkIns}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <h2 className="govuk-heading-m">{t("manage.event.bookings")}</h2>
        <p className="govuk-body">
          {t("manage.event.bookedBy", {
            places: confirmed.reduce((n, r) => n + r.places, 0),
            capacity: event.capacity,
            count: confirmed.length,
            waiting: waiting.length,
          })}
        </p>
        {bookings.accessNeedCounts.length ? (
          <p className="govuk-body">
            {t("manage.event.accessNeeds", {
              needs: bookings.accessNeedCounts
                .map((n) => t("manage.event.needCount", { count: n.count, need: t(ACCESS_NEED_SUMMARY[n.need]) }))
                .join(", "),
            })}
          </p>
        ) : null}
        {bookings.registrations.length ? (
          <table className="govuk-table">
            <caption className="govuk-visually-hidden">{t("manage.event.people")}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  {t("manage.groups.name")}
                </th>
                <th scope="col" className="govuk-table__header">
                  {t("manage.event.who")}
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  {t("manage.event.places")}
                </th>
                <th scope="col" className="govuk-table__header">
                  {t("manage.event.needs")}
                </th>
                <th scope="col" className="govuk-table__header">
                  {t("groups.statusLabel")}
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
                    {/* The language their emails are in: worth knowing before a call or at the door. */}
                    {r.language !== "en" ? (
                      <>
                        <br />
                        <span className="govuk-body-s">{t("manage.event.reads", { language: languageName(t, r.language) })}</span>
                      </>
                    ) : null}
                  </td>
                  <td className="govuk-table__cell">{t(ATTENDEE_ROLE_LABELS[r.role])}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{r.places}</td>
                  <td className="govuk-table__cell">
                    {[
                      ...r.accessNeeds.map((n) => t(ACCESS_NEED_LABELS[n])),
                      r.accessNotes,
                      r.dietaryNeeds && t("manage.event.food", { food: r.dietaryNeeds }),
                    ]
                      .filter(Boolean)
                      .join("; ") || t("manage.event.noNeeds")}
                  </td>
                  <td className="govuk-table__cell">{r.status === "confirmed" ? t("manage.event.statusBooked") : t("manage.event.statusWaiting")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}

        <h2 className="govuk-heading-m">{t("manage.event.details")}</h2>
        <EventForm defaults={defaults} topics={topics} actions={actions} submitLabel={t("manage.event.saveChanges")} />

        {event.status !== "cancelled" ? (
          <Form method="post">
            <h2 className="govuk-heading-m">{t("manage.event.cancelHeading")}</h2>
            <p className="govuk-body">{t("manage.event.cancelHint")}</p>
            <div className={`govuk-form-group ${data?.errors && "confirm" in data.errors ? "govuk-form-group--error" : ""}`}>
              {data?.errors && "confirm" in data.errors ? (
                <p id="field-confirm-error" className="govuk-error-message">
                  <span className="govuk-visually-hidden">{t("form.errorPrefix")}</span> {data.errors.confirm}
                </p>
              ) : null}
              <div className="govuk-checkboxes govuk-checkboxes--small">
                <div className="govuk-checkboxes__item">
                  <input className="govuk-checkboxes__input" id="field-confirm" name="confirm" type="checkbox" value="yes" />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor="field-confirm">
                    {t("manage.event.confirm")}
                  </label>
                </div>
              </div>
            </div>
            <Button warning name="intent" value="cancel">
              {t("manage.event.cancel")}
            </Button>
          </Form>
        ) : null}
      </div>
    </div>
  );
}

import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { PlacesLeft } from "~/components/event";
import { BackLink, WarningText } from "~/components/page";
import { EVENT_AUDIENCE_LABELS, EVENT_FORMAT_LABELS, EVENT_TYPE_LABELS, formatEventTime, VENUE_FEATURE_LABELS } from "~/modules/events/labels";
import { publicEvent } from "~/modules/events/events.server";
import { found, routeId } from "~/utils/query.server";
import { ParticipationLevelNote } from "~/components/participation";
import { formatDateTime } from "~/utils/dates";
import type { PageHandle } from "~/utils/page-handle";
import { metaText, NotTranslatedNote, useT, Written } from "~/components/i18n";

export const handle: PageHandle = { publicPage: "shared each minute", hydrate: false };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? metaText("eventPage.title", { title: data.event.title }) : metaText("nav.events") },
];

export function loader({ params, context }: LoaderFunctionArgs) {
  const id = routeId(params.id);
  const event = found(publicEvent(id, context.lang));
  return json({ event });
}

export default function EventPage() {
  const { t, lang } = useT();
  const { event } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/events">{t("eventPage.all")}</BackLink>
        <span className="govuk-caption-l">
          {t("eventPage.typeFor", { type: t(EVENT_TYPE_LABELS[event.type]), audience: t(EVENT_AUDIENCE_LABELS[event.audience]).toLowerCase() })}
        </span>
        <h1 className="govuk-heading-l">
          <Written english={event.untranslated.includes("title")}>{event.title}</Written>
        </h1>
        <NotTranslatedNote show={event.untranslated.length > 0} />
        <ParticipationLevelNote level={event.participationLevel} />
        {event.status === "cancelled" ? <WarningText>{t("eventPage.cancelled")}</WarningText> : null}
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t("eventPage.when")}</dt>
            <dd className="govuk-summary-list__value">{formatEventTime(event.startsAt, event.endsAt, lang)}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t("eventPage.where")}</dt>
            <dd className="govuk-summary-list__value">
              {event.format === "online" ? t("eventPage.online") : event.venue}
              {event.format === "hybrid" ? ` ${t("eventPage.alsoOnline")}` : ""}
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t("eventPage.how")}</dt>
            <dd className="govuk-summary-list__value">{t(EVENT_FORMAT_LABELS[event.format])}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t("eventPage.accessibility")}</dt>
            <dd className="govuk-summary-list__value">
              {event.venueFeatures.length || event.accessibilityNotes ? (
                <ul className="govuk-list">
                  {event.venueFeatures.map((f) => (
                    <li key={f}>{t(VENUE_FEATURE_LABELS[f])}</li>
                  ))}
                  {event.accessibilityNotes ? (
                    <li>
                      <Written english={event.untranslated.includes("accessibilityNotes")}>{event.accessibilityNotes}</Written>
                    </li>
                  ) : null}
                </ul>
              ) : (
                t("eventPage.tellUsNeeds")
              )}
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t("eventPage.places")}</dt>
            <dd className="govuk-summary-list__value">
              <PlacesLeft placesLeft={event.placesLeft} open={event.registrationOpen} status={event.status} />
            </dd>
          </div>
          {event.registrationOpen ? (
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{t("eventPage.bookBy")}</dt>
              <dd className="govuk-summary-list__value">{formatDateTime(event.registrationClosesAt, lang)}</dd>
            </div>
          ) : null}
        </dl>
        {event.registrationOpen ? (
          <Link to={`/events/${event.id}/register`} className="govuk-button" data-module="govuk-button">
            {event.placesLeft > 0 ? t("booking.title") : t("booking.joinWaitingList")}
          </Link>
        ) : null}
        <Written english={event.untranslated.includes("description")} html={event.descriptionHtml} />
        {event.topics.length || event.actions.length ? (
          <>
            <h2 className="govuk-heading-m">{t("eventPage.hearAbout")}</h2>
            <ul className="govuk-list govuk-list--bullet">
              {event.topics.map((topic) => (
                <li key={`t${topic.id}`}>{topic.name}</li>
              ))}
              {event.actions.map((a) => (
                <li key={`a${a.id}`}>
                  <Link className="govuk-link" to={`/strategy/actions/${a.id}`}>
                    {a.code} {a.title}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <p className="govuk-body">
          <a className="govuk-link" href={`/events/${event.id}/calendar.ics`}>
            {t("eventPage.addToCalendar")}
          </a>
        </p>
        {new Date(event.endsAt) < new Date() ? (
          <p className="govuk-body">
            <Link className="govuk-link" to={`/events/${event.id}/outcomes`}>
              {t("eventPage.whatWeHeard")}
            </Link>
          </p>
        ) : null}
      </div>
    </div>
  );
}

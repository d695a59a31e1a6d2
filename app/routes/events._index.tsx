import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { EVENT_AUDIENCES, EVENT_TYPES } from "~db/schema/enums";
import { PlacesLeft } from "~/components/event";
import { EVENT_AUDIENCE_LABELS, EVENT_FORMAT_LABELS, EVENT_TYPE_LABELS, formatEventTime } from "~/modules/events/labels";
import { listEvents } from "~/modules/events/events.server";
import { enumParam } from "~/utils/query.server";
import type { PageHandle } from "~/utils/page-handle";
import { metaText, Written } from "~/components/i18n";
import { localise } from "~/modules/i18n/content.server";
import { useT } from "~/components/i18n";

export const handle: PageHandle = { publicPage: "shared each minute", hydrate: false };

export const meta: MetaFunction = () => [
  { title: metaText("nav.events") },
  { tagName: "link", rel: "alternate", type: "text/calendar", title: metaText("events.calendarTitle"), href: "/events/calendar.ics" },
];

export function loader({ request, context }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const filters = {
    when: enumParam(params, "when", ["upcoming", "past"] as const) ?? "upcoming",
    audience: enumParam(params, "audience", EVENT_AUDIENCES),
    type: enumParam(params, "type", EVENT_TYPES),
  };
  return json({ filters, events: localise("event", listEvents(filters), ["title"], context.lang) });
}

export default function Events() {
  const { t, rich, lang } = useT();
  const { filters, events } = useLoaderData<typeof loader>();
  const past = filters.when === "past";
  return (
    <>
      <h1 className="govuk-heading-xl">{t("nav.events")}</h1>
      <p className="govuk-body-l">{t("events.lead")}</p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <Form method="get" className="app-no-print">
            <h2 className="govuk-heading-m">{t("board.filter")}</h2>
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="when">
                {t("eventPage.when")}
              </label>
              <select className="govuk-select" id="when" name="when" defaultValue={filters.when}>
                <option value="upcoming">{t("events.comingUp")}</option>
                <option value="past">{t("events.past")}</option>
              </select>
            </div>
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="audience">
                {t("events.audience")}
              </label>
              <select className="govuk-select" id="audience" name="audience" defaultValue={filters.audience ?? ""}>
                <option value="">{t("events.anyone")}</option>
                {EVENT_AUDIENCES.map((a) => (
                  <option key={a} value={a}>
                    {t(EVENT_AUDIENCE_LABELS[a])}
                  </option>
                ))}
              </select>
            </div>
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="type">
                {t("events.type")}
              </label>
              <select className="govuk-select" id="type" name="type" defaultValue={filters.type ?? ""}>
                <option value="">{t("events.anyType")}</option>
                {EVENT_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(EVENT_TYPE_LABELS[type])}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
              {t("events.show")}
            </button>
          </Form>
          <p className="govuk-body">
            <a className="govuk-link" href="/events/calendar.ics">
              {t("events.addAll")}
            </a>{" "}
            {t("events.addAll.what")}
          </p>
        </div>
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">{past ? t("events.past") : t("events.comingUp")}</h2>
          {events.length === 0 ? <p className="govuk-body">{past ? t("events.noPast") : t("events.noneComing")}</p> : null}
          {events.map((e) => (
            <article key={e.id} className="app-suggestion">
              <h3 className="govuk-heading-s govuk-!-margin-bottom-2">
                <Link className="govuk-link" to={`/events/${e.id}`}>
                  <Written english={e.untranslated.includes("title")}>{e.title}</Written>
                </Link>
              </h3>
              <p className="govuk-body govuk-!-margin-bottom-1">{formatEventTime(e.startsAt, e.endsAt, lang)}</p>
              <p className="govuk-body-s">
                {t(EVENT_TYPE_LABELS[e.type])} · {t(EVENT_AUDIENCE_LABELS[e.audience])} ·{" "}
                {e.format === "online" ? t("event.format.online") : `${t(EVENT_FORMAT_LABELS[e.format])}: ${e.venue}`}
              </p>
              {past ? (
                e.status === "published" ? (
                  <Link className="govuk-link" to={`/events/${e.id}/outcomes`}>
                    {rich("events.whatWeHeard", { title: e.title, hidden: (parts) => <span className="govuk-visually-hidden">{parts}</span> })}
                  </Link>
                ) : null
              ) : (
                <PlacesLeft placesLeft={e.placesLeft} open={e.registrationOpen} status={e.status} />
              )}
            </article>
          ))}
        </div>
      </div>
    </>
  );
}

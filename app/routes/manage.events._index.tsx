import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { EventStatusTag } from "~/components/event";
import { can, requirePermission } from "~/modules/auth/permissions.server";
import { getAreaSettings } from "~/modules/settings/area.server";
import { countAwaitingForum } from "~/modules/feedback/sign-off.server";
import { countForForum } from "~/modules/feedback/forum.server";
import { ForumLink } from "~/components/forum";
import { PaperLink } from "~/components/paper";
import { formatEventTime } from "~/modules/events/labels";
import { listAllEvents } from "~/modules/events/events.server";
import { metaText, useT } from "~/components/i18n";

export const meta: MetaFunction = () => [{ title: metaText("manage.events.title") }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "event:manage");
  // Forum organisers land here: their other jobs are agreeing outcomes and the evidence report.
  return json({
    events: listAllEvents(),
    toAgree: can(user, "outcome:agree") ? countAwaitingForum() : null,
    canSeeEvidence: can(user, "evidence:view"),
    // Organisers translate what they write too; without this link only the officers' dashboard leads there.
    canTranslate: can(user, "translation:manage") && getAreaSettings().contentLanguages.length > 0,
    forUpdates: can(user, "forum:passOn") ? countForForum() : null,
    canEnterPaper: can(user, "paper:enter"),
  });
}

export default function ManageEvents() {
  const { t, lang } = useT();
  const { events, toAgree, canSeeEvidence, canTranslate, forUpdates, canEnterPaper } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="govuk-heading-l">{t("manage.events.title")}</h1>
      {toAgree !== null || canSeeEvidence || canTranslate || forUpdates !== null || canEnterPaper ? (
        <ul className="govuk-list app-no-print">
          {forUpdates !== null ? <ForumLink count={forUpdates} /> : null}
          {canEnterPaper ? <PaperLink /> : null}
          {toAgree !== null ? (
            <li>
              <Link className="govuk-link" to="/manage/sign-off">
                {t("manage.events.toAgree")}
              </Link>{" "}
              {t("manage.events.waiting", { count: toAgree })}
            </li>
          ) : null}
          {canSeeEvidence ? (
            <li>
              <Link className="govuk-link" to="/manage/evidence">
                {t("manage.events.evidence")}
              </Link>
            </li>
          ) : null}
          {canTranslate ? (
            <li>
              <Link className="govuk-link" to="/manage/translations">
                {t("manage.translations.title")}
              </Link>
            </li>
          ) : null}
        </ul>
      ) : null}
      <div className="govuk-button-group">
        <Link to="/manage/events/new" className="govuk-button" data-module="govuk-button">
          {t("manage.events.create")}
        </Link>
        <Link to="/manage/events/report" className="govuk-link">
          {t("manage.events.report")}
        </Link>
      </div>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{t("manage.events.every")}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              {t("manage.events.event")}
            </th>
            <th scope="col" className="govuk-table__header">
              {t("manage.events.when")}
            </th>
            <th scope="col" className="govuk-table__header">
              {t("groups.statusLabel")}
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {t("manage.events.booked")}
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {events.map((e) => (
            <tr className="govuk-table__row" key={e.id}>
              <td className="govuk-table__cell">
                <Link className="govuk-link" to={`/manage/events/${e.id}`}>
                  {e.title}
                </Link>
              </td>
              <td className="govuk-table__cell">{formatEventTime(e.startsAt, e.endsAt, lang)}</td>
              <td className="govuk-table__cell">
                <EventStatusTag status={e.status} />
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{t("manage.reviews.doc.of", { n: e.placesTaken, total: e.capacity })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Button } from "~/components/form";
import { NotificationBanner } from "~/components/page";
import { can, requirePermission } from "~/modules/auth/permissions.server";
import { outboxStatus, retryMessage } from "~/modules/notifications/outbox.server";
import { countForForum } from "~/modules/feedback/forum.server";
import { countLettersWaiting } from "~/modules/feedback/letters.server";
import { ForumLink } from "~/components/forum";
import { PaperLink } from "~/components/paper";
import { ToldTable } from "~/components/told";
import { dashboard } from "~/modules/feedback/dashboard.server";
import { openFlagCount } from "~/modules/privacy/safeguarding.server";
import { manageLinksFor } from "~/modules/activities/registry.server";
import { translationsNeeded } from "~/modules/i18n/content.server";
import { LANGUAGES } from "~/modules/i18n/languages";
import { getAreaSettings } from "~/modules/settings/area.server";
import { ActionStatusTag, SUGGESTION_STATUS, SuggestionStatusTag } from "~/components/status";
import { formatDateTime } from "~/utils/dates";
import { metaText, useT } from "~/components/i18n";
import type { ReactNode } from "react";

export const meta: MetaFunction = () => [{ title: metaText("manage.dashboard.title") }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "dashboard:view");
  return json({
    name: user.name,
    figures: dashboard(),
    canManagePeople: can(user, "people:manage"),
    canManageSettings: can(user, "settings:manage"),
    email: outboxStatus(),
    concerns: openFlagCount(),
    // Where each kind of activity is run, as the registry declares it.
    activityLinks: manageLinksFor(user),
    // What the public reads that is not yet in each of the area's languages.
    translations: translationsNeeded(getAreaSettings().contentLanguages),
    forUpdates: countForForum(),
    lettersWaiting: countLettersWaiting(),
  });
}

export async function action({ request }: ActionFunctionArgs) {
  await requirePermission(request, "outbox:view");
  const id = Number((await request.formData()).get("messageId"));
  if (Number.isInteger(id)) retryMessage(id);
  return redirect("/manage");
}

// Message keys, by channel.
const CHANNEL_NAMES = { email: "manage.dashboard.byEmail", sms: "manage.dashboard.byText", letter: "manage.dashboard.byLetter" } as const;
const CHANNEL_FAILING = {
  email: "manage.dashboard.emailFailing",
  sms: "manage.dashboard.textFailing",
  letter: "manage.dashboard.letterFailing",
} as const;

export default function Manage() {
  const { name, canManagePeople, canManageSettings, email, figures, concerns, activityLinks, translations, forUpdates, lettersWaiting } =
    useLoaderData<typeof loader>();
  const statusCount = (status: keyof typeof SUGGESTION_STATUS) => figures.byStatus.find((s) => s.status === status)?.n ?? 0;
  const { t, rich, lang } = useT();
  const figure = (parts: ReactNode[]) => <span className="app-figures__number">{parts}</span>;
  return (
    <>
      {concerns ? (
        <NotificationBanner title={t("manage.dashboard.safeguarding")}>
          <p className="govuk-notification-banner__heading">
            {t("manage.dashboard.concerns", { count: concerns })}{" "}
            <Link className="govuk-notification-banner__link" to="/manage/safeguarding">
              {t("manage.dashboard.concernsLink")}
            </Link>
          </p>
        </NotificationBanner>
      ) : null}
      {/* A channel that is not working: what waits for it goes as soon as it works again. */}
      {email.failing.map((channel) => (
        <NotificationBanner key={channel.channel} title={t("manage.dashboard.channelTitle")}>
          <p className="govuk-notification-banner__heading">
            {t(CHANNEL_FAILING[channel.channel], { since: channel.since ? formatDateTime(channel.since, lang) : "" })}
          </p>
          <p className="govuk-body">{t("manage.dashboard.channelError", { error: channel.lastError ?? "" })}</p>
        </NotificationBanner>
      ))}
      <span className="govuk-caption-l">{name}</span>
      <h1 className="govuk-heading-l">{t("manage.dashboard.title")}</h1>
      <ul className="govuk-list app-no-print">
        <li>
          <Link className="govuk-link" to="/manage/suggestions">
            {t("manage.dashboard.triage")}
          </Link>
        </li>
        <ForumLink count={forUpdates} />
        <PaperLink />
        <li>
          <Link className="govuk-link" to="/manage/letters">
            {t("letters.link")}
          </Link>{" "}
          ({t("letters.waiting", { count: lettersWaiting })})
        </li>
        <li>
          <Link className="govuk-link" to="/manage/strategy">
            {t("manage.dashboard.strategy")}
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/manage/themes">
            {t("manage.dashboard.themes")}
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/manage/topics">
            {t("manage.dashboard.topics")}
          </Link>
        </li>
        {activityLinks.map((link) => (
          <li key={link.to}>
            <Link className="govuk-link" to={link.to}>
              {link.label}
            </Link>
          </li>
        ))}
        <li>
          <Link className="govuk-link" to="/manage/safeguarding">
            {t("manage.reviews.round.concerns")}
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/manage/data-requests">
            {t("manage.dashboard.dataRequests")}
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/manage/evidence">
            {t("manage.events.evidence")}
          </Link>
        </li>
      </ul>
      <h2 className="govuk-heading-m">{t("manage.dashboard.glance")}</h2>
      <ul className="app-figures" aria-label={t("manage.dashboard.figures")}>
        <li className="app-figures__item">
          {rich("manage.dashboard.overdue", {
            n: figure,
            count: figures.overdueCount,
            days: figures.responseDays,
            link: (parts) => (
              <Link className="govuk-link" to="/manage/suggestions?overdue=1">
                {parts}
              </Link>
            ),
          })}
        </li>
        <li className="app-figures__item">
          <span className="app-figures__number">{figures.loopClosure.share === null ? "–" : `${figures.loopClosure.share}%`}</span>
          {t("manage.dashboard.loop", { closed: figures.loopClosure.closed, total: figures.loopClosure.total })}
        </li>
        <li className="app-figures__item">
          <span className="app-figures__number">{figures.medianDaysToFirstResponse ?? "–"}</span>
          {t("manage.dashboard.firstResponse")}
        </li>
        <li className="app-figures__item">
          <span className="app-figures__number">{figures.medianDaysToOutcome ?? "–"}</span>
          {t("manage.dashboard.toOutcome")}
        </li>
      </ul>
      <h2 className="govuk-heading-m">{t("manage.dashboard.told")}</h2>
      <ToldTable told={figures.told} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">{t("manage.dashboard.byStatus")}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  {t("groups.statusLabel")}
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  {t("manage.dashboard.suggestions")}
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {(Object.keys(SUGGESTION_STATUS) as (keyof typeof SUGGESTION_STATUS)[]).map((status) => (
                <tr className="govuk-table__row" key={status}>
                  <td className="govuk-table__cell">
                    <SuggestionStatusTag status={status} />
                  </td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{statusCount(status)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="govuk-grid-column-one-half">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">{t("manage.dashboard.byTopic")}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  {t("manage.dashboard.topic")}
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  {t("manage.dashboard.suggestions")}
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {figures.byTopic.map((row) => (
                <tr className="govuk-table__row" key={row.topic}>
                  <td className="govuk-table__cell">{row.topic}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{row.n}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      {translations.length ? (
        <>
          <h2 className="govuk-heading-m">{t("manage.translations.title")}</h2>
          <ul className="govuk-list">
            {translations.map(({ lang: into, count }) => (
              <li key={into}>
                <Link className="govuk-link" to={`/manage/translations?into=${into}`}>
                  <span lang={LANGUAGES[into].htmlLang}>{LANGUAGES[into].name}</span>: {t("manage.dashboard.toTranslate", { count })}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2 className="govuk-heading-m">{t("manage.dashboard.overdueHeading")}</h2>
      {figures.overdue.length ? (
        <table className="govuk-table">
          <caption className="govuk-visually-hidden">{t("manage.dashboard.oldest")}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                {t("manage.dashboard.reference")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("manage.dashboard.said")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("manage.dashboard.waited")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("manage.dashboard.assigned")}
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {figures.overdue.map((s) => (
              <tr className="govuk-table__row" key={s.id}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/manage/suggestions/${s.id}`}>
                    {s.reference}
                  </Link>
                </td>
                <td className="govuk-table__cell">{s.body}</td>
                <td className="govuk-table__cell">{t("manage.dashboard.days", { count: s.waited })}</td>
                <td className="govuk-table__cell">{s.assignee ?? t("manage.dashboard.nobody")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="govuk-body">{t("manage.dashboard.noneOverdue")}</p>
      )}
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{t("manage.dashboard.actions")}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              {t("manage.dashboard.action")}
            </th>
            <th scope="col" className="govuk-table__header">
              {t("groups.statusLabel")}
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {t("manage.dashboard.suggestions")}
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {figures.actions.map((a) => (
            <tr className="govuk-table__row" key={a.id}>
              <td className="govuk-table__cell">
                <Link className="govuk-link" to={`/manage/strategy/actions/${a.id}`}>
                  {a.code}
                </Link>{" "}
                {a.title.length > 90 ? `${a.title.slice(0, 90)}…` : a.title}
              </td>
              <td className="govuk-table__cell">
                <ActionStatusTag status={a.status} />
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{a.suggestions}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="govuk-body">
        {t("manage.dashboard.order")}{" "}
        <Link className="govuk-link" to="/manage/strategy">
          {t("manage.dashboard.allActions", { count: figures.actionCount })}
        </Link>
      </p>
      {canManagePeople || canManageSettings ? (
        <>
          <h2 className="govuk-heading-m">{t("manage.dashboard.admin")}</h2>
          <ul className="govuk-list">
            {canManagePeople ? (
              <li>
                <Link className="govuk-link" to="/admin/people">
                  {t("manage.dashboard.people")}
                </Link>
              </li>
            ) : null}
            {canManageSettings ? (
              <li>
                <Link className="govuk-link" to="/admin/settings">
                  {t("admin.pages.settings")}
                </Link>
              </li>
            ) : null}
            {canManageSettings ? (
              <li>
                <Link className="govuk-link" to="/admin/audit">
                  {t("manage.dashboard.audit")}
                </Link>
              </li>
            ) : null}
          </ul>
        </>
      ) : null}
      <h2 className="govuk-heading-m">{t("manage.dashboard.messages")}</h2>
      <p className="govuk-body">{t("manage.dashboard.emailCounts", { sent: email.sent, pending: email.pending, failed: email.failed })}</p>
      {email.problems.length ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">{t("manage.dashboard.notGone")}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                {t("manage.dashboard.to")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("manage.dashboard.by")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("manage.dashboard.subject")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("manage.dashboard.tries")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("manage.dashboard.problem")}
              </th>
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">{t("manage.dashboard.action")}</span>
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {email.problems.map((message) => (
              <tr className="govuk-table__row" key={message.id}>
                <td className="govuk-table__cell">{message.toAddress}</td>
                <td className="govuk-table__cell">{t(CHANNEL_NAMES[message.channel])}</td>
                <td className="govuk-table__cell">{message.subject}</td>
                <td className="govuk-table__cell">{message.attempts}</td>
                <td className="govuk-table__cell">
                  {message.lastError}
                  {message.status === "failed" ? null : ` ${t("manage.dashboard.nextTry", { when: formatDateTime(message.nextAttemptAt, lang) })}`}
                </td>
                <td className="govuk-table__cell">
                  {message.status === "failed" ? (
                    <Form method="post">
                      <input type="hidden" name="messageId" value={message.id} />
                      <Button secondary>
                        {t("manage.dashboard.tryAgain")}
                        <span className="govuk-visually-hidden"> {t("manage.dashboard.tryAgainTo", { to: message.toAddress })}</span>
                      </Button>
                    </Form>
                  ) : (
                    t("manage.dashboard.willRetry")
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="govuk-body">{t("manage.dashboard.allSent")}</p>
      )}
    </>
  );
}

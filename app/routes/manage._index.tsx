import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Button } from "~/components/form";
import { NotificationBanner } from "~/components/page";
import { can, requirePermission } from "~/modules/auth/permissions.server";
import { outboxStatus, retryMessage } from "~/modules/notifications/outbox.server";
import { dashboard } from "~/modules/feedback/dashboard.server";
import { openFlagCount } from "~/modules/privacy/safeguarding.server";
import { manageLinksFor } from "~/modules/activities/registry.server";
import { translationsNeeded } from "~/modules/i18n/content.server";
import { LANGUAGES } from "~/modules/i18n/languages";
import { getAreaSettings } from "~/modules/settings/area.server";
import { ActionStatusTag, SUGGESTION_STATUS, SuggestionStatusTag } from "~/components/status";
import { formatDateTime } from "~/utils/dates";

export const meta: MetaFunction = () => [{ title: "Manage" }];

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
  });
}

export async function action({ request }: ActionFunctionArgs) {
  await requirePermission(request, "outbox:view");
  const id = Number((await request.formData()).get("messageId"));
  if (Number.isInteger(id)) retryMessage(id);
  return redirect("/manage");
}

export default function Manage() {
  const { name, canManagePeople, canManageSettings, email, figures, concerns, activityLinks, translations } = useLoaderData<typeof loader>();
  const statusCount = (status: keyof typeof SUGGESTION_STATUS) => figures.byStatus.find((s) => s.status === status)?.n ?? 0;
  return (
    <>
      {concerns ? (
        <NotificationBanner title="Safeguarding">
          <p className="govuk-notification-banner__heading">
            {concerns === 1 ? "1 possible safeguarding concern is" : `${concerns} possible safeguarding concerns are`} waiting.{" "}
            <Link className="govuk-notification-banner__link" to="/manage/safeguarding">
              See what needs doing
            </Link>
          </p>
        </NotificationBanner>
      ) : null}
      <span className="govuk-caption-l">{name}</span>
      <h1 className="govuk-heading-l">Manage</h1>
      <ul className="govuk-list app-no-print">
        <li>
          <Link className="govuk-link" to="/manage/suggestions">
            Suggestions to triage
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/manage/strategy">
            The strategy and its actions
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/manage/themes">
            Themes (key messages) and “What you told us”
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/manage/topics">
            Topics
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
            Safeguarding concerns
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/manage/data-requests">
            Data requests (copies and erasure)
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/manage/evidence">
            Evidence report: what changed because families told us
          </Link>
        </li>
      </ul>
      <h2 className="govuk-heading-m">“You said, we did” at a glance</h2>
      <ul className="app-figures" aria-label="Key figures">
        <li className="app-figures__item">
          <span className="app-figures__number">{figures.overdueCount}</span>
          <Link className="govuk-link" to="/manage/suggestions?overdue=1">
            overdue
          </Link>{" "}
          (over {figures.responseDays} working days without a response)
        </li>
        <li className="app-figures__item">
          <span className="app-figures__number">{figures.loopClosure.share === null ? "–" : `${figures.loopClosure.share}%`}</span>
          loop closure: {figures.loopClosure.closed} of {figures.loopClosure.total} suggestions older than 60 days have an outcome
        </li>
        <li className="app-figures__item">
          <span className="app-figures__number">{figures.medianDaysToFirstResponse ?? "–"}</span>
          median working days to a first response (last 90 days)
        </li>
        <li className="app-figures__item">
          <span className="app-figures__number">{figures.medianDaysToOutcome ?? "–"}</span>
          median working days to an outcome (last 90 days)
        </li>
      </ul>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">Suggestions by status</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Status
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Suggestions
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
            <caption className="govuk-table__caption govuk-table__caption--s">Suggestions by topic</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Topic
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Suggestions
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {figures.byTopic.map((t) => (
                <tr className="govuk-table__row" key={t.topic}>
                  <td className="govuk-table__cell">{t.topic}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{t.n}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      {translations.length ? (
        <>
          <h2 className="govuk-heading-m">Translations</h2>
          <ul className="govuk-list">
            {translations.map(({ lang, count }) => (
              <li key={lang}>
                <Link className="govuk-link" to={`/manage/translations?into=${lang}`}>
                  <span lang={LANGUAGES[lang].htmlLang}>{LANGUAGES[lang].name}</span>: {count} {count === 1 ? "text" : "texts"} to translate
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2 className="govuk-heading-m">Overdue</h2>
      {figures.overdue.length ? (
        <table className="govuk-table">
          <caption className="govuk-visually-hidden">The oldest overdue suggestions</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Reference
              </th>
              <th scope="col" className="govuk-table__header">
                What they said
              </th>
              <th scope="col" className="govuk-table__header">
                Waited
              </th>
              <th scope="col" className="govuk-table__header">
                Assigned to
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
                <td className="govuk-table__cell">{s.waited} working days</td>
                <td className="govuk-table__cell">{s.assignee ?? "Nobody"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="govuk-body">Nothing is overdue.</p>
      )}
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Strategy actions needing attention</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Action
            </th>
            <th scope="col" className="govuk-table__header">
              Status
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Suggestions
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
        Off track first, then at risk, then the actions families raise most.{" "}
        <Link className="govuk-link" to="/manage/strategy">
          All {figures.actionCount} actions
        </Link>
      </p>
      {canManagePeople || canManageSettings ? (
        <>
          <h2 className="govuk-heading-m">Administration</h2>
          <ul className="govuk-list">
            {canManagePeople ? (
              <li>
                <Link className="govuk-link" to="/admin/people">
                  People and roles
                </Link>
              </li>
            ) : null}
            {canManageSettings ? (
              <li>
                <Link className="govuk-link" to="/admin/settings">
                  Settings
                </Link>
              </li>
            ) : null}
            {canManageSettings ? (
              <li>
                <Link className="govuk-link" to="/admin/audit">
                  Audit trail
                </Link>
              </li>
            ) : null}
          </ul>
        </>
      ) : null}
      <h2 className="govuk-heading-m">Emails</h2>
      <p className="govuk-body">
        {email.sent} sent, {email.pending} waiting to be sent, {email.failed} could not be sent.
      </p>
      {email.problems.length ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">Emails that have not gone yet</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                To
              </th>
              <th scope="col" className="govuk-table__header">
                Subject
              </th>
              <th scope="col" className="govuk-table__header">
                Tries
              </th>
              <th scope="col" className="govuk-table__header">
                Problem
              </th>
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {email.problems.map((message) => (
              <tr className="govuk-table__row" key={message.id}>
                <td className="govuk-table__cell">{message.toAddress}</td>
                <td className="govuk-table__cell">{message.subject}</td>
                <td className="govuk-table__cell">{message.attempts}</td>
                <td className="govuk-table__cell">
                  {message.lastError}
                  {message.status === "failed" ? null : <> (next try {formatDateTime(message.nextAttemptAt)})</>}
                </td>
                <td className="govuk-table__cell">
                  {message.status === "failed" ? (
                    <Form method="post">
                      <input type="hidden" name="messageId" value={message.id} />
                      <Button secondary>
                        Try again<span className="govuk-visually-hidden"> to send to {message.toAddress}</span>
                      </Button>
                    </Form>
                  ) : (
                    "Will retry"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="govuk-body">Every email has been sent.</p>
      )}
    </>
  );
}

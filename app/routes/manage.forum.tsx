import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Button } from "~/components/form";
import { SuggestionStatusTag } from "~/components/status";
import { metaText, useT } from "~/components/i18n";
import { requirePermission } from "~/modules/auth/permissions.server";
import { forumUpdateList, markPassedOn } from "~/modules/feedback/forum.server";
import { translate } from "~/modules/i18n/catalogue.server";
import { getAreaSettings } from "~/modules/settings/area.server";
import { formatDateTime } from "~/utils/dates";
import { redirectWithMessage } from "~/utils/flash.server";

// News to pass on to people who chose to hear through the parent carer forum: only a first name,
// how to reach them and what happened. Organisers tell each person and mark it passed on.

export const meta: MetaFunction = () => [{ title: metaText("forum.title") }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "forum:passOn");
  return json({ ...forumUpdateList(), forumName: getAreaSettings().forumName });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "forum:passOn");
  const id = Number((await request.formData()).get("updateId"));
  const marked = Number.isInteger(id) && markPassedOn(id, user.id);
  return redirectWithMessage("/manage/forum", translate(marked ? "forum.marked" : "forum.alreadyMarked"));
}

export default function ForumUpdates() {
  const { waiting, passedOn, forumName } = useLoaderData<typeof loader>();
  const { t, lang } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t("forum.title")}</h1>
        <p className="govuk-body">{t("forum.lead", { forumName: forumName || t("forum.theForum") })}</p>
        <h2 className="govuk-heading-m">{t("forum.waiting", { count: waiting.length })}</h2>
        {waiting.length === 0 ? <p className="govuk-body">{t("forum.none")}</p> : null}
        {waiting.map((u) => {
          const who = u.firstName || t("forum.supporter");
          return (
            <section key={u.id} className="app-suggestion" aria-labelledby={`update-${u.id}`}>
              <h3 className="govuk-heading-s" id={`update-${u.id}`}>
                {t("forum.about", { who, reference: u.reference })}
              </h3>
              <dl className="govuk-summary-list">
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">{t("forum.reach")}</dt>
                  <dd className="govuk-summary-list__value app-original">{u.reach}</dd>
                </div>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">{t("forum.status")}</dt>
                  <dd className="govuk-summary-list__value">
                    <SuggestionStatusTag status={u.status} />
                  </dd>
                </div>
                {u.news ? (
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">{t("forum.news")}</dt>
                    <dd className="govuk-summary-list__value app-original">{u.news}</dd>
                  </div>
                ) : null}
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">{t("forum.since")}</dt>
                  <dd className="govuk-summary-list__value">{formatDateTime(u.createdAt, lang)}</dd>
                </div>
              </dl>
              <Form method="post">
                <input type="hidden" name="updateId" value={u.id} />
                <Button secondary>
                  {t("forum.markPassedOn")}
                  <span className="govuk-visually-hidden"> {t("forum.markPassedOnFor", { who, reference: u.reference })}</span>
                </Button>
              </Form>
            </section>
          );
        })}
        {passedOn.length ? (
          <>
            <h2 className="govuk-heading-m">{t("forum.passedOn")}</h2>
            <ul className="govuk-list">
              {passedOn.map((u) => (
                <li key={u.id}>
                  {t("forum.passedOnLine", {
                    who: u.firstName || t("forum.supporter"),
                    reference: u.reference,
                    when: formatDateTime(u.passedOnAt ?? u.createdAt, lang),
                  })}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </div>
  );
}

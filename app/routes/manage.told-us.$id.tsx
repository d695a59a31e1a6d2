import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Button, ErrorSummary, PostForm } from "~/components/form";
import { KeyMessages } from "~/components/key-messages";
import { BackLink } from "~/components/page";
import { can, requirePermission } from "~/modules/auth/permissions.server";
import { readReport } from "~/modules/themes/forms.server";
import { REPORT_STATES, ReportFields } from "~/modules/themes/report-fields";
import { translate } from "~/modules/i18n/catalogue.server";
import { themeChoices } from "~/modules/themes/themes.server";
import { agreeReport, publishReport, reportToDraft, reportView, updateReport } from "~/modules/themes/told-us.server";
import { formatDate, formatDateTime } from "~/utils/dates";
import { redirectWithMessage } from "~/utils/flash.server";
import { found, routeId } from "~/utils/query.server";
import { invalid } from "~/utils/validation.server";
import { metaText, useT } from "~/components/i18n";

// An officer writes and publishes a "What you told us" page; with joint sign-off on, a forum
// representative agrees it (or sends it back) here too.

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? data.report.title : metaText("themes.toldUsLink") }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, ["suggestion:triage", "outcome:agree"]);
  const view = found(reportView(routeId(params.id), { forPublic: false }));
  return json({ ...view, choices: themeChoices(), canEdit: can(user, "suggestion:triage"), canAgree: can(user, "outcome:agree") });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, ["suggestion:triage", "outcome:agree"]);
  const id = routeId(params.id);
  found(reportView(id, { forPublic: false }));
  const here = `/manage/told-us/${id}`;
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  if ((intent === "agree" || intent === "sendBack") && can(user, "outcome:agree")) {
    const done = intent === "agree" ? agreeReport(id, user) : reportToDraft(id);
    if (!done.ok) return invalid(formData, { form: done.message });
    return redirectWithMessage(here, intent === "agree" ? translate("toldUsAdmin.flash.agreed") : translate("toldUsAdmin.flash.sentBack"));
  }
  if (!can(user, "suggestion:triage")) return invalid(formData, { form: translate("toldUsAdmin.cannotChange") }, undefined, 403);
  if (intent === "edit") {
    const read = readReport(formData);
    if (!read.ok) return invalid(formData, read.errors);
    const done = updateReport(id, read.input);
    return done.ok ? redirectWithMessage(here, translate("toldUsAdmin.flash.saved")) : invalid(formData, { themeIds: done.message });
  }
  if (intent === "publish") {
    const done = publishReport(id, user);
    if (!done.ok) return invalid(formData, { form: done.message });
    return redirectWithMessage(here, done.awaitingForum ? translate("toldUsAdmin.flash.toForum") : translate("toldUsAdmin.flash.published"));
  }
  if (intent === "takeDown") {
    const done = reportToDraft(id);
    return done.ok ? redirectWithMessage(here, translate("toldUsAdmin.flash.takenDown")) : invalid(formData, { form: done.message });
  }
  return invalid(formData, { form: translate("groups.error.chooseWhat") });
}

export default function ManageToldUs() {
  const { report, themes, choices, canEdit, canAgree } = useLoaderData<typeof loader>();
  const { t, lang } = useT();
  return (
    <>
      <BackLink to="/manage/told-us">{t("toldUsAdmin.all")}</BackLink>
      <ErrorSummary />
      <span className="govuk-caption-l">{t(REPORT_STATES[report.state])}</span>
      <h1 className="govuk-heading-l">{report.title}</h1>
      <p className="govuk-body">
        {t("manage.surveys.period", { from: formatDate(report.periodFrom, lang), to: formatDate(report.periodTo, lang) })}
        {report.publishedAt ? t("toldUsAdmin.publishedOn", { when: formatDateTime(report.publishedAt, lang) }) : ""}
        {report.forumAgreedAt ? t("toldUsAdmin.agreedWith", { name: report.forumName ?? "", when: formatDateTime(report.forumAgreedAt, lang) }) : ""}.
      </p>
      {report.state === "published" ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={`/what-you-told-us/${report.id}`}>
            {t("manage.event.publicPage")}
          </Link>
        </p>
      ) : null}
      <div className="govuk-button-group">
        {canEdit && report.state === "draft" ? (
          <PostForm intent="publish">
            <Button>{t("triage.page.publish")}</Button>
          </PostForm>
        ) : null}
        {canEdit && report.state !== "draft" ? (
          <PostForm intent="takeDown">
            <Button secondary>{t("toldUsAdmin.takeDown")}</Button>
          </PostForm>
        ) : null}
        {canAgree && report.state === "awaiting_forum" ? (
          <>
            <PostForm intent="agree">
              <Button>{t("toldUsAdmin.agree")}</Button>
            </PostForm>
            <PostForm intent="sendBack">
              <Button secondary>{t("toldUsAdmin.sendBack")}</Button>
            </PostForm>
          </>
        ) : null}
      </div>
      <h2 className="govuk-heading-m">{t("toldUsAdmin.reads")}</h2>
      {report.introduction ? <p className="govuk-body">{report.introduction}</p> : null}
      <KeyMessages themes={themes} easy={false} />
      {canEdit && report.state === "draft" ? (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <h2 className="govuk-heading-m">{t("toldUsAdmin.change")}</h2>
            <PostForm intent="edit" noValidate>
              <ReportFields
                themes={choices}
                defaults={{
                  title: report.title,
                  from: report.periodFrom,
                  to: report.periodTo,
                  introduction: report.introduction,
                  themeIds: themes.map((theme) => theme.id),
                }}
              />
              <Button>{t("toldUsAdmin.save")}</Button>
            </PostForm>
          </div>
        </div>
      ) : null}
    </>
  );
}

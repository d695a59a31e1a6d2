import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Button, ErrorSummary, PostForm } from "~/components/form";
import { KeyMessages } from "~/components/key-messages";
import { BackLink } from "~/components/page";
import { can, requirePermission } from "~/modules/auth/permissions.server";
import { readReport } from "~/modules/themes/forms.server";
import { REPORT_STATES, ReportFields } from "~/modules/themes/report-fields";
import { themeChoices } from "~/modules/themes/themes.server";
import { agreeReport, publishReport, reportToDraft, reportView, updateReport } from "~/modules/themes/told-us.server";
import { formatDate, formatDateTime } from "~/utils/dates";
import { redirectWithMessage } from "~/utils/flash.server";
import { found, routeId } from "~/utils/query.server";
import { invalid } from "~/utils/validation.server";

// An officer writes and publishes a "What you told us" page; with joint sign-off on, a forum
// representative agrees it (or sends it back) here too.

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? data.report.title : "Page not found" }];

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
    return redirectWithMessage(
      here,
      intent === "agree" ? "Agreed: the page is now public." : "Sent back: it is a draft again, for the officer to change.",
    );
  }
  if (!can(user, "suggestion:triage")) return invalid(formData, { form: "You cannot change this page" }, undefined, 403);
  if (intent === "edit") {
    const read = readReport(formData);
    if (!read.ok) return invalid(formData, read.errors);
    const done = updateReport(id, read.input);
    return done.ok ? redirectWithMessage(here, "Page saved.") : invalid(formData, { themeIds: done.message });
  }
  if (intent === "publish") {
    const done = publishReport(id, user);
    if (!done.ok) return invalid(formData, { form: done.message });
    return redirectWithMessage(
      here,
      done.awaitingForum ? "Sent to the parent carer forum to agree. It is public once they have." : "Published: the page is public now.",
    );
  }
  if (intent === "takeDown") {
    const done = reportToDraft(id);
    return done.ok ? redirectWithMessage(here, "Taken down: it is a draft again.") : invalid(formData, { form: done.message });
  }
  return invalid(formData, { form: "Choose what to do" });
}

export default function ManageToldUs() {
  const { report, themes, choices, canEdit, canAgree } = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink to="/manage/told-us">All pages</BackLink>
      <ErrorSummary />
      <span className="govuk-caption-l">{REPORT_STATES[report.state]}</span>
      <h1 className="govuk-heading-l">{report.title}</h1>
      <p className="govuk-body">
        {formatDate(report.periodFrom)} to {formatDate(report.periodTo)}
        {report.publishedAt ? `. Published ${formatDateTime(report.publishedAt)}` : ""}
        {report.forumAgreedAt ? `, agreed with ${report.forumName} on ${formatDateTime(report.forumAgreedAt)}` : ""}.
      </p>
      {report.state === "published" ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={`/what-you-told-us/${report.id}`}>
            See the public page
          </Link>
        </p>
      ) : null}
      <div className="govuk-button-group">
        {canEdit && report.state === "draft" ? (
          <PostForm intent="publish">
            <Button>Publish</Button>
          </PostForm>
        ) : null}
        {canEdit && report.state !== "draft" ? (
          <PostForm intent="takeDown">
            <Button secondary>Take it down</Button>
          </PostForm>
        ) : null}
        {canAgree && report.state === "awaiting_forum" ? (
          <>
            <PostForm intent="agree">
              <Button>Agree and publish</Button>
            </PostForm>
            <PostForm intent="sendBack">
              <Button secondary>Send back</Button>
            </PostForm>
          </>
        ) : null}
      </div>
      <h2 className="govuk-heading-m">How it reads</h2>
      {report.introduction ? <p className="govuk-body">{report.introduction}</p> : null}
      <KeyMessages themes={themes} easy={false} />
      {canEdit && report.state === "draft" ? (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <h2 className="govuk-heading-m">Change the page</h2>
            <PostForm intent="edit" noValidate>
              <ReportFields
                themes={choices}
                defaults={{
                  title: report.title,
                  from: report.periodFrom,
                  to: report.periodTo,
                  introduction: report.introduction,
                  themeIds: themes.map((t) => t.id),
                }}
              />
              <Button>Save the page</Button>
            </PostForm>
          </div>
        </div>
      ) : null}
    </>
  );
}

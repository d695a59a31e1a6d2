import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { BackLink } from "~/components/page";
import { Button, ErrorSummary, PostForm } from "~/components/form";
import { requirePermission } from "~/modules/auth/permissions.server";
import { readReport } from "~/modules/themes/forms.server";
import { REPORT_STATES, ReportFields } from "~/modules/themes/report-fields";
import { themeChoices } from "~/modules/themes/themes.server";
import { createReport, listReports } from "~/modules/themes/told-us.server";
import { addDays, formatDate, londonDate } from "~/utils/dates";
import { redirectWithMessage } from "~/utils/flash.server";
import { invalid } from "~/utils/validation.server";

export const meta: MetaFunction = () => [{ title: "“What you told us” pages" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "suggestion:triage");
  const today = londonDate(new Date());
  return json({ reports: listReports(), themes: themeChoices(), from: addDays(today, -91), to: today });
}

export async function action({ request }: ActionFunctionArgs) {
  const officer = await requirePermission(request, "suggestion:triage");
  const formData = await request.formData();
  const read = readReport(formData);
  if (!read.ok) return invalid(formData, read.errors);
  const made = createReport(read.input, officer);
  if (!made.ok) return invalid(formData, { themeIds: made.message });
  return redirectWithMessage(`/manage/told-us/${made.id}`, "Page saved as a draft. Check how it reads, then publish it.");
}

export default function ToldUsPages() {
  const { reports, themes, from, to } = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink to="/manage/themes">Themes</BackLink>
      <ErrorSummary />
      <h1 className="govuk-heading-l">“What you told us” pages</h1>
      <p className="govuk-body">
        For a period, the key messages people told us, each with how many raised it and what is being done about it. Published pages are on{" "}
        <Link className="govuk-link" to="/what-you-told-us">
          the public site
        </Link>
        , in the printable report, the outcomes feed and the evidence report.
      </p>
      {reports.length ? (
        <table className="govuk-table">
          <caption className="govuk-visually-hidden">Pages, the latest period first</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Page
              </th>
              <th scope="col" className="govuk-table__header">
                Period
              </th>
              <th scope="col" className="govuk-table__header">
                State
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {reports.map((r) => (
              <tr className="govuk-table__row" key={r.id}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/manage/told-us/${r.id}`}>
                    {r.title}
                  </Link>
                </td>
                <td className="govuk-table__cell">
                  {formatDate(r.periodFrom)} to {formatDate(r.periodTo)}
                </td>
                <td className="govuk-table__cell">{REPORT_STATES[r.state]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="govuk-body">No pages yet.</p>
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">Start a page</h2>
          {themes.length ? (
            <PostForm noValidate>
              <ReportFields themes={themes} defaults={{ title: "What you told us", from, to, introduction: "", themeIds: [] }} />
              <Button>Save as a draft</Button>
            </PostForm>
          ) : (
            <p className="govuk-body">
              Make some{" "}
              <Link className="govuk-link" to="/manage/themes">
                themes
              </Link>{" "}
              first: a page is made of them.
            </p>
          )}
        </div>
      </div>
    </>
  );
}

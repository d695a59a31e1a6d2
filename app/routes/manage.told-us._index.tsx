import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { BackLink } from "~/components/page";
import { Button, ErrorSummary, PostForm } from "~/components/form";
import { requirePermission } from "~/modules/auth/permissions.server";
import { readReport } from "~/modules/themes/forms.server";
import { REPORT_STATES, ReportFields } from "~/modules/themes/report-fields";
import { translate } from "~/modules/i18n/catalogue.server";
import { themeChoices } from "~/modules/themes/themes.server";
import { createReport, listReports } from "~/modules/themes/told-us.server";
import { addDays, formatDate, londonDate } from "~/utils/dates";
import { redirectWithMessage } from "~/utils/flash.server";
import { invalid } from "~/utils/validation.server";
import { linkPart, metaText, useT } from "~/components/i18n";

export const meta: MetaFunction = () => [{ title: metaText("themes.toldUsLink") }];

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
  return redirectWithMessage(`/manage/told-us/${made.id}`, translate("toldUsAdmin.flash.created"));
}

export default function ToldUsPages() {
  const { reports, themes, from, to } = useLoaderData<typeof loader>();
  const { t, rich, lang } = useT();
  return (
    <>
      <BackLink to="/manage/themes">{t("toldUsAdmin.themes")}</BackLink>
      <ErrorSummary />
      <h1 className="govuk-heading-l">{t("themes.toldUsLink")}</h1>
      <p className="govuk-body">{rich("toldUsAdmin.lead", { link: linkPart("/what-you-told-us") })}</p>
      {reports.length ? (
        <table className="govuk-table">
          <caption className="govuk-visually-hidden">{t("toldUsAdmin.caption")}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                {t("toldUsAdmin.page")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("toldUsAdmin.period")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("manage.surveys.state")}
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
                  {t("manage.surveys.period", { from: formatDate(r.periodFrom, lang), to: formatDate(r.periodTo, lang) })}
                </td>
                <td className="govuk-table__cell">{t(REPORT_STATES[r.state])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="govuk-body">{t("toldUsAdmin.none")}</p>
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">{t("toldUsAdmin.start")}</h2>
          {themes.length ? (
            <PostForm noValidate>
              <ReportFields themes={themes} defaults={{ title: t("toldUs.title"), from, to, introduction: "", themeIds: [] }} />
              <Button>{t("toldUsAdmin.saveDraft")}</Button>
            </PostForm>
          ) : (
            <p className="govuk-body">{rich("toldUsAdmin.makeThemes", { link: linkPart("/manage/themes") })}</p>
          )}
        </div>
      </div>
    </>
  );
}

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Button, ErrorSummary, PostForm } from "~/components/form";
import { ThemeFields } from "~/modules/themes/theme-fields";
import { ACTIVITY_NAME_KEYS } from "~/modules/activities/activity";
import { translate } from "~/modules/i18n/catalogue.server";
import { requirePermission } from "~/modules/auth/permissions.server";
import { readTheme } from "~/modules/themes/forms.server";
import { createTheme, listThemes } from "~/modules/themes/themes.server";
import { redirectWithMessage } from "~/utils/flash.server";
import { invalid } from "~/utils/validation.server";
import { metaText, useT } from "~/components/i18n";

export const meta: MetaFunction = () => [{ title: metaText("themes.title") }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "suggestion:triage");
  return json({ themes: listThemes() });
}

export async function action({ request }: ActionFunctionArgs) {
  const officer = await requirePermission(request, "suggestion:triage");
  const formData = await request.formData();
  const read = readTheme(formData);
  if (!read.ok) return invalid(formData, read.errors);
  const id = createTheme(read.input, officer);
  return redirectWithMessage(`/manage/themes/${id}`, translate("themes.flash.created"));
}

export default function Themes() {
  const { themes } = useLoaderData<typeof loader>();
  const { t } = useT();
  return (
    <>
      <ErrorSummary />
      <h1 className="govuk-heading-l">{t("themes.title")}</h1>
      <p className="govuk-body">{t("themes.lead")}</p>
      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" to="/manage/themes/suggested">
            {t("themes.suggestedLink")}
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/manage/told-us">
            {t("themes.toldUsLink")}
          </Link>
        </li>
      </ul>
      {themes.length ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">{t("themes.count", { count: themes.length })}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                {t("themes.caption")}
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                {t("themes.page.itemsColumn")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("themes.page.from")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("themes.actionsColumn")}
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {themes.map((theme) => (
              <tr className="govuk-table__row" key={theme.id}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/manage/themes/${theme.id}`}>
                    {theme.name}
                  </Link>
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{t("themes.number", { n: theme.items })}</td>
                <td className="govuk-table__cell">
                  {theme.sources.map((s) => `${t(ACTIVITY_NAME_KEYS[s.sourceKind])} (${s.items})`).join(", ") || t("themes.nothingYet")}
                </td>
                <td className="govuk-table__cell">{theme.actions.join(", ") || t("manage.groups.noneYet")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="govuk-body">{t("themes.none")}</p>
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">{t("themes.create")}</h2>
          <PostForm noValidate>
            <ThemeFields />
            <Button>{t("themes.createButton")}</Button>
          </PostForm>
        </div>
      </div>
    </>
  );
}

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Button, ErrorSummary, PostForm } from "~/components/form";
import { ThemeFields } from "~/modules/themes/theme-fields";
import { ACTIVITY_NAMES } from "~/modules/activities/activity";
import { requirePermission } from "~/modules/auth/permissions.server";
import { readTheme } from "~/modules/themes/forms.server";
import { createTheme, listThemes } from "~/modules/themes/themes.server";
import { redirectWithMessage } from "~/utils/flash.server";
import { invalid } from "~/utils/validation.server";
import { counted } from "~/utils/words";

export const meta: MetaFunction = () => [{ title: "Themes (key messages)" }];

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
  return redirectWithMessage(
    `/manage/themes/${id}`,
    "Theme created. Add items to it from the suggestions, a survey’s answers or its suggested groupings.",
  );
}

export default function Themes() {
  const { themes } = useLoaderData<typeof loader>();
  return (
    <>
      <ErrorSummary />
      <h1 className="govuk-heading-l">Themes (key messages)</h1>
      <p className="govuk-body">A theme gathers what many people said, from every source, so it can be answered and published as a key message.</p>
      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" to="/manage/themes/suggested">
            Suggested groupings of items with no theme
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/manage/told-us">
            “What you told us” pages
          </Link>
        </li>
      </ul>
      {themes.length ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">{counted(themes.length, "theme")}, the latest changed first</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Theme
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Items
              </th>
              <th scope="col" className="govuk-table__header">
                From
              </th>
              <th scope="col" className="govuk-table__header">
                Actions
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {themes.map((t) => (
              <tr className="govuk-table__row" key={t.id}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/manage/themes/${t.id}`}>
                    {t.name}
                  </Link>
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{t.items.toLocaleString("en-GB")}</td>
                <td className="govuk-table__cell">
                  {t.sources.map((s) => `${ACTIVITY_NAMES[s.sourceKind]} (${s.items})`).join(", ") || "Nothing yet"}
                </td>
                <td className="govuk-table__cell">{t.actions.join(", ") || "None yet"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="govuk-body">No themes yet.</p>
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">Create a theme</h2>
          <PostForm noValidate>
            <ThemeFields />
            <Button>Create theme</Button>
          </PostForm>
        </div>
      </div>
    </>
  );
}

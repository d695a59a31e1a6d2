import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Button, ErrorSummary, TextInput } from "~/components/form";
import { requirePermission } from "~/modules/auth/permissions.server";
import { SURVEY_STATE_LABELS } from "~/modules/surveys/questions";
import { createSurvey, listSurveys } from "~/modules/surveys/surveys.server";
import { parseForm, textField, invalid } from "~/utils/validation.server";
import { formatDate } from "~/utils/dates";
import { redirectWithMessage } from "~/utils/flash.server";
import { metaText, useT } from "~/components/i18n";
import { translate } from "~/modules/i18n/catalogue.server";

export const meta: MetaFunction = () => [{ title: metaText("manage.surveys.title") }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "survey:manage");
  return json({ surveys: listSurveys() });
}

export async function action({ request }: ActionFunctionArgs) {
  const officer = await requirePermission(request, "survey:manage");
  const formData = await request.formData();
  const parsed = parseForm(formData, z.object({ title: textField(translate("manage.event.field.title"), { max: 150 }) }));
  if (!parsed.ok) return invalid(formData, parsed.errors);
  const id = createSurvey(parsed.data.title, officer.id);
  return redirectWithMessage(`/manage/surveys/${id}`, translate("manage.surveys.flash.created"));
}

export default function ManageSurveys() {
  const { surveys } = useLoaderData<typeof loader>();
  const { t, lang } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <ErrorSummary />
        <h1 className="govuk-heading-l">{t("manage.surveys.title")}</h1>
        {surveys.length ? (
          <table className="govuk-table">
            <caption className="govuk-visually-hidden">{t("manage.surveys.title")}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  {t("manage.surveys.survey")}
                </th>
                <th scope="col" className="govuk-table__header">
                  {t("manage.surveys.state")}
                </th>
                <th scope="col" className="govuk-table__header">
                  {t("manage.surveys.open")}
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  {t("manage.surveys.answers")}
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {surveys.map((s) => (
                <tr key={s.id} className="govuk-table__row">
                  <td className="govuk-table__cell">
                    <Link className="govuk-link" to={`/manage/surveys/${s.id}`}>
                      {s.title}
                    </Link>
                  </td>
                  <td className="govuk-table__cell">{t(SURVEY_STATE_LABELS[s.state])}</td>
                  <td className="govuk-table__cell">
                    {t("manage.surveys.period", { from: formatDate(s.opensOn, lang), to: formatDate(s.closesOn, lang) })}
                  </td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{s.responses}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="govuk-body">{t("manage.surveys.none")}</p>
        )}
        <Form method="post" noValidate className="govuk-!-margin-top-6">
          <h2 className="govuk-heading-m">{t("manage.surveys.create")}</h2>
          <TextInput name="title" label={t("manage.event.field.title")} hint={t("manage.surveys.create.hint")} />
          <Button>{t("manage.surveys.createButton")}</Button>
        </Form>
      </div>
    </div>
  );
}

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

export const meta: MetaFunction = () => [{ title: "Surveys" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "survey:manage");
  return json({ surveys: listSurveys() });
}

export async function action({ request }: ActionFunctionArgs) {
  const officer = await requirePermission(request, "survey:manage");
  const formData = await request.formData();
  const parsed = parseForm(formData, z.object({ title: textField("Title", { max: 150 }) }));
  if (!parsed.ok) return invalid(formData, parsed.errors);
  const id = createSurvey(parsed.data.title, officer.id);
  return redirectWithMessage(`/manage/surveys/${id}`, "Survey created. Add its questions, check the settings, then publish it.");
}

export default function ManageSurveys() {
  const { surveys } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <ErrorSummary />
        <h1 className="govuk-heading-l">Surveys</h1>
        {surveys.length ? (
          <table className="govuk-table">
            <caption className="govuk-visually-hidden">Surveys</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Survey
                </th>
                <th scope="col" className="govuk-table__header">
                  State
                </th>
                <th scope="col" className="govuk-table__header">
                  Open
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Answers
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
                  <td className="govuk-table__cell">{SURVEY_STATE_LABELS[s.state]}</td>
                  <td className="govuk-table__cell">
                    {formatDate(s.opensOn)} to {formatDate(s.closesOn)}
                  </td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{s.responses}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="govuk-body">No surveys yet.</p>
        )}
        <Form method="post" noValidate className="govuk-!-margin-top-6">
          <h2 className="govuk-heading-m">Create a survey</h2>
          <TextInput name="title" label="Title" hint="For example: “Short breaks: what works for your family?”" />
          <Button>Create survey</Button>
        </Form>
      </div>
    </div>
  );
}

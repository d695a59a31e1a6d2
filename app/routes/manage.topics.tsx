import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Button, ErrorSummary, TextInput, useSavedKey } from "~/components/form";
import { requirePermission } from "~/modules/auth/permissions.server";
import { addTopic, listTopics, setTopicArchived } from "~/modules/feedback/topics.server";
import { parseForm, textField, invalid } from "~/utils/validation.server";
import { metaText, useT } from "~/components/i18n";
import { translate } from "~/modules/i18n/catalogue.server";

export const meta: MetaFunction = () => [{ title: metaText("manage.dashboard.topics") }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "topics:manage");
  return json({ topics: listTopics(true) });
}

export async function action({ request }: ActionFunctionArgs) {
  await requirePermission(request, "topics:manage");
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (intent === "archive" || intent === "restore") {
    const id = Number(formData.get("topicId"));
    if (Number.isInteger(id) && id > 0) setTopicArchived(id, intent === "archive");
    return redirect("/manage/topics");
  }
  const parsed = parseForm(formData, z.object({ name: textField(translate("topics.name"), { max: 80 }) }));
  if (!parsed.ok) return invalid(formData, parsed.errors);
  const result = addTopic(parsed.data.name);
  if (!result.ok) return json({ errors: { name: result.message }, values: parsed.data }, { status: 400 });
  return redirect("/manage/topics");
}

export default function Topics() {
  const { topics } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const formsKey = useSavedKey(data);
  const { t } = useT();
  return (
    <div key={formsKey} className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary />
        <h1 className="govuk-heading-l">{t("manage.dashboard.topics")}</h1>
        <p className="govuk-body">{t("topics.lead")}</p>
        <table className="govuk-table">
          <caption className="govuk-visually-hidden">{t("manage.dashboard.topics")}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                {t("manage.dashboard.topic")}
              </th>
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">{t("manage.dashboard.action")}</span>
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {topics.map((topic) => (
              <tr className="govuk-table__row" key={topic.id}>
                <td className="govuk-table__cell">
                  {topic.name}
                  {topic.archived ? ` ${t("topics.archived")}` : ""}
                </td>
                <td className="govuk-table__cell">
                  <Form method="post">
                    <input type="hidden" name="topicId" value={topic.id} />
                    <button
                      type="submit"
                      name="intent"
                      value={topic.archived ? "restore" : "archive"}
                      className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                      data-module="govuk-button"
                    >
                      {topic.archived ? t("topics.restore") : t("topics.archive")}
                      <span className="govuk-visually-hidden"> {topic.name}</span>
                    </button>
                  </Form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Form method="post" noValidate>
          <TextInput name="name" label={t("topics.add")} labelClass="govuk-label--m" />
          <Button>{t("topics.addButton")}</Button>
        </Form>
      </div>
    </div>
  );
}

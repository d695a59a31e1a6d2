import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Button, ErrorSummary, TextInput, useSavedKey } from "~/components/form";
import { requirePermission } from "~/modules/auth/permissions.server";
import { addTopic, listTopics, setTopicArchived } from "~/modules/feedback/topics.server";
import { parseForm, textField, invalid } from "~/utils/validation.server";

export const meta: MetaFunction = () => [{ title: "Topics" }];

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
  const parsed = parseForm(formData, z.object({ name: textField("Topic name", { max: 80 }) }));
  if (!parsed.ok) return invalid(formData, parsed.errors);
  const result = addTopic(parsed.data.name);
  if (!result.ok) return json({ errors: { name: result.message }, values: parsed.data }, { status: 400 });
  return redirect("/manage/topics");
}

export default function Topics() {
  const { topics } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const formsKey = useSavedKey(data);
  return (
    <div key={formsKey} className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary />
        <h1 className="govuk-heading-l">Topics</h1>
        <p className="govuk-body">People choose a topic when they make a suggestion. Archived topics stay on old suggestions but are not offered.</p>
        <table className="govuk-table">
          <caption className="govuk-visually-hidden">Topics</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Topic
              </th>
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {topics.map((t) => (
              <tr className="govuk-table__row" key={t.id}>
                <td className="govuk-table__cell">
                  {t.name}
                  {t.archived ? " (archived)" : ""}
                </td>
                <td className="govuk-table__cell">
                  <Form method="post">
                    <input type="hidden" name="topicId" value={t.id} />
                    <button
                      type="submit"
                      name="intent"
                      value={t.archived ? "restore" : "archive"}
                      className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                      data-module="govuk-button"
                    >
                      {t.archived ? "Restore" : "Archive"}
                      <span className="govuk-visually-hidden"> {t.name}</span>
                    </button>
                  </Form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Form method="post" noValidate>
          <TextInput name="name" label="Add a topic" labelClass="govuk-label--m" />
          <Button>Add topic</Button>
        </Form>
      </div>
    </div>
  );
}

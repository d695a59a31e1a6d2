import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ACTION_STATUSES } from "~db/schema/enums";
import { Button, ErrorSummary, Radios, Textarea, TextInput, useSavedKey, PostForm } from "~/components/form";
import { BackLink } from "~/components/page";
import { ActionHistory } from "~/components/suggestion";
import { ParticipationLevelField } from "~/components/participation";
import { ACTION_STATUS, ActionStatusTag } from "~/components/status";
import { requirePermission } from "~/modules/auth/permissions.server";
import { actionFields, statusField } from "~/modules/strategy/action-schema.server";
import { getAction, updateActionDetails, updateActionStatus } from "~/modules/strategy/strategy.server";
import { parseForm, textField, invalid } from "~/utils/validation.server";
import { found, notFound, routeId } from "~/utils/query.server";
import { redirectWithMessage } from "~/utils/flash.server";
import { useT } from "~/components/i18n";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `Manage action ${data.action.code}` : "Manage action" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "strategy:manage");
  const action = found(getAction(routeId(params.id)));
  return json({ action });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const officer = await requirePermission(request, "strategy:manage");
  const id = routeId(params.id);
  if (!getAction(id)) throw notFound();
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  if (intent === "status") {
    const parsed = parseForm(
      formData,
      z.object({
        status: statusField(),
        note: textField("Public note", { max: 2000, required: "Write a short public note about the change", multiline: true }),
      }),
    );
    if (!parsed.ok) return invalid(formData, parsed.errors);
    updateActionStatus({ actionId: id, status: parsed.data.status, note: parsed.data.note, authorId: officer.id });
    return redirectWithMessage(`/manage/strategy/actions/${id}`, "Status updated and added to the action’s history.");
  }
  if (intent === "details") {
    const parsed = parseForm(formData, z.object(actionFields()));
    if (!parsed.ok) return invalid(formData, parsed.errors);
    const result = updateActionDetails(id, parsed.data);
    if (!result.ok) return invalid(formData, { code: result.message });
    return redirectWithMessage(`/manage/strategy/actions/${id}`, "Action saved.");
  }
  return invalid(formData, { form: "Choose what to do" });
}

export default function ManageAction() {
  const { t } = useT();
  const { action: item } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const formsKey = useSavedKey(data);
  return (
    <div key={formsKey} className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/manage/strategy">All actions</BackLink>
        <ErrorSummary />
        <span className="govuk-caption-l">{item.areaName}</span>
        <h1 className="govuk-heading-l">Action {item.code}</h1>
        <p className="govuk-body">
          <ActionStatusTag status={item.status} />{" "}
          <Link className="govuk-link" to={`/strategy/actions/${item.id}`}>
            See the public page
          </Link>
        </p>
        <PostForm intent="status" noValidate>
          <h2 className="govuk-heading-m">Update the status</h2>
          <Radios
            name="status"
            legend="Status"
            options={ACTION_STATUSES.map((s) => ({ value: s, label: t(ACTION_STATUS[s].labelKey) }))}
            defaultValue={item.status}
          />
          <Textarea
            name="note"
            label="Public note"
            hint="What has happened, in plain words. It is dated and kept in the action’s public history."
            rows={3}
          />
          <Button>Save update</Button>
        </PostForm>
        <h2 className="govuk-heading-m">History</h2>
        <ActionHistory history={item.history} />
        <PostForm intent="details" noValidate>
          <h2 className="govuk-heading-m">What the action says</h2>
          <TextInput name="area" label="Area" defaultValue={item.areaName} />
          <TextInput name="code" label="Code" widthClass="govuk-input--width-5" defaultValue={item.code} />
          <Textarea name="title" label="What we will do" rows={3} defaultValue={item.title} />
          <Textarea name="how" label="How we will do it" rows={4} defaultValue={item.how} />
          <Textarea name="measures" label="How we will know it worked" rows={3} defaultValue={item.measures} />
          <TextInput name="lead" label="Lead" defaultValue={item.lead} />
          <TextInput
            name="dueDate"
            label="Due date"
            hint="For example, 2027-03-31"
            widthClass="govuk-input--width-10"
            defaultValue={item.dueDate ?? ""}
          />
          <ParticipationLevelField defaultValue={item.participationLevel} />
          <Button secondary>Save action</Button>
        </PostForm>
      </div>
    </div>
  );
}

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
import { metaText, useT } from "~/components/i18n";
import { translate } from "~/modules/i18n/catalogue.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? metaText("strategyAdmin.action.metaTitle", { code: data.action.code }) : metaText("manage.dashboard.strategy") },
];

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
        note: textField(translate("triage.bulk.noteName"), { max: 2000, required: translate("strategyAdmin.error.note"), multiline: true }),
      }),
    );
    if (!parsed.ok) return invalid(formData, parsed.errors);
    updateActionStatus({ actionId: id, status: parsed.data.status, note: parsed.data.note, authorId: officer.id });
    return redirectWithMessage(`/manage/strategy/actions/${id}`, translate("strategyAdmin.flash.status"));
  }
  if (intent === "details") {
    const parsed = parseForm(formData, z.object(actionFields()));
    if (!parsed.ok) return invalid(formData, parsed.errors);
    const result = updateActionDetails(id, parsed.data);
    if (!result.ok) return invalid(formData, { code: result.message });
    return redirectWithMessage(`/manage/strategy/actions/${id}`, translate("strategyAdmin.flash.saved"));
  }
  return invalid(formData, { form: translate("groups.error.chooseWhat") });
}

export default function ManageAction() {
  const { t } = useT();
  const { action: item } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const formsKey = useSavedKey(data);
  return (
    <div key={formsKey} className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/manage/strategy">{t("strategyAdmin.allActions")}</BackLink>
        <ErrorSummary />
        <span className="govuk-caption-l">{item.areaName}</span>
        <h1 className="govuk-heading-l">{t("strategyAdmin.action.heading", { code: item.code })}</h1>
        <p className="govuk-body">
          <ActionStatusTag status={item.status} />{" "}
          <Link className="govuk-link" to={`/strategy/actions/${item.id}`}>
            {t("manage.event.publicPage")}
          </Link>
        </p>
        <PostForm intent="status" noValidate>
          <h2 className="govuk-heading-m">{t("strategyAdmin.updateStatus")}</h2>
          <Radios
            name="status"
            legend={t("groups.statusLabel")}
            options={ACTION_STATUSES.map((s) => ({ value: s, label: t(ACTION_STATUS[s].labelKey) }))}
            defaultValue={item.status}
          />
          <Textarea name="note" label={t("triage.bulk.noteName")} hint={t("strategyAdmin.note.hint")} rows={3} />
          <Button>{t("strategyAdmin.saveUpdate")}</Button>
        </PostForm>
        <h2 className="govuk-heading-m">{t("themes.page.history")}</h2>
        <ActionHistory history={item.history} />
        <PostForm intent="details" noValidate>
          <h2 className="govuk-heading-m">{t("strategyAdmin.says")}</h2>
          <TextInput name="area" label={t("strategyAdmin.field.area")} defaultValue={item.areaName} />
          <TextInput name="code" label={t("strategyAdmin.field.code")} widthClass="govuk-input--width-5" defaultValue={item.code} />
          <Textarea name="title" label={t("strategyAdmin.field.title")} rows={3} defaultValue={item.title} />
          <Textarea name="how" label={t("strategyAdmin.field.how")} rows={4} defaultValue={item.how} />
          <Textarea name="measures" label={t("strategyAdmin.field.measures")} rows={3} defaultValue={item.measures} />
          <TextInput name="lead" label={t("strategyAdmin.field.leadName")} defaultValue={item.lead} />
          <TextInput
            name="dueDate"
            label={t("strategyAdmin.field.due")}
            hint={t("strategyAdmin.field.due.hint")}
            widthClass="govuk-input--width-10"
            defaultValue={item.dueDate ?? ""}
          />
          <ParticipationLevelField defaultValue={item.participationLevel} />
          <Button secondary>{t("strategyAdmin.saveAction")}</Button>
        </PostForm>
      </div>
    </div>
  );
}

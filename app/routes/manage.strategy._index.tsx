import { Fragment } from "react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ACTION_STATUSES } from "~db/schema/enums";
import { Button, ErrorSummary, Radios, Textarea, TextInput, useSavedKey, PostForm, FileUpload } from "~/components/form";
import { ACTION_STATUS, ActionStatusTag } from "~/components/status";
import { requirePermission } from "~/modules/auth/permissions.server";
import { actionFields, statusField } from "~/modules/strategy/action-schema.server";
import { ParticipationLevelField } from "~/components/participation";
import { addAction, createStrategy, currentStrategyId, getStrategy, importActionsCsv, updateStrategy } from "~/modules/strategy/strategy.server";
import { parseForm, textField, invalid } from "~/utils/validation.server";
import { formatDate } from "~/utils/dates";
import { redirectWithMessage } from "~/utils/flash.server";
import { metaText, useT } from "~/components/i18n";
import { translate } from "~/modules/i18n/catalogue.server";

export const meta: MetaFunction = () => [{ title: metaText("strategyAdmin.title") }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "strategy:manage");
  const id = currentStrategyId();
  return json({ strategy: id ? (getStrategy(id) ?? null) : null });
}

const strategySchema = () =>
  z.object({
    name: textField(translate("groups.field.name"), { max: 200 }),
    period: textField(translate("toldUsAdmin.period"), { max: 60, required: translate("strategyAdmin.error.period") }),
    summary: textField(translate("manage.heard.summary"), { max: 3000, required: false, multiline: true }),
  });

export async function action({ request }: ActionFunctionArgs) {
  const officer = await requirePermission(request, "strategy:manage");
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  // The import's problems are listed row by row under the form, so every reply carries the list.
  const fail = (errors: Record<string, string>, problems: { row: number; message: string }[] = []) => invalid(formData, errors, { problems });
  const strategyId = currentStrategyId();

  if (intent === "strategy") {
    const parsed = parseForm(formData, strategySchema());
    if (!parsed.ok) return fail(parsed.errors);
    if (strategyId) updateStrategy(strategyId, parsed.data);
    else createStrategy(parsed.data);
    return redirectWithMessage("/manage/strategy", translate("strategyAdmin.flash.strategy"));
  }
  if (!strategyId) return fail({ name: translate("strategyAdmin.error.first") });
  if (intent === "import") {
    const file = formData.get("file");
    const pasted = String(formData.get("csv") ?? "");
    let csv = pasted;
    if (file instanceof File && file.size > 0) {
      if (!/\.csv$/i.test(file.name) && !/csv|text\/plain/.test(file.type)) return fail({ file: translate("strategyAdmin.import.notCsv") });
      csv = await file.text();
    }
    if (!csv.trim()) return fail({ file: translate("strategyAdmin.import.choose") });
    const result = importActionsCsv(strategyId, csv, officer.id);
    if (!result.ok) return fail({ file: translate("manage.translations.import.nothing", { count: result.problems.length }) }, result.problems);
    return redirectWithMessage("/manage/strategy", translate("strategyAdmin.import.done", { created: result.created, updated: result.updated }));
  }
  if (intent === "add") {
    const parsed = parseForm(formData, z.object({ ...actionFields(), status: statusField() }));
    if (!parsed.ok) return fail(parsed.errors);
    const result = addAction(strategyId, parsed.data, officer.id);
    if (!result.ok) return fail({ code: result.message });
    return redirectWithMessage("/manage/strategy", translate("strategyAdmin.flash.added"));
  }
  return fail({ form: translate("groups.error.chooseWhat") });
}

export default function ManageStrategy() {
  const { t, rich, lang } = useT();
  const { strategy } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const formsKey = useSavedKey(data);
  return (
    <Fragment key={formsKey}>
      <ErrorSummary />
      <h1 className="govuk-heading-l">{t("manage.dashboard.strategy")}</h1>
      {data?.problems?.length ? (
        <div className="govuk-inset-text">
          <h2 className="govuk-heading-s">{t("strategyAdmin.problems")}</h2>
          <ul className="govuk-list govuk-list--bullet">
            {data.problems.map((p) => (
              <li key={`${p.row}-${p.message}`}>{p.row ? t("manage.translations.row", { row: p.row, message: p.message }) : p.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PostForm intent="strategy" noValidate>
            <h2 className="govuk-heading-m">{strategy ? t("strategyAdmin.about") : t("strategyAdmin.create")}</h2>
            <TextInput name="name" label={t("groups.field.name")} defaultValue={strategy?.name} />
            <TextInput
              name="period"
              label={t("toldUsAdmin.period")}
              hint={t("strategyAdmin.period.hint")}
              widthClass="govuk-input--width-20"
              defaultValue={strategy?.period}
            />
            <Textarea name="summary" label={t("manage.heard.summary")} rows={4} defaultValue={strategy?.summary} />
            <Button secondary>{strategy ? t("manage.groups.save") : t("strategyAdmin.createButton")}</Button>
          </PostForm>
        </div>
      </div>
      {strategy ? (
        <>
          <h2 className="govuk-heading-m">{t("themes.actionsColumn")}</h2>
          <p className="govuk-body">
            <a className="govuk-link" href="/manage/strategy.csv">
              {t("strategyAdmin.csv")}
            </a>{" "}
            ·{" "}
            <Link className="govuk-link" to="/strategy">
              {t("manage.event.publicPage")}
            </Link>
          </p>
          <table className="govuk-table">
            <caption className="govuk-visually-hidden">{t("strategyAdmin.every")}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  {t("manage.dashboard.action")}
                </th>
                <th scope="col" className="govuk-table__header">
                  {t("strategyAdmin.field.area")}
                </th>
                <th scope="col" className="govuk-table__header">
                  {t("strategyAdmin.due")}
                </th>
                <th scope="col" className="govuk-table__header">
                  {t("groups.statusLabel")}
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {strategy.areas.flatMap((area) =>
                area.actions.map((a) => (
                  <tr className="govuk-table__row" key={a.id}>
                    <td className="govuk-table__cell">
                      <Link className="govuk-link" to={`/manage/strategy/actions/${a.id}`}>
                        <strong>{a.code}</strong> {a.title.length > 100 ? `${a.title.slice(0, 100)}…` : a.title}
                      </Link>
                    </td>
                    <td className="govuk-table__cell">{area.name}</td>
                    <td className="govuk-table__cell">{formatDate(a.dueDate, lang)}</td>
                    <td className="govuk-table__cell">
                      <ActionStatusTag status={a.status} />
                    </td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">
              <PostForm intent="import" encType="multipart/form-data" noValidate>
                <h2 className="govuk-heading-m">{t("strategyAdmin.import.heading")}</h2>
                <p className="govuk-body">{rich("strategyAdmin.import.how", { code: (parts) => <code>{parts}</code> })}</p>
                <FileUpload name="file" label={t("strategyAdmin.import.file")} accept=".csv,text/csv" />
                <Textarea name="csv" label={t("strategyAdmin.import.paste")} rows={4} />
                <Button secondary>{t("strategyAdmin.import.button")}</Button>
              </PostForm>
              <PostForm intent="add" noValidate>
                <h2 className="govuk-heading-m">{t("strategyAdmin.add")}</h2>
                <TextInput name="area" label={t("strategyAdmin.field.area")} hint={t("strategyAdmin.field.area.hint")} />
                <TextInput
                  name="code"
                  label={t("strategyAdmin.field.code")}
                  hint={t("strategyAdmin.field.code.hint")}
                  widthClass="govuk-input--width-5"
                />
                <Textarea name="title" label={t("strategyAdmin.field.title")} rows={2} />
                <Textarea name="how" label={t("strategyAdmin.field.how")} rows={3} />
                <Textarea name="measures" label={t("strategyAdmin.field.measures")} rows={3} />
                <TextInput name="lead" label={t("strategyAdmin.field.lead")} />
                <TextInput
                  name="dueDate"
                  label={t("strategyAdmin.field.due")}
                  hint={t("strategyAdmin.field.due.hint")}
                  widthClass="govuk-input--width-10"
                />
                <Radios
                  name="status"
                  legend={t("groups.statusLabel")}
                  inline
                  options={ACTION_STATUSES.map((s) => ({ value: s, label: t(ACTION_STATUS[s].labelKey) }))}
                  defaultValue="not_started"
                />
                <ParticipationLevelField defaultValue={null} />
                <Button secondary>{t("strategyAdmin.addButton")}</Button>
              </PostForm>
            </div>
          </div>
        </>
      ) : null}
    </Fragment>
  );
}

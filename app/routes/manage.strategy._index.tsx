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
import { useT } from "~/components/i18n";

export const meta: MetaFunction = () => [{ title: "Manage the strategy" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "strategy:manage");
  const id = currentStrategyId();
  return json({ strategy: id ? (getStrategy(id) ?? null) : null });
}

const strategySchema = () =>
  z.object({
    name: textField("Name", { max: 200 }),
    period: textField("Period", { max: 60, required: "Enter the period, like 2025 to 2027" }),
    summary: textField("Summary", { max: 3000, required: false, multiline: true }),
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
    return redirectWithMessage("/manage/strategy", "Strategy saved.");
  }
  if (!strategyId) return fail({ name: "Create the strategy first" });
  if (intent === "import") {
    const file = formData.get("file");
    const pasted = String(formData.get("csv") ?? "");
    let csv = pasted;
    if (file instanceof File && file.size > 0) {
      if (!/\.csv$/i.test(file.name) && !/csv|text\/plain/.test(file.type)) return fail({ file: "The file must be a CSV file" });
      csv = await file.text();
    }
    if (!csv.trim()) return fail({ file: "Choose a CSV file, or paste its contents" });
    const result = importActionsCsv(strategyId, csv, officer.id);
    if (!result.ok)
      return fail(
        {
          file: `Nothing was imported: the file has ${result.problems.length} ${result.problems.length === 1 ? "problem" : "problems"}, listed below`,
        },
        result.problems,
      );
    return redirectWithMessage("/manage/strategy", `Imported: ${result.created} actions added, ${result.updated} updated.`);
  }
  if (intent === "add") {
    const parsed = parseForm(formData, z.object({ ...actionFields(), status: statusField() }));
    if (!parsed.ok) return fail(parsed.errors);
    const result = addAction(strategyId, parsed.data, officer.id);
    if (!result.ok) return fail({ code: result.message });
    return redirectWithMessage("/manage/strategy", "Action added.");
  }
  return fail({ form: "Choose what to do" });
}

export default function ManageStrategy() {
  const { t } = useT();
  const { strategy } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const formsKey = useSavedKey(data);
  return (
    <Fragment key={formsKey}>
      <ErrorSummary />
      <h1 className="govuk-heading-l">The strategy and its actions</h1>
      {data?.problems?.length ? (
        <div className="govuk-inset-text">
          <h2 className="govuk-heading-s">Problems in the file</h2>
          <ul className="govuk-list govuk-list--bullet">
            {data.problems.map((p) => (
              <li key={`${p.row}-${p.message}`}>
                {p.row ? `Row ${p.row}: ` : ""}
                {p.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PostForm intent="strategy" noValidate>
            <h2 className="govuk-heading-m">{strategy ? "About the strategy" : "Create the strategy"}</h2>
            <TextInput name="name" label="Name" defaultValue={strategy?.name} />
            <TextInput
              name="period"
              label="Period"
              hint="For example, 2025 to 2027"
              widthClass="govuk-input--width-20"
              defaultValue={strategy?.period}
            />
            <Textarea name="summary" label="Summary" rows={4} defaultValue={strategy?.summary} />
            <Button secondary>{strategy ? "Save" : "Create strategy"}</Button>
          </PostForm>
        </div>
      </div>
      {strategy ? (
        <>
          <h2 className="govuk-heading-m">Actions</h2>
          <p className="govuk-body">
            <a className="govuk-link" href="/manage/strategy.csv">
              Download the actions as a spreadsheet (CSV)
            </a>{" "}
            ·{" "}
            <Link className="govuk-link" to="/strategy">
              See the public page
            </Link>
          </p>
          <table className="govuk-table">
            <caption className="govuk-visually-hidden">Every action</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Action
                </th>
                <th scope="col" className="govuk-table__header">
                  Area
                </th>
                <th scope="col" className="govuk-table__header">
                  Due
                </th>
                <th scope="col" className="govuk-table__header">
                  Status
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
                    <td className="govuk-table__cell">{formatDate(a.dueDate)}</td>
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
                <h2 className="govuk-heading-m">Import actions from a spreadsheet</h2>
                <p className="govuk-body">
                  Save the spreadsheet as CSV with this first row: <code>area,code,title,how,measures,lead,due_date,status</code>. Dates are written
                  2027-03-31; status is one of: not started, on track, at risk, off track, complete. Actions with a code that already exists are
                  updated, not added twice. If any row has a problem, nothing is imported.
                </p>
                <FileUpload name="file" label="CSV file" accept=".csv,text/csv" />
                <Textarea name="csv" label="Or paste the CSV here" rows={4} />
                <Button secondary>Import</Button>
              </PostForm>
              <PostForm intent="add" noValidate>
                <h2 className="govuk-heading-m">Add an action</h2>
                <TextInput name="area" label="Area" hint="For example, Area 2 – Meeting needs" />
                <TextInput name="code" label="Code" hint="For example, 2.3" widthClass="govuk-input--width-5" />
                <Textarea name="title" label="What we will do" rows={2} />
                <Textarea name="how" label="How we will do it" rows={3} />
                <Textarea name="measures" label="How we will know it worked" rows={3} />
                <TextInput name="lead" label="Lead (a name or team)" />
                <TextInput name="dueDate" label="Due date" hint="For example, 2027-03-31" widthClass="govuk-input--width-10" />
                <Radios
                  name="status"
                  legend="Status"
                  inline
                  options={ACTION_STATUSES.map((s) => ({ value: s, label: t(ACTION_STATUS[s].labelKey) }))}
                  defaultValue="not_started"
                />
                <ParticipationLevelField defaultValue={null} />
                <Button secondary>Add action</Button>
              </PostForm>
            </div>
          </div>
        </>
      ) : null}
    </Fragment>
  );
}

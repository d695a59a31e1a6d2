import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation } from "@remix-run/react";
import { ACTIVITY_KINDS, SUGGESTION_STATUSES } from "~db/schema/enums";
import { ACTIVITY_NAMES } from "~/modules/activities/activity";
import { Pagination } from "~/components/pagination";
import { SUGGESTION_STATUS, SuggestionStatusTag } from "~/components/status";
import { requirePermission } from "~/modules/auth/permissions.server";
import { countOutcomesWithoutEasyRead, listAssignees, queueIds, triageQueue } from "~/modules/feedback/triage.server";
import { changeMany, readBulkForm } from "~/modules/feedback/bulk.server";
import { MOST_AT_ONCE } from "~/modules/feedback/most-at-once";
import { mostUsedByArea } from "~/components/action-picker";
import { listActionChoices } from "~/modules/strategy/strategy.server";
import { AllMatching, Button, ChooseBox, ErrorSummary, PostForm, Radios, Select, Textarea } from "~/components/form";
import { redirectWithMessage } from "~/utils/flash.server";
import { invalid } from "~/utils/validation.server";
import { listTopics } from "~/modules/feedback/topics.server";
import { themeChoices } from "~/modules/themes/themes.server";
import { enumParam, intParam } from "~/utils/query.server";
import { formatDateTime } from "~/utils/dates";
import { useT } from "~/components/i18n";

export const meta: MetaFunction = () => [{ title: "Suggestions to triage" }];

/** The queue's filters from the address: the list shows them, and "all matching" changes them. */
function filtersFrom(params: URLSearchParams, officerId: string, assignees: { id: string }[]) {
  const assigneeParam = params.get("assignee");
  return {
    status: enumParam(params, "status", [...SUGGESTION_STATUSES, "open"] as const) ?? "open",
    topicId: intParam(params, "topic"),
    origin: enumParam(params, "from", ACTIVITY_KINDS),
    originId: intParam(params, "of"),
    assignee: assigneeParam === "none" ? ("none" as const) : assigneeParam === "me" ? officerId : assignees.find((a) => a.id === assigneeParam)?.id,
    overdueOnly: params.get("overdue") === "1",
    easyReadMissing: params.get("easyRead") === "missing",
    olderThanDays: enumParam(params, "age", ["5", "10", "20", "60"] as const),
    page: intParam(params, "page", 100_000),
  };
}

const queueFilters = (filters: ReturnType<typeof filtersFrom>) => ({
  ...filters,
  olderThanDays: filters.olderThanDays ? Number(filters.olderThanDays) : undefined,
});

export async function loader({ request }: LoaderFunctionArgs) {
  const officer = await requirePermission(request, "suggestion:triage");
  const params = new URL(request.url).searchParams;
  const assignees = listAssignees();
  const filters = filtersFrom(params, officer.id, assignees);
  return json({
    queue: triageQueue(queueFilters(filters)),
    filters: { ...filters, assignee: params.get("assignee") ?? "" },
    actions: listActionChoices(),
    topics: listTopics(true),
    assignees,
    withoutEasyRead: countOutcomesWithoutEasyRead(),
    themes: themeChoices(),
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const officer = await requirePermission(request, "suggestion:triage");
  const formData = await request.formData();
  const read = readBulkForm(formData);
  if (!read.ok) return invalid(formData, read.errors);
  const params = new URL(request.url).searchParams;
  const ids = read.allMatching ? queueIds(queueFilters(filtersFrom(params, officer.id, listAssignees()))) : read.ids;
  const result = changeMany(ids, read.change, officer);
  if (!result.ok) return invalid(formData, { form: result.message });
  return redirectWithMessage(`/manage/suggestions${params.size ? `?${params}` : ""}`, result.said);
}

export default function Queue() {
  const { t } = useT();
  const { queue, filters, topics, assignees, withoutEasyRead, actions, themes } = useLoaderData<typeof loader>();
  const { search } = useLocation();
  return (
    <>
      <ErrorSummary />
      <h1 className="govuk-heading-l">Suggestions to triage</h1>
      <p className="govuk-body">
        Oldest first. A suggestion is overdue when it has waited more than {queue.responseDays} working days without a first response (weekends and
        bank holidays do not count).
      </p>
      {filters.easyReadMissing ? (
        <p className="govuk-body">
          Showing published outcomes with no easy-read version.{" "}
          <Link className="govuk-link" to="/manage/suggestions">
            Show the open suggestions
          </Link>
        </p>
      ) : withoutEasyRead ? (
        <div className="govuk-inset-text">
          {withoutEasyRead} published {withoutEasyRead === 1 ? "outcome has" : "outcomes have"} no easy-read version yet.{" "}
          <Link className="govuk-link" to="/manage/suggestions?easyRead=missing">
            Show {withoutEasyRead === 1 ? "it" : "them"}
          </Link>
        </div>
      ) : null}
      <Form method="get" className="govuk-!-margin-bottom-6">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-quarter">
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="status">
                Status
              </label>
              <select className="govuk-select" id="status" name="status" defaultValue={filters.status}>
                <option value="open">All open</option>
                {SUGGESTION_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(SUGGESTION_STATUS[s].labelKey)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="govuk-grid-column-one-quarter">
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="topic">
                Topic
              </label>
              <select className="govuk-select" id="topic" name="topic" defaultValue={filters.topicId ?? ""}>
                <option value="">All topics</option>
                {topics.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="govuk-grid-column-one-quarter">
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="from">
                Came from
              </label>
              <select className="govuk-select" id="from" name="from" defaultValue={filters.origin ?? ""}>
                <option value="">Anywhere</option>
                {ACTIVITY_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {ACTIVITY_NAMES[kind]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="govuk-grid-column-one-quarter">
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="assignee">
                Assigned to
              </label>
              <select className="govuk-select" id="assignee" name="assignee" defaultValue={filters.assignee}>
                <option value="">Anyone</option>
                <option value="me">Me</option>
                <option value="none">Nobody</option>
                {assignees.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </div>
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="age">
            Age
          </label>
          <select className="govuk-select" id="age" name="age" defaultValue={filters.olderThanDays ?? ""}>
            <option value="">Any age</option>
            {["5", "10", "20", "60"].map((days) => (
              <option key={days} value={days}>
                More than {days} working days old
              </option>
            ))}
          </select>
        </div>
        <div className="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-bottom-4">
          <div className="govuk-checkboxes__item">
            <input className="govuk-checkboxes__input" id="overdue" name="overdue" type="checkbox" value="1" defaultChecked={filters.overdueOnly} />
            <label className="govuk-label govuk-checkboxes__label" htmlFor="overdue">
              Only overdue
            </label>
          </div>
        </div>
        {filters.easyReadMissing ? <input type="hidden" name="easyRead" value="missing" /> : null}
        {filters.origin && filters.originId ? (
          <p className="govuk-body">
            <input type="hidden" name="of" value={filters.originId} />
            Showing only the suggestions from one {ACTIVITY_NAMES[filters.origin].toLowerCase()}.{" "}
            <Link className="govuk-link" to={`/manage/suggestions?from=${filters.origin}`}>
              Show those from every {ACTIVITY_NAMES[filters.origin].toLowerCase()}
            </Link>
          </p>
        ) : null}
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Show suggestions
        </button>{" "}
        <a className="govuk-link" href="/manage/suggestions.csv">
          Download every suggestion (CSV, includes private details)
        </a>
      </Form>
      <PostForm intent="bulk" noValidate>
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">{queue.total.toLocaleString("en-GB")} suggestions</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Choose</span>
              </th>
              <th scope="col" className="govuk-table__header">
                Reference
              </th>
              <th scope="col" className="govuk-table__header">
                What they said
              </th>
              <th scope="col" className="govuk-table__header">
                Topic
              </th>
              <th scope="col" className="govuk-table__header">
                Status
              </th>
              <th scope="col" className="govuk-table__header">
                Waited
              </th>
              <th scope="col" className="govuk-table__header">
                Assigned to
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {queue.suggestions.map((s, index) => (
              <tr className="govuk-table__row" key={s.id}>
                <td className="govuk-table__cell">
                  <ChooseBox name="ids" value={String(s.id)} first={index === 0} label={`Choose ${s.reference}`} />
                </td>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/manage/suggestions/${s.id}`}>
                    {s.reference}
                  </Link>
                </td>
                <td className="govuk-table__cell">{s.excerpt.length > 160 ? `${s.excerpt.slice(0, 160)}…` : s.excerpt}</td>
                <td className="govuk-table__cell">{s.topic ?? "Not sure"}</td>
                <td className="govuk-table__cell">
                  <SuggestionStatusTag status={s.status} />
                  {s.safeguarding ? (
                    <>
                      {" "}
                      <strong className="govuk-tag govuk-tag--red">Safeguarding</strong>
                    </>
                  ) : null}
                  {s.lacksEasyRead ? (
                    <>
                      {" "}
                      <strong className="govuk-tag govuk-tag--yellow">No easy read</strong>
                    </>
                  ) : null}
                  {s.awaitingForum ? (
                    <>
                      {" "}
                      <strong className="govuk-tag govuk-tag--yellow">Outcome waiting for the forum</strong>
                    </>
                  ) : null}
                </td>
                <td className="govuk-table__cell">
                  {s.waited} working {s.waited === 1 ? "day" : "days"}
                  {s.overdue ? (
                    <>
                      {" "}
                      <strong className="govuk-tag govuk-tag--red">Overdue</strong>
                    </>
                  ) : null}
                  <br />
                  <span className="govuk-body-s">since {formatDateTime(s.createdAt)}</span>
                </td>
                <td className="govuk-table__cell">{s.assignee ?? "Nobody"}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Pagination page={queue.page} pages={queue.pages} search={search} />
        <BulkChange total={queue.total} actions={actions} topics={topics} assignees={assignees} themes={themes} />
      </PostForm>
    </>
  );
}

type Data = ReturnType<typeof useLoaderData<typeof loader>>;

/** One change for every chosen suggestion, or for all that match the filter. */
function BulkChange({ total, actions, topics, assignees, themes }: Pick<Data, "actions" | "topics" | "assignees" | "themes"> & { total: number }) {
  const { t } = useT();
  if (!total) return null;
  return (
    <fieldset className="govuk-fieldset app-no-print">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
        <h2 className="govuk-fieldset__heading">Change the chosen suggestions</h2>
      </legend>
      <p className="govuk-body">
        Each is changed as on its own page: its timeline says so, and everyone following it is emailed. If any one of them cannot take the change,
        none is changed.
      </p>
      <AllMatching total={total} most={MOST_AT_ONCE} by="filter" />
      <Radios
        name="what"
        legend="What to do"
        options={[
          { value: "actions", label: "Link them to a strategy action" },
          { value: "topic", label: "Give them a topic" },
          { value: "assign", label: "Give them to an officer" },
          { value: "status", label: "Change their status, with one public note and outcome" },
          { value: "wording", label: "Give them all the same words for the public board" },
          { value: "theme", label: "Add them to a theme (key message)" },
        ]}
      />
      <Select
        name="actionId"
        label="Strategy action to link them to"
        options={[
          { value: "", label: "Choose an action" },
          ...mostUsedByArea(actions).map((a) => ({ value: String(a.id), label: `${a.code} ${a.title}`, group: a.area })),
        ]}
      />
      <Select
        name="topicId"
        label="Topic to give them"
        options={[{ value: "", label: "No topic" }, ...topics.map((t) => ({ value: String(t.id), label: t.name }))]}
      />
      <Select
        name="assignee"
        label="Officer to give them to"
        options={[{ value: "", label: "Nobody" }, ...assignees.map((a) => ({ value: a.id, label: a.name }))]}
      />
      <Select
        name="status"
        label="New status"
        options={[
          { value: "", label: "Choose a status" },
          ...(["under_review", "planned", "in_progress", "done", "not_possible"] as const).map((s) => ({
            value: s,
            label: t(SUGGESTION_STATUS[s].labelKey),
          })),
        ]}
      />
      <Textarea name="note" label="Public note (for a new status)" rows={2} />
      <Textarea
        name="wording"
        label="Words for the public board (for the same words)"
        hint="How they appear on the public board once published, in plain words with nothing that identifies anyone."
        rows={2}
      />
      <Select
        name="themeId"
        label="Theme to add them to"
        options={[{ value: "", label: "Choose a theme" }, ...themes.map((t) => ({ value: String(t.id), label: t.name }))]}
      />
      <Textarea name="outcome" label="Outcome (for done or not possible)" hint="What was done, or why it cannot be, in plain words." rows={3} />
      <Button>Apply to the chosen suggestions</Button>
    </fieldset>
  );
}

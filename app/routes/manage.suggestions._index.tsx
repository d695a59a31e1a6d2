import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation } from "@remix-run/react";
import { ACTIVITY_KINDS, SUGGESTION_STATUSES } from "~db/schema/enums";
import { ACTIVITY_NAME_KEYS } from "~/modules/activities/activity";
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
import { metaText, useT } from "~/components/i18n";

export const meta: MetaFunction = () => [{ title: metaText("manage.dashboard.triage") }];

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
  const { t, lang } = useT();
  const { queue, filters, topics, assignees, withoutEasyRead, actions, themes } = useLoaderData<typeof loader>();
  const { search } = useLocation();
  return (
    <>
      <ErrorSummary />
      <h1 className="govuk-heading-l">{t("manage.dashboard.triage")}</h1>
      <p className="govuk-body">{t("triage.queue.lead", { days: queue.responseDays })}</p>
      {filters.easyReadMissing ? (
        <p className="govuk-body">
          {t("triage.queue.easyMissing")}{" "}
          <Link className="govuk-link" to="/manage/suggestions">
            {t("triage.queue.showOpen")}
          </Link>
        </p>
      ) : withoutEasyRead ? (
        <div className="govuk-inset-text">
          {t("triage.queue.withoutEasy", { count: withoutEasyRead })}{" "}
          <Link className="govuk-link" to="/manage/suggestions?easyRead=missing">
            {t("triage.queue.showThem", { count: withoutEasyRead })}
          </Link>
        </div>
      ) : null}
      <Form method="get" className="govuk-!-margin-bottom-6">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-quarter">
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="status">
                {t("groups.statusLabel")}
              </label>
              <select className="govuk-select" id="status" name="status" defaultValue={filters.status}>
                <option value="open">{t("triage.queue.allOpen")}</option>
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
                {t("manage.dashboard.topic")}
              </label>
              <select className="govuk-select" id="topic" name="topic" defaultValue={filters.topicId ?? ""}>
                <option value="">{t("triage.queue.allTopics")}</option>
                {topics.map((topic) => (
                  <option key={topic.id} value={topic.id}>
                    {topic.name}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="govuk-grid-column-one-quarter">
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="from">
                {t("triage.queue.cameFrom")}
              </label>
              <select className="govuk-select" id="from" name="from" defaultValue={filters.origin ?? ""}>
                <option value="">{t("triage.queue.anywhere")}</option>
                {ACTIVITY_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(ACTIVITY_NAME_KEYS[kind])}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="govuk-grid-column-one-quarter">
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="assignee">
                {t("manage.dashboard.assigned")}
              </label>
              <select className="govuk-select" id="assignee" name="assignee" defaultValue={filters.assignee}>
                <option value="">{t("triage.queue.anyone")}</option>
                <option value="me">{t("triage.queue.me")}</option>
                <option value="none">{t("manage.dashboard.nobody")}</option>
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
            {t("triage.queue.age")}
          </label>
          <select className="govuk-select" id="age" name="age" defaultValue={filters.olderThanDays ?? ""}>
            <option value="">{t("triage.queue.anyAge")}</option>
            {["5", "10", "20", "60"].map((days) => (
              <option key={days} value={days}>
                {t("triage.queue.olderThan", { days })}
              </option>
            ))}
          </select>
        </div>
        <div className="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-bottom-4">
          <div className="govuk-checkboxes__item">
            <input className="govuk-checkboxes__input" id="overdue" name="overdue" type="checkbox" value="1" defaultChecked={filters.overdueOnly} />
            <label className="govuk-label govuk-checkboxes__label" htmlFor="overdue">
              {t("triage.queue.onlyOverdue")}
            </label>
          </div>
        </div>
        {filters.easyReadMissing ? <input type="hidden" name="easyRead" value="missing" /> : null}
        {filters.origin && filters.originId ? (
          <p className="govuk-body">
            <input type="hidden" name="of" value={filters.originId} />
            {t("triage.queue.fromOne", { kind: filters.origin })}{" "}
            <Link className="govuk-link" to={`/manage/suggestions?from=${filters.origin}`}>
              {t("triage.queue.fromEvery", { kind: filters.origin })}
            </Link>
          </p>
        ) : null}
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          {t("triage.queue.show")}
        </button>{" "}
        <a className="govuk-link" href="/manage/suggestions.csv">
          {t("triage.queue.csv")}
        </a>
      </Form>
      <PostForm intent="bulk" noValidate>
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">{t("triage.queue.count", { count: queue.total })}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">{t("triage.queue.choose")}</span>
              </th>
              <th scope="col" className="govuk-table__header">
                {t("manage.dashboard.reference")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("manage.dashboard.said")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("manage.dashboard.topic")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("groups.statusLabel")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("manage.dashboard.waited")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("manage.dashboard.assigned")}
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {queue.suggestions.map((s, index) => (
              <tr className="govuk-table__row" key={s.id}>
                <td className="govuk-table__cell">
                  <ChooseBox name="ids" value={String(s.id)} first={index === 0} label={t("triage.queue.chooseOne", { reference: s.reference })} />
                </td>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/manage/suggestions/${s.id}`}>
                    {s.reference}
                  </Link>
                </td>
                <td className="govuk-table__cell">{s.excerpt.length > 160 ? `${s.excerpt.slice(0, 160)}…` : s.excerpt}</td>
                <td className="govuk-table__cell">{s.topic ?? t("triage.queue.notSure")}</td>
                <td className="govuk-table__cell">
                  <SuggestionStatusTag status={s.status} />
                  {s.safeguarding ? (
                    <>
                      {" "}
                      <strong className="govuk-tag govuk-tag--red">{t("manage.dashboard.safeguarding")}</strong>
                    </>
                  ) : null}
                  {s.lacksEasyRead ? (
                    <>
                      {" "}
                      <strong className="govuk-tag govuk-tag--yellow">{t("triage.queue.noEasyRead")}</strong>
                    </>
                  ) : null}
                  {s.awaitingForum ? (
                    <>
                      {" "}
                      <strong className="govuk-tag govuk-tag--yellow">{t("triage.queue.waitingForum")}</strong>
                    </>
                  ) : null}
                </td>
                <td className="govuk-table__cell">
                  {t("manage.dashboard.days", { count: s.waited })}
                  {s.overdue ? (
                    <>
                      {" "}
                      <strong className="govuk-tag govuk-tag--red">{t("manage.dashboard.overdueHeading")}</strong>
                    </>
                  ) : null}
                  <br />
                  <span className="govuk-body-s">{t("triage.queue.since", { when: formatDateTime(s.createdAt, lang) })}</span>
                </td>
                <td className="govuk-table__cell">{s.assignee ?? t("manage.dashboard.nobody")}</td>
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
        <h2 className="govuk-fieldset__heading">{t("triage.bulk.heading")}</h2>
      </legend>
      <p className="govuk-body">{t("triage.bulk.lead")}</p>
      <AllMatching total={total} most={MOST_AT_ONCE} by="filter" />
      <Radios
        name="what"
        legend={t("manage.groups.whatToDo")}
        options={[
          { value: "actions", label: t("triage.bulk.what.actions") },
          { value: "topic", label: t("triage.bulk.what.topic") },
          { value: "assign", label: t("triage.bulk.what.assign") },
          { value: "status", label: t("triage.bulk.what.status") },
          { value: "wording", label: t("triage.bulk.what.wording") },
          { value: "theme", label: t("triage.bulk.what.theme") },
        ]}
      />
      <Select
        name="actionId"
        label={t("triage.bulk.action")}
        options={[
          { value: "", label: t("triage.bulk.chooseAction") },
          ...mostUsedByArea(actions).map((a) => ({ value: String(a.id), label: `${a.code} ${a.title}`, group: a.area })),
        ]}
      />
      <Select
        name="topicId"
        label={t("triage.bulk.topic")}
        options={[{ value: "", label: t("triage.bulk.noTopic") }, ...topics.map((topic) => ({ value: String(topic.id), label: topic.name }))]}
      />
      <Select
        name="assignee"
        label={t("triage.bulk.officer")}
        options={[{ value: "", label: t("manage.dashboard.nobody") }, ...assignees.map((a) => ({ value: a.id, label: a.name }))]}
      />
      <Select
        name="status"
        label={t("triage.bulk.status")}
        options={[
          { value: "", label: t("triage.bulk.chooseStatus") },
          ...(["under_review", "planned", "in_progress", "done", "not_possible"] as const).map((s) => ({
            value: s,
            label: t(SUGGESTION_STATUS[s].labelKey),
          })),
        ]}
      />
      <Textarea name="note" label={t("triage.bulk.note")} rows={2} />
      <Textarea name="wording" label={t("triage.bulk.wording")} hint={t("triage.bulk.wording.hint")} rows={2} />
      <Select
        name="themeId"
        label={t("triage.bulk.theme")}
        options={[{ value: "", label: t("triage.bulk.chooseTheme") }, ...themes.map((theme) => ({ value: String(theme.id), label: theme.name }))]}
      />
      <Textarea name="outcome" label={t("triage.bulk.outcome")} hint={t("triage.bulk.outcome.hint")} rows={3} />
      <Button>{t("triage.bulk.apply")}</Button>
    </fieldset>
  );
}

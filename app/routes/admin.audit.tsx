import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useLoaderData, useLocation } from "@remix-run/react";
import { Pagination } from "~/components/pagination";
import { requirePermission } from "~/modules/auth/permissions.server";
import { searchAudit } from "~/modules/privacy/audit.server";
import { dateParam, intParam, textParam } from "~/utils/query.server";
import { formatDateTime } from "~/utils/dates";
import { metaText, useT } from "~/components/i18n";

export const meta: MetaFunction = () => [{ title: metaText("manage.dashboard.audit") }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "audit:view");
  const query = new URL(request.url).searchParams;
  const filters = { q: textParam(query, "q"), from: dateParam(query, "from"), to: dateParam(query, "to"), page: intParam(query, "page") };
  return json({ ...searchAudit(filters), filters });
}

export default function Audit() {
  const { entries, total, page, pages, filters } = useLoaderData<typeof loader>();
  const location = useLocation();
  const csv = new URLSearchParams(location.search);
  csv.delete("page");
  const { t, lang } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <h1 className="govuk-heading-l">{t("manage.dashboard.audit")}</h1>
        <p className="govuk-body">{t("audit.lead")}</p>
        <Form method="get" className="govuk-!-margin-bottom-6">
          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor="q">
              {t("audit.containing")}
            </label>
            <div className="govuk-hint" id="q-hint">
              {t("audit.containing.hint")}
            </div>
            <input
              className="govuk-input govuk-input--width-20"
              id="q"
              name="q"
              type="search"
              aria-describedby="q-hint"
              defaultValue={filters.q ?? ""}
            />
          </div>
          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor="from">
              {t("themes.page.from")}
            </label>
            <input className="govuk-input govuk-input--width-10" id="from" name="from" type="date" defaultValue={filters.from ?? ""} />
          </div>
          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor="to">
              {t("audit.to")}
            </label>
            <input className="govuk-input govuk-input--width-10" id="to" name="to" type="date" defaultValue={filters.to ?? ""} />
          </div>
          <button type="submit" className="govuk-button govuk-button--secondary">
            {t("audit.search")}
          </button>
        </Form>
        <p className="govuk-body">
          {t("audit.count", { count: total })}{" "}
          <a className="govuk-link" href={`/admin/audit.csv?${csv.toString()}`} download>
            {t("audit.csv")}
          </a>
        </p>
        <table className="govuk-table">
          <caption className="govuk-visually-hidden">{t("audit.caption")}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                {t("manage.events.when")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("manage.event.who")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("audit.what")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("audit.changes")}
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {entries.map((e) => (
              <tr key={e.id} className="govuk-table__row">
                <td className="govuk-table__cell">{formatDateTime(e.at, lang)}</td>
                <td className="govuk-table__cell">{e.actorName}</td>
                <td className="govuk-table__cell">
                  {e.action} {e.subject}
                </td>
                <td className="govuk-table__cell app-comment">
                  {e.changes.length ? (
                    <ul className="govuk-list govuk-!-margin-0">
                      {e.changes.map((c) => (
                        <li key={c.field}>
                          {c.field}: {c.before || t("audit.empty")} → {c.after || t("audit.empty")}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Pagination page={page} pages={pages} search={location.search} />
      </div>
    </div>
  );
}

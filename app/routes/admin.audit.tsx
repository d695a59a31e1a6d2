import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useLoaderData, useLocation } from "@remix-run/react";
import { Pagination } from "~/components/pagination";
import { requirePermission } from "~/modules/auth/permissions.server";
import { searchAudit } from "~/modules/privacy/audit.server";
import { dateParam, intParam, textParam } from "~/utils/query.server";
import { formatDateTime } from "~/utils/dates";

export const meta: MetaFunction = () => [{ title: "Audit trail" }];

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
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <h1 className="govuk-heading-l">Audit trail</h1>
        <p className="govuk-body">
          Every change made by an officer, organiser or admin, and every download of personal data, with who, when, and the values before and after.
          Entries cannot be changed or removed. Personal details are not recorded here.
        </p>
        <Form method="get" className="govuk-!-margin-bottom-6">
          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor="q">
              Containing
            </label>
            <div className="govuk-hint" id="q-hint">
              A record like “suggestions:42”, an action like “export”, or a person’s name.
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
              From
            </label>
            <input className="govuk-input govuk-input--width-10" id="from" name="from" type="date" defaultValue={filters.from ?? ""} />
          </div>
          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor="to">
              To
            </label>
            <input className="govuk-input govuk-input--width-10" id="to" name="to" type="date" defaultValue={filters.to ?? ""} />
          </div>
          <button type="submit" className="govuk-button govuk-button--secondary">
            Search
          </button>
        </Form>
        <p className="govuk-body">
          {total} {total === 1 ? "entry" : "entries"}.{" "}
          <a className="govuk-link" href={`/admin/audit.csv?${csv.toString()}`} download>
            Download these as CSV
          </a>
        </p>
        <table className="govuk-table">
          <caption className="govuk-visually-hidden">Audit entries, newest first</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                When
              </th>
              <th scope="col" className="govuk-table__header">
                Who
              </th>
              <th scope="col" className="govuk-table__header">
                What
              </th>
              <th scope="col" className="govuk-table__header">
                Changes
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {entries.map((e) => (
              <tr key={e.id} className="govuk-table__row">
                <td className="govuk-table__cell">{formatDateTime(e.at)}</td>
                <td className="govuk-table__cell">{e.actorName}</td>
                <td className="govuk-table__cell">
                  {e.action} {e.subject}
                </td>
                <td className="govuk-table__cell app-comment">
                  {e.changes.length ? (
                    <ul className="govuk-list govuk-!-margin-0">
                      {e.changes.map((c) => (
                        <li key={c.field}>
                          {c.field}: {c.before || "(empty)"} → {c.after || "(empty)"}
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

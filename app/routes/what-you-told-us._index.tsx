import type { MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { publishedReports } from "~/modules/themes/told-us.server";
import { formatDate } from "~/utils/dates";
import type { PageHandle } from "~/utils/page-handle";

export const handle: PageHandle = { publicPage: "shared" };

export const meta: MetaFunction = () => [{ title: "What you told us" }];

export function loader() {
  return json({
    reports: publishedReports().map((r) => ({ id: r.id, title: r.title, from: r.periodFrom, to: r.periodTo })),
  });
}

export default function WhatYouToldUs() {
  const { reports } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">What you told us</h1>
        <p className="govuk-body">
          The key messages we heard from parents, carers and young people, how many raised each one, and what is being done about it. For each
          suggestion on its own, see{" "}
          <Link className="govuk-link" to="/you-said-we-did">
            You said, we did
          </Link>
          .
        </p>
        {reports.length ? (
          <ul className="govuk-list">
            {reports.map((r) => (
              <li key={r.id}>
                <Link className="govuk-link" to={`/what-you-told-us/${r.id}`}>
                  {r.title}
                </Link>{" "}
                <span className="govuk-body-s">
                  ({formatDate(r.from)} to {formatDate(r.to)})
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body">Nothing published yet.</p>
        )}
      </div>
    </div>
  );
}

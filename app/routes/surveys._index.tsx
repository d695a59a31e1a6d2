import type { MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { publicSurveys } from "~/modules/surveys/surveys.server";
import { formatDate } from "~/utils/dates";
import type { PageHandle } from "~/utils/page-handle";

export const handle: PageHandle = { publicPage: "shared each minute" };

export const meta: MetaFunction = () => [{ title: "Surveys" }];

export async function loader() {
  return json(publicSurveys());
}

export default function Surveys() {
  const { open, finished } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Surveys</h1>
        <h2 className="govuk-heading-m">Have your say</h2>
        {open.length ? (
          <ul className="govuk-list govuk-list--spaced">
            {open.map((s) => (
              <li key={s.id}>
                <Link className="govuk-link govuk-!-font-weight-bold" to={`/surveys/${s.id}`}>
                  {s.title}
                </Link>
                <br />
                {s.audience ? `${s.audience}. ` : ""}Open until the end of {formatDate(s.closesOn)}.
              </li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body">There are no surveys open at the moment.</p>
        )}
        <h2 className="govuk-heading-m">What we found</h2>
        {finished.length ? (
          <ul className="govuk-list govuk-list--spaced">
            {finished.map((s) => (
              <li key={s.id}>
                <strong>{s.title}</strong> (closed {formatDate(s.closesOn)})
                <br />
                {s.summary ? (
                  <Link className="govuk-link" to={`/surveys/${s.id}/summary`}>
                    We asked, you said, we did
                  </Link>
                ) : null}
                {s.summary && s.results ? " · " : null}
                {s.results ? (
                  <Link className="govuk-link" to={`/surveys/${s.id}/results`}>
                    Results
                  </Link>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body">No results have been published yet.</p>
        )}
      </div>
    </div>
  );
}

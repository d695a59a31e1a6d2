import type { MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { BackLink } from "~/components/page";
import { evidenceByCommitment } from "~/modules/charter/charter.server";
import { formatDate } from "~/utils/dates";
import type { PageHandle } from "~/utils/page-handle";

export const handle: PageHandle = { publicPage: "shared" };

export const meta: MetaFunction = () => [{ title: "How we are keeping the charter" }];

export function loader() {
  return json({ commitments: evidenceByCommitment() });
}

export default function Evidence() {
  const { commitments } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/charter">The charter</BackLink>
        <h1 className="govuk-heading-l">How we are keeping the charter</h1>
        <p className="govuk-body">For each commitment, dated examples of it being kept.</p>
        {commitments.map((c) => (
          <section key={c.id} aria-labelledby={`commitment-${c.id}`} className="app-suggestion">
            <h2 className="govuk-heading-s" id={`commitment-${c.id}`}>
              {c.text}
            </h2>
            {c.evidence.length ? (
              <ul className="govuk-list">
                {c.evidence.map((e) => (
                  <li key={e.id}>
                    <strong>{formatDate(e.date)}</strong>: {e.note}{" "}
                    {e.link ? (
                      e.link.startsWith("/") ? (
                        <Link className="govuk-link" to={e.link}>
                          See it<span className="govuk-visually-hidden">: {e.note}</span>
                        </Link>
                      ) : (
                        <a className="govuk-link" href={e.link} rel="noopener noreferrer">
                          See it<span className="govuk-visually-hidden">: {e.note}</span>
                        </a>
                      )
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="govuk-body">No evidence recorded yet.</p>
            )}
          </section>
        ))}
      </div>
    </div>
  );
}

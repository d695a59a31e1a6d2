import type { MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { publicCharter } from "~/modules/charter/charter.server";
import { formatDateTime } from "~/utils/dates";
import type { PageHandle } from "~/utils/page-handle";

export const handle: PageHandle = { publicPage: "shared" };

export const meta: MetaFunction = () => [{ title: "Our co-production charter" }];

const KIND_LABELS = {
  parent_carer: "Parent carer",
  young_person: "Young person",
  professional: "Professional",
  organisation: "Organisation",
} as const;
const KIND_PLURALS = {
  parent_carer: "Parent carers",
  young_person: "Young people",
  professional: "Professionals",
  organisation: "Organisations",
} as const;

export function loader() {
  return json({ charter: publicCharter() ?? null });
}

export default function Charter() {
  const { charter } = useLoaderData<typeof loader>();
  if (!charter) {
    return (
      <>
        <h1 className="govuk-heading-l">Our co-production charter</h1>
        <p className="govuk-body">The charter has not been published here yet.</p>
      </>
    );
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">
          Version {charter.version.number}, adopted {formatDateTime(charter.version.adoptedAt).split(" at ")[0]}
        </span>
        <h1 className="govuk-heading-l">Our co-production charter</h1>
        <Link to="/charter/sign" className="govuk-button" data-module="govuk-button">
          Sign the charter
        </Link>
        <div dangerouslySetInnerHTML={{ __html: charter.version.html }} />
        <p className="govuk-body">
          <Link className="govuk-link" to="/charter/evidence">
            How we are keeping the charter
          </Link>
        </p>

        <h2 className="govuk-heading-m">Who has signed</h2>
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">
            {charter.total} signatures on version {charter.version.number}
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Who
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Signatures
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {(Object.keys(KIND_LABELS) as (keyof typeof KIND_LABELS)[]).map((kind) => (
              <tr className="govuk-table__row" key={kind}>
                <th scope="row" className="govuk-table__header">
                  {KIND_PLURALS[kind]}
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric">{charter.counts[kind]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {charter.listed.length ? (
          <ul className="govuk-list">
            {charter.listed.map((s, i) => (
              <li key={`${s.name}-${i}`}>
                <strong>{s.name}</strong>
                {s.organisation ? `, ${s.organisation}` : ""}{" "}
                <span className="govuk-body-s">
                  ({KIND_LABELS[s.kind].toLowerCase()}, signed version {s.version})
                </span>
              </li>
            ))}
          </ul>
        ) : null}
        <p className="govuk-body-s">Only people who chose to be listed are named. Young people are counted but never named.</p>

        <h2 className="govuk-heading-m">Versions</h2>
        <ol className="govuk-list">
          {charter.history.map((v) => (
            <li key={v.id}>
              <strong>Version {v.number}</strong>, adopted {formatDateTime(v.publishedAt).split(" at ")[0]}
              {v.changeSummary ? `: ${v.changeSummary}` : ""}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}

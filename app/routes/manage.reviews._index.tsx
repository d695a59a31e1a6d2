import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/modules/auth/permissions.server";
import { listDocuments } from "~/modules/reviews/reviews.server";

export const meta: MetaFunction = () => [{ title: "Document reviews" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "review:manage");
  return json({ documents: listDocuments() });
}

export default function ManageReviews() {
  const { documents } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="govuk-heading-l">Document reviews</h1>
      <p className="govuk-body">Put a draft in front of SEND ambassadors before it is published, answer every comment, and show what changed.</p>
      <Link className="govuk-button" to="/manage/reviews/new">
        Start a new document
      </Link>
      {documents.length ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Documents</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Document
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Version
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Open reviews
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Comments to answer
              </th>
              <th scope="col" className="govuk-table__header">
                Public page
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {documents.map((d) => (
              <tr key={d.id} className="govuk-table__row">
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/manage/reviews/${d.id}`}>
                    {d.title}
                  </Link>
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{d.version}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{d.openRounds}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{d.unanswered}</td>
                <td className="govuk-table__cell">{d.isPublic ? "Published" : "Not published"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="govuk-body">No documents yet.</p>
      )}
    </>
  );
}

import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/modules/auth/permissions.server";
import { listDocuments } from "~/modules/reviews/reviews.server";
import { metaText, useT } from "~/components/i18n";

export const meta: MetaFunction = () => [{ title: metaText("reviews.title") }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "review:manage");
  return json({ documents: listDocuments() });
}

export default function ManageReviews() {
  const { documents } = useLoaderData<typeof loader>();
  const { t } = useT();
  return (
    <>
      <h1 className="govuk-heading-l">{t("reviews.title")}</h1>
      <p className="govuk-body">{t("manage.reviews.lead")}</p>
      <Link className="govuk-button" to="/manage/reviews/new">
        {t("manage.reviews.start")}
      </Link>
      {documents.length ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">{t("manage.reviews.documents")}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                {t("manage.reviews.document")}
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                {t("manage.reviews.versionColumn")}
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                {t("manage.reviews.openRounds")}
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                {t("manage.reviews.toAnswer")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("manage.reviews.publicPage")}
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
                <td className="govuk-table__cell">{d.isPublic ? t("manage.reviews.published") : t("manage.reviews.notPublished")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="govuk-body">{t("manage.reviews.none")}</p>
      )}
    </>
  );
}

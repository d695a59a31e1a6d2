import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { metaText, useT } from "~/components/i18n";
import { requirePermission } from "~/modules/auth/permissions.server";
import { publicSurveys } from "~/modules/surveys/surveys.server";

// Where officers and organisers type in forms people filled in on paper.

export const meta: MetaFunction = () => [{ title: metaText("paper.title") }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "paper:enter");
  return json({ surveys: publicSurveys().open.map(({ id, title }) => ({ id, title })) });
}

export default function PaperForms() {
  const { surveys } = useLoaderData<typeof loader>();
  const { t } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t("paper.title")}</h1>
        <p className="govuk-body">{t("paper.intro")}</p>
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" to="/manage/paper/tell-us">
              {t("paper.tellUs")}
            </Link>
          </li>
        </ul>
        <h2 className="govuk-heading-m">{t("paper.surveys")}</h2>
        {surveys.length ? (
          <ul className="govuk-list">
            {surveys.map((s) => (
              <li key={s.id}>
                <Link className="govuk-link" to={`/manage/paper/surveys/${s.id}`}>
                  {s.title}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body">{t("paper.noSurveys")}</p>
        )}
      </div>
    </div>
  );
}

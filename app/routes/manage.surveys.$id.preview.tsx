import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { BackLink } from "~/components/page";
import { QuestionField, RespondentKindField } from "~/components/survey";
import { requirePermission } from "~/modules/auth/permissions.server";
import { surveyForRespondent } from "~/modules/surveys/responses.server";
import { found, routeId } from "~/utils/query.server";
import { metaText, useT } from "~/components/i18n";

export const meta: MetaFunction = () => [{ title: metaText("manage.preview.title") }];

// Every page as a respondent sees it, in standard or easy-read wording. Nothing here can be sent.
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "survey:manage");
  const survey = found(surveyForRespondent(routeId(params.id), { preview: true }));
  return json({ survey, easy: new URL(request.url).searchParams.get("easy") === "1" });
}

export default function PreviewSurvey() {
  const { survey, easy } = useLoaderData<typeof loader>();
  const { t } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={`/manage/surveys/${survey.id}`}>{t("manage.survey.back")}</BackLink>
        <div className="govuk-inset-text">
          {t("manage.preview.this")} {easy ? t("manage.preview.easy") : t("manage.preview.standard")}
        </div>
        <p className="govuk-body">
          <Link className="govuk-link" to={`/manage/surveys/${survey.id}/preview${easy ? "" : "?easy=1"}`}>
            {easy ? t("manage.preview.seeStandard") : t("manage.preview.seeEasy")}
          </Link>
        </p>
        <span className="govuk-caption-l">{t("manage.preview.caption")}</span>
        <h1 className="govuk-heading-l">{survey.title}</h1>
        {easy && survey.easyIntro ? (
          <p className="govuk-body-l app-comment">{survey.easyIntro}</p>
        ) : (
          <div dangerouslySetInnerHTML={{ __html: survey.introHtml }} />
        )}
        {survey.pages.map((page, i) => (
          <section key={page.id} className="govuk-!-margin-top-8" aria-labelledby={`preview-page-${page.id}`}>
            <span className="govuk-caption-m">{t("manage.preview.pageOf", { n: i + 1, total: survey.pages.length })}</span>
            <h2 className="govuk-heading-m" id={`preview-page-${page.id}`}>
              {page.title}
            </h2>
            <fieldset className="govuk-fieldset" disabled>
              <legend className="govuk-visually-hidden">{t("manage.preview.legend", { n: i + 1 })}</legend>
              {i === 0 ? <RespondentKindField easy={easy} saved={null} /> : null}
              {page.questions.map((q) => (
                <QuestionField key={q.id} q={q} easy={easy} saved={undefined} />
              ))}
            </fieldset>
          </section>
        ))}
      </div>
    </div>
  );
}

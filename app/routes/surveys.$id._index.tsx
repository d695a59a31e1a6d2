import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { Button, ErrorSummary, Honeypot } from "~/components/form";
import { EasyReadSwitch } from "~/components/easy-read";
import { ParticipationLevelNote } from "~/components/participation";
import { NotificationBanner } from "~/components/page";
import { limitPublicForm, tryAgainMessage } from "~/modules/auth/rate-limit.server";
import { respondent, responseCookie } from "~/modules/surveys/respondent.server";
import { hasAnswered, startResponse, surveyForRespondent } from "~/modules/surveys/responses.server";
import { found, routeId } from "~/utils/query.server";
import { isHoneypotFilled, invalid } from "~/utils/validation.server";
import { formatDate } from "~/utils/dates";
import { metaText, NotTranslatedNote, useT, Written } from "~/components/i18n";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? data.survey.title : metaText("survey.title") }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const survey = found(surveyForRespondent(routeId(params.id)));
  const who = await respondent(request, survey.id);
  return json({
    survey: {
      id: survey.id,
      title: survey.title,
      participationLevel: survey.participationLevel,
      introHtml: survey.introHtml,
      easyIntro: survey.easyIntro,
      audience: survey.audience,
      anonymous: survey.anonymous,
      asksContact: survey.asksContact,
      closesOn: survey.closesOn,
      state: survey.state,
      pageCount: survey.pages.length,
      untranslated: survey.untranslated,
      inEnglish: survey.inEnglish,
    },
    easy: who.easy,
    signedIn: Boolean(who.user),
    response: who.response ? { status: who.response.status } : null,
    alreadyAnswered: who.user ? hasAnswered(survey.id, who.user.id) : false,
  });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const surveyId = routeId(params.id);
  const formData = await request.formData();
  if (isHoneypotFilled(formData)) return redirect(`/surveys/${surveyId}`);
  const who = await respondent(request, surveyId);
  if (who.response) return redirect(`/surveys/${surveyId}/${who.response.status === "submitted" ? "check" : "page/1"}`);
  const limited = limitPublicForm("survey-start", context.clientIp);
  if (!limited.ok) return invalid(formData, { form: tryAgainMessage(limited.retryAfterSeconds) }, undefined, 429);
  const started = startResponse(surveyId, { userId: who.user?.id ?? null, easyRead: who.easy, language: context.lang });
  if ("refused" in started) return invalid(formData, { form: started.refused });
  return redirect(`/surveys/${surveyId}/page/1`, { headers: { "Set-Cookie": await responseCookie(surveyId, started.token) } });
}

export default function SurveyStart() {
  const { survey, easy, signedIn, response, alreadyAnswered } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const { t, rich, lang } = useT();
  const english = (field: string) => survey.inEnglish.includes(field as (typeof survey.inEnglish)[number]);
  const audience = <Written english={english("audience")}>{survey.audience}</Written>;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary />
        {params.get("link") === "used" ? (
          <NotificationBanner>
            <p className="govuk-notification-banner__heading">{t("survey.linkUsed")}</p>
            <p className="govuk-body">{t("survey.linkUsed.body")}</p>
          </NotificationBanner>
        ) : null}
        <EasyReadSwitch easy={easy} />
        {survey.audience ? <span className="govuk-caption-l">{easy ? rich("survey.for", { audience: audience }) : audience}</span> : null}
        <h1 className="govuk-heading-l">
          <Written english={english("title")}>{survey.title}</Written>
        </h1>
        <NotTranslatedNote show={survey.untranslated} />
        <ParticipationLevelNote level={survey.participationLevel} />
        {easy && survey.easyIntro ? (
          <p className="govuk-body-l app-comment">
            <Written english={english("easyIntro")}>{survey.easyIntro}</Written>
          </p>
        ) : (
          <Written english={english("intro")} html={survey.introHtml} />
        )}
        {survey.state === "open" ? (
          <>
            <p className="govuk-body">
              {easy
                ? t("survey.pages.easy", { count: survey.pageCount })
                : t("survey.pages", { count: survey.pageCount, date: formatDate(survey.closesOn, lang) })}
            </p>
            <p className="govuk-body">
              {survey.anonymous
                ? easy
                  ? t("survey.anonymous.easy")
                  : t("survey.anonymous")
                : signedIn
                  ? t("survey.signedIn")
                  : t("survey.noAccount")}{" "}
              <Link className="govuk-link" to="/privacy">
                {t("survey.howWeUse")}
              </Link>
            </p>
            {alreadyAnswered || response?.status === "submitted" ? (
              <div className="govuk-inset-text">
                {t("survey.alreadyAnswered")}
                {response ? (
                  <>
                    {" "}
                    <Link className="govuk-link" to={`/surveys/${survey.id}/check`}>
                      {t("survey.done.seeAnswers")}
                    </Link>
                  </>
                ) : null}
              </div>
            ) : response ? (
              <Link className="govuk-button" to={`/surveys/${survey.id}/page/1`}>
                {t("survey.carryOn")}
              </Link>
            ) : (
              <Form method="post">
                <Honeypot />
                <Button>{easy ? t("survey.start.easy") : t("survey.start")}</Button>
              </Form>
            )}
          </>
        ) : survey.state === "scheduled" ? (
          <div className="govuk-inset-text">{t("survey.notOpenYet")}</div>
        ) : (
          <div className="govuk-inset-text">{t("survey.closedThanks", { date: formatDate(survey.closesOn, lang) })}</div>
        )}
      </div>
    </div>
  );
}

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

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? data.survey.title : "Survey" }];

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
  const started = startResponse(surveyId, { userId: who.user?.id ?? null, easyRead: who.easy });
  if ("refused" in started) return invalid(formData, { form: started.refused });
  return redirect(`/surveys/${surveyId}/page/1`, { headers: { "Set-Cookie": await responseCookie(surveyId, started.token) } });
}

export default function SurveyStart() {
  const { survey, easy, signedIn, response, alreadyAnswered } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary />
        {params.get("link") === "used" ? (
          <NotificationBanner>
            <p className="govuk-notification-banner__heading">That link to carry on has been used or has expired.</p>
            <p className="govuk-body">
              Each link works once. If you opened it before, your answers are in that browser. Otherwise you can start again here.
            </p>
          </NotificationBanner>
        ) : null}
        <EasyReadSwitch easy={easy} />
        {survey.audience ? <span className="govuk-caption-l">{easy ? `For: ${survey.audience}` : survey.audience}</span> : null}
        <h1 className="govuk-heading-l">{survey.title}</h1>
        <ParticipationLevelNote level={survey.participationLevel} />
        {easy && survey.easyIntro ? (
          <p className="govuk-body-l app-comment">{survey.easyIntro}</p>
        ) : (
          <div dangerouslySetInnerHTML={{ __html: survey.introHtml }} />
        )}
        {survey.state === "open" ? (
          <>
            <p className="govuk-body">
              {easy
                ? `There ${survey.pageCount === 1 ? "is 1 page" : `are ${survey.pageCount} pages`} of questions. You can stop and carry on later.`
                : `The survey has ${survey.pageCount} ${survey.pageCount === 1 ? "page" : "pages"}. Your answers are saved as you go, so you can stop and carry on later. It closes at the end of ${formatDate(survey.closesOn)}.`}
            </p>
            <p className="govuk-body">
              {survey.anonymous
                ? easy
                  ? "We will not know who you are."
                  : "This survey is anonymous: we do not store your name, email or account with your answers."
                : signedIn
                  ? "You are signed in, so your answers are linked to your account and you can see them later."
                  : "You do not need an account."}{" "}
              <Link className="govuk-link" to="/privacy">
                How we use your answers
              </Link>
            </p>
            {alreadyAnswered || response?.status === "submitted" ? (
              <div className="govuk-inset-text">
                You have already answered this survey. Thank you.
                {response ? (
                  <>
                    {" "}
                    <Link className="govuk-link" to={`/surveys/${survey.id}/check`}>
                      See your answers
                    </Link>
                  </>
                ) : null}
              </div>
            ) : response ? (
              <Link className="govuk-button" to={`/surveys/${survey.id}/page/1`}>
                Carry on where you left off
              </Link>
            ) : (
              <Form method="post">
                <Honeypot />
                <Button>{easy ? "Start" : "Start now"}</Button>
              </Form>
            )}
          </>
        ) : survey.state === "scheduled" ? (
          <div className="govuk-inset-text">This survey is not open yet.</div>
        ) : (
          <div className="govuk-inset-text">This survey closed at the end of {formatDate(survey.closesOn)}. Thank you to everyone who answered.</div>
        )}
      </div>
    </div>
  );
}

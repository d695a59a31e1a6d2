import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { Button, ErrorSummary, TextInput, failureOf, PostForm } from "~/components/form";
import { BackLink } from "~/components/page";
import { QuestionField, RespondentKindField } from "~/components/survey";
import { EasyReadSwitch } from "~/components/easy-read";
import { limitPublicForm, tryAgainMessage } from "~/modules/auth/rate-limit.server";
import { readPageAnswers } from "~/modules/surveys/answer-form.server";
import { respondent } from "~/modules/surveys/respondent.server";
import { emailContinueLink, savePage, surveyForRespondent } from "~/modules/surveys/responses.server";
import { found, routeId } from "~/utils/query.server";
import { email, parseForm, invalid } from "~/utils/validation.server";
import { redirectWithMessage } from "~/utils/flash.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.page.title}: ${data.survey.title}` : "Survey" }];

async function context(request: Request, params: { id?: string; n?: string }) {
  const survey = found(surveyForRespondent(routeId(params.id)));
  const n = routeId(params.n);
  const page = found(survey.pages[n - 1]);
  const who = await respondent(request, survey.id);
  // Without a response in progress there is nothing to save to: start at the beginning.
  if (!who.response) throw redirect(`/surveys/${survey.id}`);
  if (who.response.status === "submitted") throw redirect(`/surveys/${survey.id}/check`);
  return { survey, n, page, who, response: who.response };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { survey, n, page, who, response } = await context(request, params);
  return json({
    survey: { id: survey.id, title: survey.title, pageCount: survey.pages.length, open: survey.state === "open" },
    n,
    page,
    easy: who.easy,
    canEmail: Boolean(who.token),
    answers: Object.fromEntries(page.questions.map((q) => [q.id, response.answers[q.id]])),
    respondentKind: response.respondentKind,
  });
}

export async function action({ request, params, context: load }: ActionFunctionArgs) {
  const { survey, n, page, who, response } = await context(request, params);
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  if (intent === "email") {
    const parsed = parseForm(formData, z.object({ continueEmail: email("Email address", "Enter the email address to send the link to") }));
    if (!parsed.ok) return invalid(formData, parsed.errors);
    // A signed-in member's link goes only to their own address.
    if (who.user && parsed.data.continueEmail !== who.user.email)
      return invalid(formData, { continueEmail: `We can only send the link to your account's email address, ${who.user.email}` });
    const limited = limitPublicForm("survey-continue", load.clientIp);
    if (!limited.ok) return invalid(formData, { continueEmail: tryAgainMessage(limited.retryAfterSeconds) }, undefined, 429);
    const sent = who.token ? emailContinueLink(survey.id, who.token, parsed.data.continueEmail) : { ok: false as const };
    if (!sent.ok) {
      return sent.retryAfterSeconds
        ? invalid(
            formData,
            { continueEmail: "We have sent the most links we send for these answers in a day. Use the newest one, or try again tomorrow." },
            undefined,
            429,
          )
        : invalid(formData, { continueEmail: "We could not send a link for these answers. Please try again." });
    }
    return redirectWithMessage(`/surveys/${survey.id}/page/${n}`, "We have emailed you a link to carry on. Your answers so far are saved.");
  }
  if (survey.state !== "open")
    return invalid(formData, { form: "This survey has closed, so answers can no longer be saved. Thank you for your time." });
  const read = readPageAnswers(page.questions, formData, { askKind: n === 1 });
  if (!read.ok) return invalid(formData, read.errors);
  savePage(response.id, page.questions, read.answers, read.respondentKind);
  const back = new URL(request.url).searchParams.get("return") === "check";
  return redirect(back || n === survey.pages.length ? `/surveys/${survey.id}/check` : `/surveys/${survey.id}/page/${n + 1}`);
}

export default function SurveyPage() {
  const { survey, n, page, easy, canEmail, answers, respondentKind } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const [params] = useSearchParams();
  const returning = params.get("return") === "check";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={returning ? `/surveys/${survey.id}/check` : n === 1 ? `/surveys/${survey.id}` : `/surveys/${survey.id}/page/${n - 1}`}>
          Back
        </BackLink>
        <ErrorSummary />
        <EasyReadSwitch easy={easy} />
        <span className="govuk-caption-l">
          {survey.title} · Page {n} of {survey.pageCount}
        </span>
        <h1 className="govuk-heading-l">{page.title}</h1>
        <PostForm intent="save" action={`/surveys/${survey.id}/page/${n}${returning ? "?return=check" : ""}`} noValidate>
          {n === 1 ? <RespondentKindField easy={easy} saved={respondentKind} /> : null}
          {page.questions.map((q) => (
            <QuestionField key={q.id} q={q} easy={easy} saved={answers[q.id] ?? undefined} />
          ))}
          <Button>{returning || n === survey.pageCount ? "Save and check your answers" : "Save and continue"}</Button>
        </PostForm>
        {canEmail ? (
          <details className="govuk-details" open={Boolean(failureOf(data, "email").errors)}>
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">{easy ? "Carry on later" : "Stop now and carry on later"}</span>
            </summary>
            <div className="govuk-details__text">
              <p className="govuk-body">
                Your answers up to the last page you saved are kept in this browser. To carry on from another device, we can email you a link. We use
                your email only to send it.
              </p>
              <PostForm intent="email" action={`/surveys/${survey.id}/page/${n}`} noValidate>
                <TextInput name="continueEmail" type="email" label="Email address" autoComplete="email" spellCheck={false} />
                <Button secondary>Email me a link</Button>
              </PostForm>
            </div>
          </details>
        ) : null}
      </div>
    </div>
  );
}

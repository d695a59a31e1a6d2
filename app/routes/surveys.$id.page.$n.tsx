import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { Button, ErrorSummary, Radios, TextInput, failureOf, PostForm } from "~/components/form";
import { BackLink } from "~/components/page";
import { QuestionField, RespondentKindField } from "~/components/survey";
import { EasyReadSwitch } from "~/components/easy-read";
import { limitPublicForm, tryAgainMessage } from "~/modules/auth/rate-limit.server";
import { readPageAnswers } from "~/modules/surveys/answer-form.server";
import { respondent } from "~/modules/surveys/respondent.server";
import { savePage, sendContinueLink, surveyForRespondent } from "~/modules/surveys/responses.server";
import { ukMobile } from "~/modules/contact/contact.server";
import type { CheckedBy } from "~/modules/feedback/board.server";
import { found, routeId } from "~/utils/query.server";
import { email, parseForm, invalid } from "~/utils/validation.server";
import { redirectWithMessage } from "~/utils/flash.server";
import { translate } from "~/modules/i18n/catalogue.server";
import { metaText, NotTranslatedNote, Written, useT } from "~/components/i18n";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.page.title}: ${data.survey.title}` : metaText("survey.title") },
];

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
    survey: {
      id: survey.id,
      title: survey.title,
      titleInEnglish: survey.titleInEnglish,
      pageCount: survey.pages.length,
      open: survey.state === "open",
      untranslated: survey.untranslated,
    },
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
    const byText = formData.get("continueBy") === "sms";
    // The field the answer is about: the address or the number.
    const field = byText ? "continuePhone" : "continueEmail";
    const parsed = parseForm(
      formData,
      byText
        ? z.object({
            continuePhone: z
              .string()
              .transform((v, ctx) => ukMobile(v) ?? (ctx.addIssue({ code: "custom", message: translate("contact.phone.format") }), z.NEVER)),
          })
        : z.object({ continueEmail: email(translate("validation.email.label"), translate("survey.continue.email.required")) }),
    );
    if (!parsed.ok) return invalid(formData, parsed.errors);
    const to: CheckedBy =
      "continuePhone" in parsed.data ? { channel: "sms", phone: parsed.data.continuePhone } : { channel: "email", email: parsed.data.continueEmail };
    // A signed-in member's emailed link goes only to their own address.
    if (who.user && to.channel === "email" && to.email !== who.user.email)
      return invalid(formData, { continueEmail: translate("survey.continue.ownAddress", { email: who.user.email }) });
    const limited = limitPublicForm("survey-continue", load.clientIp);
    if (!limited.ok) return invalid(formData, { [field]: tryAgainMessage(limited.retryAfterSeconds) }, undefined, 429);
    const sent = who.token ? sendContinueLink(survey.id, who.token, to) : { ok: false as const };
    if (!sent.ok) {
      return sent.retryAfterSeconds
        ? invalid(formData, { [field]: translate("survey.continue.tooMany") }, undefined, 429)
        : invalid(formData, { [field]: translate("survey.continue.failed") });
    }
    return redirectWithMessage(`/surveys/${survey.id}/page/${n}`, translate("survey.continue.sent"));
  }
  if (survey.state !== "open") return invalid(formData, { form: translate("survey.closed.cannotSave") });
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
  const { t } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={returning ? `/surveys/${survey.id}/check` : n === 1 ? `/surveys/${survey.id}` : `/surveys/${survey.id}/page/${n - 1}`} />
        <ErrorSummary />
        <EasyReadSwitch easy={easy} />
        <span className="govuk-caption-l">
          <Written english={survey.titleInEnglish}>{survey.title}</Written> · {t("survey.pageOf", { n, count: survey.pageCount })}
        </span>
        <h1 className="govuk-heading-l">
          <Written english={page.titleInEnglish}>{page.title}</Written>
        </h1>
        <NotTranslatedNote show={survey.untranslated} />
        <PostForm intent="save" action={`/surveys/${survey.id}/page/${n}${returning ? "?return=check" : ""}`} noValidate>
          {n === 1 ? <RespondentKindField easy={easy} saved={respondentKind} /> : null}
          {page.questions.map((q) => (
            <QuestionField key={q.id} q={q} easy={easy} saved={answers[q.id] ?? undefined} />
          ))}
          <Button>{returning || n === survey.pageCount ? t("survey.saveAndCheck") : t("survey.saveAndContinue")}</Button>
        </PostForm>
        {canEmail ? (
          <details className="govuk-details" open={Boolean(failureOf(data, "email").errors)}>
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">{easy ? t("survey.later.easy") : t("survey.later")}</span>
            </summary>
            <div className="govuk-details__text">
              <p className="govuk-body">{t("survey.later.body")}</p>
              <PostForm intent="email" action={`/surveys/${survey.id}/page/${n}`} noValidate>
                <Radios
                  name="continueBy"
                  legend={t("survey.later.how")}
                  legendClass="govuk-fieldset__legend--s"
                  defaultValue="email"
                  options={[
                    {
                      value: "email",
                      label: t("contact.email"),
                      conditional: (
                        <TextInput name="continueEmail" type="email" label={t("validation.email.label")} autoComplete="email" spellCheck={false} />
                      ),
                    },
                    {
                      value: "sms",
                      label: t("contact.sms"),
                      conditional: (
                        <TextInput name="continuePhone" type="tel" label={t("contact.phone")} hint={t("contact.phone.hint")} autoComplete="tel" />
                      ),
                    },
                  ]}
                />
                <Button secondary>{t("survey.later.send")}</Button>
              </PostForm>
            </div>
          </details>
        ) : null}
      </div>
    </div>
  );
}

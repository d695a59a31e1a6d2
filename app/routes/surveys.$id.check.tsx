import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Button, ErrorSummary, TextInput } from "~/components/form";
import { BackLink } from "~/components/page";
import { answerText } from "~/components/survey";
import { EasyReadSwitch } from "~/components/easy-read";
import { RESPONDENT_KIND_LABELS, wordingOf } from "~/modules/surveys/questions";
import { respondent } from "~/modules/surveys/respondent.server";
import { submitResponse, surveyContactConsent, surveyForRespondent, surveyReference } from "~/modules/surveys/responses.server";
import { translate } from "~/modules/i18n/catalogue.server";
import { metaText, useT, linkPart } from "~/components/i18n";
import { found, routeId } from "~/utils/query.server";
import { formValues, parseForm, textField, invalid } from "~/utils/validation.server";
import { contactFields, NO_CONTACT, readContact } from "~/modules/contact/contact.server";
import { getAreaSettings } from "~/modules/settings/area.server";
import { ContactChoice } from "~/components/contact";
import { formatDateTime } from "~/utils/dates";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: data
      ? metaText("survey.check.title", { title: data.survey.title, sent: data.submittedAt ? "yes" : "no" })
      : metaText("survey.check.heading.easy"),
  },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const survey = found(surveyForRespondent(routeId(params.id)));
  const who = await respondent(request, survey.id);
  if (!who.response) throw redirect(`/surveys/${survey.id}`);
  const response = who.response;
  return json({
    survey: { id: survey.id, title: survey.title, open: survey.state === "open", asksContact: survey.asksContact && !survey.anonymous },
    pages: survey.pages,
    answers: response.answers,
    kind: response.respondentKind,
    submittedAt: response.submittedAt,
    reference: surveyReference(response.id),
    easy: who.easy,
    member: who.user ? { name: who.user.name, email: who.user.email } : null,
    consent: surveyContactConsent(),
    forumName: getAreaSettings().forumName,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const surveyId = routeId(params.id);
  const survey = found(surveyForRespondent(surveyId));
  const who = await respondent(request, surveyId);
  if (!who.response) throw redirect(`/surveys/${surveyId}`);
  const formData = await request.formData();
  const parsed = parseForm(
    formData,
    z.object({ name: textField(translate("tellUs.name.label"), { max: 100, required: false }), ...contactFields() }),
  );
  if (!parsed.ok) return invalid(formData, parsed.errors);
  const asks = survey.asksContact && !survey.anonymous;
  const contact = asks ? readContact(parsed.data) : ({ ok: true, contact: NO_CONTACT } as const);
  if (!contact.ok) return invalid(formData, { [contact.field]: contact.message });
  const result = submitResponse(surveyId, who.response.id, {
    userId: who.user?.id ?? null,
    name: asks ? parsed.data.name || null : null,
    contact: contact.contact,
  });
  if (!result.ok)
    return json(
      { errors: { [result.page ? `page${result.page}` : "form"]: result.message }, values: formValues(formData), page: result.page ?? null },
      { status: 400 },
    );
  return redirect(`/surveys/${surveyId}/done?reference=${result.reference}`);
}

export default function CheckAnswers() {
  const { survey, pages, answers, kind, submittedAt, reference, easy, member, consent, forumName } = useLoaderData<typeof loader>();
  const { t, rich, lang } = useT();
  const change = (n: number, what: string) =>
    submittedAt || !survey.open ? null : (
      <dd className="govuk-summary-list__actions">
        <Link className="govuk-link" to={`/surveys/${survey.id}/page/${n}?return=check`}>
          {rich("survey.check.change", { what, hidden: (parts) => <span className="govuk-visually-hidden">{parts}</span> })}
        </Link>
      </dd>
    );
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {submittedAt ? null : <BackLink to={`/surveys/${survey.id}/page/${pages.length}`} />}
        <ErrorSummary />
        <EasyReadSwitch easy={easy} />
        <span className="govuk-caption-l">{survey.title}</span>
        <h1 className="govuk-heading-l">
          {submittedAt ? t("survey.check.yours") : easy ? t("survey.check.heading.easy") : t("survey.check.heading")}
        </h1>
        {submittedAt ? <p className="govuk-body">{t("survey.check.sent", { when: formatDateTime(submittedAt, lang), reference })}</p> : null}
        {pages.map((page, i) => (
          <section key={page.id}>
            <h2 className="govuk-heading-m" id={`page${i + 1}`}>
              {page.title}
            </h2>
            <dl className="govuk-summary-list govuk-!-margin-bottom-9">
              {i === 0 ? (
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">{easy ? t("tellUs.kind.legend") : t("survey.check.answeringAs")}</dt>
                  <dd className="govuk-summary-list__value">
                    {kind ? t(easy ? RESPONDENT_KIND_LABELS[kind].easy : RESPONDENT_KIND_LABELS[kind].label) : t("survey.notAnswered")}
                  </dd>
                  {change(1, t("survey.check.changeWho"))}
                </div>
              ) : null}
              {page.questions.map((q) => (
                <div key={q.id} className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">{wordingOf(q, easy)}</dt>
                  <dd className="govuk-summary-list__value app-comment">{answerText(q, answers[q.id], easy, t)}</dd>
                  {change(i + 1, t("survey.check.changeAnswer", { question: wordingOf(q, easy) }))}
                </div>
              ))}
            </dl>
          </section>
        ))}
        {!submittedAt && survey.open ? (
          <Form method="post" noValidate>
            {survey.asksContact ? (
              <fieldset className="govuk-fieldset">
                <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{t("survey.contact.legend")}</legend>
                <p className="govuk-body">
                  {t("survey.contact.empty")} {consent}{" "}
                  {rich("booking.consent.privacy", {
                    link: linkPart("/privacy"),
                  })}
                </p>
                <TextInput name="name" label={t("tellUs.name.label")} autoComplete="name" defaultValue={member?.name ?? ""} />
                <ContactChoice email={member?.email} forumName={forumName} />
              </fieldset>
            ) : null}
            <h2 className="govuk-heading-m">{easy ? t("survey.send.heading.easy") : t("survey.send.heading")}</h2>
            <p className="govuk-body">{easy ? t("survey.send.body.easy") : t("survey.send.body")}</p>
            <Button>{easy ? t("survey.send.easy") : t("survey.send")}</Button>
          </Form>
        ) : !submittedAt ? (
          <div className="govuk-inset-text">{t("survey.closed.noSend")}</div>
        ) : null}
      </div>
    </div>
  );
}

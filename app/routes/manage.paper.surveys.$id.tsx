import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ContactChoice } from "~/components/contact";
import { Button, ErrorSummary, TextInput, useSavedKey } from "~/components/form";
import { metaText, useT } from "~/components/i18n";
import { BackLink } from "~/components/page";
import { PaperConsent } from "~/components/paper";
import { QuestionField, RespondentKindField } from "~/components/survey";
import { requirePermission } from "~/modules/auth/permissions.server";
import { contactFields, NO_CONTACT, readContact } from "~/modules/contact/contact.server";
import { translate } from "~/modules/i18n/catalogue.server";
import { paperFields, paperLanguages } from "~/modules/paper/paper.server";
import { getAreaSettings } from "~/modules/settings/area.server";
import { readPageAnswers } from "~/modules/surveys/answer-form.server";
import { enterPaperResponse, surveyContactConsent, surveyForRespondent } from "~/modules/surveys/responses.server";
import { redirectWithMessage } from "~/utils/flash.server";
import { found, notFound, routeId } from "~/utils/query.server";
import { invalid, parseForm, textField } from "~/utils/validation.server";

// A survey answered on paper, typed in on one page: every question, checked as online; the
// contact details and consent only where the survey asks for them.

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${metaText("paper.survey.title")}: ${data.survey.title}` : metaText("paper.survey.title") },
];

function openSurvey(id: string | undefined) {
  const survey = found(surveyForRespondent(routeId(id), { lang: "en" }));
  // Only an open survey takes responses, on paper as online.
  if (survey.state !== "open") throw notFound();
  return survey;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "paper:enter");
  const survey = openSurvey(params.id);
  return json({
    survey: { id: survey.id, title: survey.title, asksContact: survey.asksContact && !survey.anonymous },
    pages: survey.pages,
    consent: surveyContactConsent("en"),
    forumName: getAreaSettings().forumName,
    languages: paperLanguages(),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const officer = await requirePermission(request, "paper:enter");
  const survey = openSurvey(params.id);
  const formData = await request.formData();
  const asks = survey.asksContact && !survey.anonymous;
  const read = readPageAnswers(
    survey.pages.flatMap((p) => p.questions),
    formData,
    { askKind: true },
  );
  const parsed = parseForm(
    formData,
    z.object({
      name: textField(translate("tellUs.name.label"), { max: 100, required: false }),
      ...contactFields(),
      ...paperFields({ signed: asks }),
    }),
  );
  if (!read.ok || !parsed.ok) return invalid(formData, { ...(read.ok ? {} : read.errors), ...(parsed.ok ? {} : parsed.errors) });
  // Contact details only where the survey asks for them; anything else typed is not kept.
  const contact = asks ? readContact(parsed.data) : ({ ok: true, contact: NO_CONTACT } as const);
  if (!contact.ok) return invalid(formData, { [contact.field]: contact.message });
  const sent = enterPaperResponse(survey.id, {
    answers: read.answers,
    respondentKind: read.respondentKind!,
    name: asks ? parsed.data.name || null : null,
    contact: contact.contact,
    language: parsed.data.language,
    enteredBy: officer.id,
  });
  if (!sent.ok) return invalid(formData, { form: sent.message });
  return redirectWithMessage(`/manage/paper/surveys/${survey.id}`, translate("paper.saved.survey", { reference: sent.reference }));
}

export default function PaperSurveyResponse() {
  const { survey, pages, consent, forumName, languages } = useLoaderData<typeof loader>();
  const key = useSavedKey(useActionData<typeof action>());
  const { t } = useT();
  return (
    <div className="govuk-grid-row" key={key}>
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/manage/paper">{t("paper.title")}</BackLink>
        <ErrorSummary />
        <span className="govuk-caption-l">{survey.title}</span>
        <h1 className="govuk-heading-l">{t("paper.survey.title")}</h1>
        <Form method="post" noValidate>
          <h2 className="govuk-heading-m">{t("paper.answers")}</h2>
          <RespondentKindField easy={false} saved={null} />
          {pages.map((page) => (
            <section key={page.id} aria-label={page.title}>
              <h3 className="govuk-heading-s">{page.title}</h3>
              {page.questions.map((q) => (
                <QuestionField key={q.id} q={q} easy={false} saved={undefined} />
              ))}
            </section>
          ))}
          {survey.asksContact ? (
            <>
              <h2 className="govuk-heading-m">{t("paper.contact")}</h2>
              <TextInput name="name" label={t("tellUs.name.label")} />
              <ContactChoice forumName={forumName} />
            </>
          ) : null}
          <PaperConsent languages={languages} wording={consent} signed={survey.asksContact} />
          <Button>{t("paper.save")}</Button>
        </Form>
      </div>
    </div>
  );
}

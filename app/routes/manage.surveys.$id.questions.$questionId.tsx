import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Button, Checkboxes, ErrorSummary, Radios, Select, Textarea, TextInput } from "~/components/form";
import { BackLink } from "~/components/page";
import { QUESTION_KINDS } from "~db/schema/enums";
import { requirePermission } from "~/modules/auth/permissions.server";
import { QUESTION_KIND_LABELS } from "~/modules/surveys/questions";
import { questionForEditing, saveQuestion } from "~/modules/surveys/pages.server";
import { surveyForOfficer } from "~/modules/surveys/surveys.server";
import { found, intParam, routeId } from "~/utils/query.server";
import { HIDDEN_CHARACTERS, parseForm, textField, invalid } from "~/utils/validation.server";
import { formatDateTime } from "~/utils/dates";
import { redirectWithMessage } from "~/utils/flash.server";
import { metaText, useT } from "~/components/i18n";
import { translate } from "~/modules/i18n/catalogue.server";

export const meta: MetaFunction = () => [{ title: metaText("manage.question.title") }];

function questionIdOf(value: string | undefined): number | null {
  return value === "new" ? null : routeId(value);
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "survey:manage");
  const survey = found(surveyForOfficer(routeId(params.id)));
  const questionId = questionIdOf(params.questionId);
  const editing = questionId ? found(questionForEditing(survey.id, questionId)) : null;
  const page = intParam(new URL(request.url).searchParams, "page");
  return json({
    survey: { id: survey.id, title: survey.title, answered: survey.started > 0 },
    pages: survey.pages.map((p, i) => ({ value: String(p.id), label: translate("manage.survey.pageTitle", { n: i + 1, title: p.title }) })),
    question: editing?.question ?? null,
    history: editing?.history ?? [],
    defaultPage: String(editing?.question.pageId ?? page ?? survey.pages[0]!.id),
  });
}

const schema = () =>
  z.object({
    pageId: z.coerce
      .number({ message: translate("manage.question.pageRequired") })
      .int()
      .positive(translate("manage.question.pageRequired")),
    kind: z.enum(QUESTION_KINDS, { message: translate("manage.question.kindRequired") }),
    text: textField(translate("manage.question.text"), { max: 300 }),
    hint: textField(translate("manage.question.hintName"), { max: 500, required: false }),
    required: z.preprocess((v) => v === "yes", z.boolean()),
    easyText: textField(translate("manage.question.easyName"), { max: 300, required: false }),
    choices: z.preprocess(
      (v) => (typeof v === "string" ? v : ""),
      z
        .string()
        .max(5000, translate("manage.question.choicesLong"))
        .transform((v, ctx) => {
          const lines = v
            .replace(/\r\n/g, "\n")
            .split("\n")
            .map((l) => l.trim())
            .filter(Boolean);
          if (lines.length > 30) ctx.addIssue({ code: "custom", message: translate("manage.question.choicesMany") });
          const choices = lines.map((line) => {
            const [label = "", easy = ""] = line.split("|").map((part) => part.trim().normalize("NFC"));
            return { label, easy };
          });
          if (choices.some((c) => !c.label || c.label.length > 150 || c.easy.length > 150))
            ctx.addIssue({ code: "custom", message: translate("manage.question.choiceLong") });
          if (new Set(choices.map((c) => c.label)).size !== choices.length)
            ctx.addIssue({ code: "custom", message: translate("manage.question.choiceSame") });
          if (HIDDEN_CHARACTERS.test(v)) ctx.addIssue({ code: "custom", message: translate("manage.question.choicesHidden") });
          return choices;
        }),
    ),
    allowOther: z.preprocess((v) => v === "yes", z.boolean()),
    lowLabel: textField(translate("manage.question.lowName"), { max: 40, required: false }),
    highLabel: textField(translate("manage.question.highName"), { max: 40, required: false }),
  });

export async function action({ request, params }: ActionFunctionArgs) {
  const officer = await requirePermission(request, "survey:manage");
  const surveyId = routeId(params.id);
  const questionId = questionIdOf(params.questionId);
  const formData = await request.formData();
  const parsed = parseForm(formData, schema());
  if (!parsed.ok) return invalid(formData, parsed.errors);
  const saved = saveQuestion(surveyId, questionId, parsed.data, officer.id);
  if (!saved.ok) return invalid(formData, saved.errors);
  return redirectWithMessage(`/manage/surveys/${surveyId}`, translate("manage.question.saved"));
}

export default function SurveyQuestion() {
  const { survey, pages, question, history, defaultPage } = useLoaderData<typeof loader>();
  const choices = question?.choices.map((c) => (c.easy ? `${c.label} | ${c.easy}` : c.label)).join("\n") ?? "";
  const { t, lang } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={`/manage/surveys/${survey.id}`}>{t("manage.survey.back")}</BackLink>
        <ErrorSummary />
        <span className="govuk-caption-l">{survey.title}</span>
        <h1 className="govuk-heading-l">{question ? t("manage.question.change") : t("manage.question.add")}</h1>
        {survey.answered && question ? <div className="govuk-inset-text">{t("manage.question.answered")}</div> : null}
        <Form method="post" noValidate>
          <Select name="pageId" label={t("manage.question.page")} options={pages} defaultValue={defaultPage} />
          <Radios
            name="kind"
            legend={t("manage.question.kind")}
            options={QUESTION_KINDS.map((k) => ({ value: k, label: t(QUESTION_KIND_LABELS[k]) }))}
            defaultValue={question?.kind ?? ""}
          />
          <TextInput name="text" label={t("manage.question.text")} defaultValue={question?.text ?? ""} />
          <TextInput name="hint" label={t("manage.question.hint")} hint={t("manage.question.hint.hint")} defaultValue={question?.hint ?? ""} />
          <Checkboxes
            name="required"
            legend={t("manage.question.answer")}
            options={[{ value: "yes", label: t("manage.question.required") }]}
            defaultValues={question?.required ? ["yes"] : []}
          />
          <TextInput
            name="easyText"
            label={t("manage.question.easy")}
            hint={t("manage.question.easy.hint")}
            defaultValue={question?.easyText ?? ""}
          />
          <Textarea name="choices" label={t("manage.question.choices")} hint={t("manage.question.choices.hint")} rows={6} defaultValue={choices} />
          <Checkboxes
            name="allowOther"
            legend={t("manage.question.other")}
            options={[{ value: "yes", label: t("manage.question.other.yes") }]}
            defaultValues={question?.allowOther ? ["yes"] : []}
          />
          <TextInput
            name="lowLabel"
            label={t("manage.question.low")}
            hint={t("manage.question.low.hint")}
            defaultValue={question?.lowLabel ?? ""}
            widthClass="govuk-input--width-20"
          />
          <TextInput
            name="highLabel"
            label={t("manage.question.high")}
            hint={t("manage.question.high.hint")}
            defaultValue={question?.highLabel ?? ""}
            widthClass="govuk-input--width-20"
          />
          <Button>{t("manage.question.save")}</Button>
        </Form>
        {history.length ? (
          <>
            <h2 className="govuk-heading-m">{t("manage.question.history")}</h2>
            <ul className="govuk-list">
              {history.map((h) => (
                <li key={h.id}>{t("manage.question.became", { when: formatDateTime(h.changedAt, lang), before: h.before, after: h.after })}</li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </div>
  );
}

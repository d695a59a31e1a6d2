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

export const meta: MetaFunction = () => [{ title: "Survey question" }];

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
    pages: survey.pages.map((p, i) => ({ value: String(p.id), label: `Page ${i + 1}: ${p.title}` })),
    question: editing?.question ?? null,
    history: editing?.history ?? [],
    defaultPage: String(editing?.question.pageId ?? page ?? survey.pages[0]!.id),
  });
}

const schema = () =>
  z.object({
    pageId: z.coerce.number({ message: "Choose a page" }).int().positive("Choose a page"),
    kind: z.enum(QUESTION_KINDS, { message: "Choose the type of question" }),
    text: textField("The question", { max: 300 }),
    hint: textField("The hint", { max: 500, required: false }),
    required: z.preprocess((v) => v === "yes", z.boolean()),
    easyText: textField("The easy-read question", { max: 300, required: false }),
    choices: z.preprocess(
      (v) => (typeof v === "string" ? v : ""),
      z
        .string()
        .max(5000, "The choices must be 5,000 characters or fewer")
        .transform((v, ctx) => {
          const lines = v
            .replace(/\r\n/g, "\n")
            .split("\n")
            .map((l) => l.trim())
            .filter(Boolean);
          if (lines.length > 30) ctx.addIssue({ code: "custom", message: "Give at most 30 choices" });
          const choices = lines.map((line) => {
            const [label = "", easy = ""] = line.split("|").map((part) => part.trim().normalize("NFC"));
            return { label, easy };
          });
          if (choices.some((c) => !c.label || c.label.length > 150 || c.easy.length > 150))
            ctx.addIssue({ code: "custom", message: "Each choice must have wording of 150 characters or fewer" });
          if (new Set(choices.map((c) => c.label)).size !== choices.length)
            ctx.addIssue({ code: "custom", message: "Each choice must be different" });
          if (HIDDEN_CHARACTERS.test(v)) ctx.addIssue({ code: "custom", message: "The choices must not contain hidden or control characters" });
          return choices;
        }),
    ),
    allowOther: z.preprocess((v) => v === "yes", z.boolean()),
    lowLabel: textField("The label for 1", { max: 40, required: false }),
    highLabel: textField("The label for 5", { max: 40, required: false }),
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
  return redirectWithMessage(`/manage/surveys/${surveyId}`, "Question saved.");
}

export default function SurveyQuestion() {
  const { survey, pages, question, history, defaultPage } = useLoaderData<typeof loader>();
  const choices = question?.choices.map((c) => (c.easy ? `${c.label} | ${c.easy}` : c.label)).join("\n") ?? "";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={`/manage/surveys/${survey.id}`}>Back to the survey</BackLink>
        <ErrorSummary />
        <span className="govuk-caption-l">{survey.title}</span>
        <h1 className="govuk-heading-l">{question ? "Change a question" : "Add a question"}</h1>
        {survey.answered && question ? (
          <div className="govuk-inset-text">
            People have started answering. Wording changes are kept in the history below; the type cannot change and choices cannot be removed or
            reordered.
          </div>
        ) : null}
        <Form method="post" noValidate>
          <Select name="pageId" label="Page" options={pages} defaultValue={defaultPage} />
          <Radios
            name="kind"
            legend="Type of question"
            options={QUESTION_KINDS.map((k) => ({ value: k, label: QUESTION_KIND_LABELS[k] }))}
            defaultValue={question?.kind ?? ""}
          />
          <TextInput name="text" label="The question" defaultValue={question?.text ?? ""} />
          <TextInput name="hint" label="Hint (optional)" hint="Help shown under the question." defaultValue={question?.hint ?? ""} />
          <Checkboxes
            name="required"
            legend="Answer"
            options={[{ value: "yes", label: "People must answer this question" }]}
            defaultValues={question?.required ? ["yes"] : []}
          />
          <TextInput
            name="easyText"
            label="Easy-read question (optional)"
            hint="A short, plain version, shown to people who switch to easy read."
            defaultValue={question?.easyText ?? ""}
          />
          <Textarea
            name="choices"
            label="Choices (for single and multiple choice)"
            hint="One per line. To give easy-read wording, add it after a | like this: “Holiday clubs | Clubs in the school holidays”."
            rows={6}
            defaultValue={choices}
          />
          <Checkboxes
            name="allowOther"
            legend="Other"
            options={[{ value: "yes", label: "Add “Other, please say” to the choices" }]}
            defaultValues={question?.allowOther ? ["yes"] : []}
          />
          <TextInput
            name="lowLabel"
            label="For a rating: what 1 means (optional)"
            hint="For example: “Very poor”."
            defaultValue={question?.lowLabel ?? ""}
            widthClass="govuk-input--width-20"
          />
          <TextInput
            name="highLabel"
            label="For a rating: what 5 means (optional)"
            hint="For example: “Very good”."
            defaultValue={question?.highLabel ?? ""}
            widthClass="govuk-input--width-20"
          />
          <Button>Save question</Button>
        </Form>
        {history.length ? (
          <>
            <h2 className="govuk-heading-m">Wording history</h2>
            <ul className="govuk-list">
              {history.map((h) => (
                <li key={h.id}>
                  {formatDateTime(h.changedAt)}: “{h.before}” became “{h.after}”
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </div>
  );
}

import { CONTRIBUTOR_KINDS, type ContributorKind } from "~db/schema/enums";
import { translate } from "~/modules/i18n/catalogue.server";
import { textField, type FieldErrors } from "~/utils/validation.server";
import { choicesOf, type Question } from "./questions";
import type { Answer } from "./responses.server";

// Reads one page of posted answers against the questions on it. Anything that
// is not one of a question's own choices (a tampered form) is refused, not dropped.

const LIMITS = { short_text: 500, long_text: 5000 } as const;
const OTHER = "other";

export const fieldName = (q: { id: number }) => `q${q.id}`;

export function readPageAnswers(
  questions: Question[],
  formData: FormData,
  { askKind }: { askKind: boolean },
): { ok: true; answers: Record<number, Answer | null>; respondentKind: ContributorKind | null } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const answers: Record<number, Answer | null> = {};
  let respondentKind: ContributorKind | null = null;
  if (askKind) {
    const kind = formData.get("respondentKind");
    if (CONTRIBUTOR_KINDS.includes(kind as ContributorKind)) respondentKind = kind as ContributorKind;
    else errors.respondentKind = translate("survey.kind.required");
  }
  for (const q of questions) {
    const name = fieldName(q);
    const question = q.text;
    const posted = formData.getAll(name).filter((v): v is string => typeof v === "string" && v !== "");
    if (q.kind === "short_text" || q.kind === "long_text") {
      const result = textField(translate("survey.answer.label", { question }), {
        max: LIMITS[q.kind],
        multiline: q.kind === "long_text",
        required: q.required ? translate("survey.answer.required", { question }) : false,
      }).safeParse(posted[0] ?? "");
      if (!result.success) errors[name] = result.error.issues[0]!.message;
      else answers[q.id] = result.data ? { value: result.data, other: "" } : null;
      continue;
    }
    const allowed = new Set(choicesOf(q).map((c) => c.id));
    if (q.allowOther) allowed.add(OTHER);
    if (posted.some((v) => !allowed.has(v)) || (q.kind !== "multiple" && posted.length > 1)) {
      errors[name] = translate("survey.answer.fromList", { question });
      continue;
    }
    if (!posted.length) {
      if (q.required) errors[name] = translate(q.kind === "multiple" ? "survey.answer.atLeastOne" : "survey.answer.choose", { question });
      answers[q.id] = null;
      continue;
    }
    let other = "";
    if (posted.includes(OTHER)) {
      const result = textField(translate("survey.other.name"), { max: 500, required: translate("survey.other.required") }).safeParse(
        formData.get(`${name}-other`) ?? "",
      );
      if (!result.success) {
        errors[`${name}-other`] = result.error.issues[0]!.message;
        continue;
      }
      other = result.data;
    }
    answers[q.id] = { value: q.kind === "multiple" ? JSON.stringify(posted) : posted[0]!, other };
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, answers, respondentKind };
}

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Button, Checkboxes, ErrorSummary, Select, Textarea, TextInput } from "~/components/form";
import { BackLink } from "~/components/page";
import { REVIEW_QUESTION_KINDS } from "~db/schema/enums";
import { requirePermission } from "~/modules/auth/permissions.server";
import { defaultQuestions, MAX_QUESTIONS, type ReviewQuestion } from "~/modules/reviews/questions";
import { documentForOfficer } from "~/modules/reviews/reviews.server";
import { ambassadorChoices, membersByEmail, openRound } from "~/modules/reviews/rounds.server";
import { found, routeId } from "~/utils/query.server";
import { emailList, isoDate, parseForm, textField, invalid } from "~/utils/validation.server";
import { addDays, londonDate } from "~/utils/dates";
import { redirectWithMessage } from "~/utils/flash.server";
import { metaText, useT } from "~/components/i18n";
import { translate } from "~/modules/i18n/catalogue.server";

export const meta: MetaFunction = () => [{ title: metaText("manage.reviews.invite.title") }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "review:manage");
  const doc = found(documentForOfficer(routeId(params.id)));
  return json({
    id: doc.id,
    title: doc.title,
    version: doc.latest.number,
    ambassadors: ambassadorChoices(),
    defaultDeadline: addDays(londonDate(new Date()), 14),
  });
}

const SLOTS = Array.from({ length: MAX_QUESTIONS }, (_, i) => i + 1);

function schema() {
  const questionFields = Object.fromEntries(
    SLOTS.flatMap((n) => [
      [`question${n}`, textField(translate("manage.reviews.invite.question", { n }), { max: 300, required: false })],
      [`kind${n}`, z.enum(REVIEW_QUESTION_KINDS, { message: translate("manage.reviews.invite.kindRequired", { n }) })],
    ]),
  );
  return z.object({
    deadline: isoDate(translate("manage.reviews.invite.deadlineName")),
    ambassadors: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().max(100)).max(500)),
    members: emailList(),
    ...questionFields,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const officer = await requirePermission(request, "review:manage");
  const id = routeId(params.id);
  const formData = await request.formData();
  const parsed = parseForm(formData, schema());
  if (!parsed.ok) return invalid(formData, parsed.errors);
  const { deadline, ambassadors, members: emails } = parsed.data as { deadline: string; ambassadors: string[]; members: string[] };
  const slots = parsed.data as Record<string, string>;
  const questions: ReviewQuestion[] = SLOTS.filter((n) => slots[`question${n}`]).map((n) => ({
    id: `q${n}`,
    kind: slots[`kind${n}`] as ReviewQuestion["kind"],
    text: slots[`question${n}`]!,
  }));
  if (!questions.length) return invalid(formData, { question1: translate("manage.reviews.invite.noQuestion") });
  const members = membersByEmail(emails);
  if (members.missing.length)
    return invalid(formData, {
      members: translate("groups.error.noAccount", { emails: members.missing.slice(0, 3).join(", ") }),
    });
  const userIds = [...new Set([...ambassadors, ...members.found])];
  const result = openRound({ documentId: id, deadline, userIds, questions }, officer.id);
  if (!result.ok) return invalid(formData, result.errors);
  return redirectWithMessage(`/manage/reviews/rounds/${result.roundId}`, translate("manage.reviews.invite.sent", { count: userIds.length }));
}

export default function NewRound() {
  const { id, title, version, ambassadors, defaultDeadline } = useLoaderData<typeof loader>();
  const { t } = useT();
  // The questions offered to start with, in the officer's language (they can change them).
  const defaults = defaultQuestions(t);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={`/manage/reviews/${id}`}>{t("manage.reviews.backToDocument")}</BackLink>
        <ErrorSummary />
        <span className="govuk-caption-l">{title}</span>
        <h1 className="govuk-heading-l">{t("manage.reviews.invite.heading", { version })}</h1>
        <Form method="post" noValidate>
          <TextInput
            name="deadline"
            type="date"
            label={t("manage.reviews.invite.deadline")}
            hint={t("manage.reviews.invite.deadline.hint")}
            defaultValue={defaultDeadline}
          />
          {ambassadors.length ? (
            <Checkboxes
              name="ambassadors"
              legend={t("manage.reviews.invite.ambassadors")}
              options={ambassadors.map((a) => ({ value: a.id, label: a.name }))}
            />
          ) : (
            <p className="govuk-body">{t("manage.reviews.invite.noAmbassadors")}</p>
          )}
          <Textarea name="members" label={t("manage.reviews.invite.members")} hint={t("manage.reviews.invite.members.hint")} rows={3} />
          <fieldset className="govuk-fieldset">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{t("manage.reviews.invite.questions")}</legend>
            <p className="govuk-body">{t("manage.reviews.invite.questions.hint")}</p>
            {SLOTS.map((n) => (
              <div key={n}>
                <TextInput name={`question${n}`} label={t("manage.reviews.invite.question", { n })} defaultValue={defaults[n - 1]?.text ?? ""} />
                <Select
                  name={`kind${n}`}
                  label={t("manage.reviews.invite.kind", { n })}
                  options={[
                    { value: "rating", label: t("manage.reviews.invite.rating") },
                    { value: "text", label: t("manage.reviews.invite.text") },
                  ]}
                  defaultValue={defaults[n - 1]?.kind ?? "text"}
                />
              </div>
            ))}
          </fieldset>
          <Button>{t("manage.groups.sendInvitations")}</Button>
        </Form>
      </div>
    </div>
  );
}

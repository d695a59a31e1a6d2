import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Button, Checkboxes, ErrorSummary, Select, Textarea, TextInput } from "~/components/form";
import { BackLink } from "~/components/page";
import { REVIEW_QUESTION_KINDS } from "~db/schema/enums";
import { requirePermission } from "~/modules/auth/permissions.server";
import { DEFAULT_QUESTIONS, MAX_QUESTIONS, type ReviewQuestion } from "~/modules/reviews/questions";
import { documentForOfficer } from "~/modules/reviews/reviews.server";
import { ambassadorChoices, membersByEmail, openRound } from "~/modules/reviews/rounds.server";
import { found, routeId } from "~/utils/query.server";
import { emailList, isoDate, parseForm, textField, invalid } from "~/utils/validation.server";
import { addDays, londonDate } from "~/utils/dates";
import { redirectWithMessage } from "~/utils/flash.server";

export const meta: MetaFunction = () => [{ title: "Invite reviewers" }];

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
      [`question${n}`, textField(`Question ${n}`, { max: 300, required: false })],
      [`kind${n}`, z.enum(REVIEW_QUESTION_KINDS, { message: `Choose how question ${n} is answered` })],
    ]),
  );
  return z.object({
    deadline: isoDate("deadline"),
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
  if (!questions.length) return invalid(formData, { question1: "Ask at least one question" });
  const members = membersByEmail(emails);
  if (members.missing.length)
    return invalid(formData, {
      members: `Nobody with an account uses ${members.missing.slice(0, 3).join(", ")}. Ask them to sign up first, or check the address.`,
    });
  const userIds = [...new Set([...ambassadors, ...members.found])];
  const result = openRound({ documentId: id, deadline, userIds, questions }, officer.id);
  if (!result.ok) return invalid(formData, result.errors);
  return redirectWithMessage(
    `/manage/reviews/rounds/${result.roundId}`,
    `Invitations sent to ${userIds.length} ${userIds.length === 1 ? "person" : "people"}.`,
  );
}

export default function NewRound() {
  const { id, title, version, ambassadors, defaultDeadline } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={`/manage/reviews/${id}`}>Back to the document</BackLink>
        <ErrorSummary />
        <span className="govuk-caption-l">{title}</span>
        <h1 className="govuk-heading-l">Invite reviewers to version {version}</h1>
        <Form method="post" noValidate>
          <TextInput
            name="deadline"
            type="date"
            label="Deadline for comments"
            hint="Comments close at the end of this day. Everyone who has not sent their review is reminded two days before."
            defaultValue={defaultDeadline}
          />
          {ambassadors.length ? (
            <Checkboxes name="ambassadors" legend="Which ambassadors?" options={ambassadors.map((a) => ({ value: a.id, label: a.name }))} />
          ) : (
            <p className="govuk-body">There are no SEND ambassadors yet. An admin can give someone the ambassador role.</p>
          )}
          <Textarea
            name="members"
            label="Also invite members (optional)"
            hint="The email addresses of people with an account, for example parent carers. One per line."
            rows={3}
          />
          <fieldset className="govuk-fieldset">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Questions every reviewer answers</legend>
            <p className="govuk-body">Leave a question empty to leave it out.</p>
            {SLOTS.map((n) => (
              <div key={n}>
                <TextInput name={`question${n}`} label={`Question ${n}`} defaultValue={DEFAULT_QUESTIONS[n - 1]?.text ?? ""} />
                <Select
                  name={`kind${n}`}
                  label={`How question ${n} is answered`}
                  options={[
                    { value: "rating", label: "A rating from 1 to 5" },
                    { value: "text", label: "In their own words" },
                  ]}
                  defaultValue={DEFAULT_QUESTIONS[n - 1]?.kind ?? "text"}
                />
              </div>
            ))}
          </fieldset>
          <Button>Send invitations</Button>
        </Form>
      </div>
    </div>
  );
}

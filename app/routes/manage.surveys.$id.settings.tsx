import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Button, Checkboxes, ErrorSummary, Radios, Textarea, TextInput } from "~/components/form";
import { BackLink } from "~/components/page";
import { RichTextField } from "~/components/rich-text-editor";
import { requirePermission } from "~/modules/auth/permissions.server";
import { readRichTextField } from "~/modules/richtext/validate.server";
import { surveyForOfficer, updateSettings } from "~/modules/surveys/surveys.server";
import { found, routeId } from "~/utils/query.server";
import { isoDate, optionalChoice, parseForm, textField, invalid } from "~/utils/validation.server";
import { PARTICIPATION_LEVELS } from "~db/schema/enums";
import { ParticipationLevelField } from "~/components/participation";
import { redirectWithMessage } from "~/utils/flash.server";

export const meta: MetaFunction = () => [{ title: "Survey settings" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "survey:manage");
  return json(found(surveyForOfficer(routeId(params.id))));
}

const schema = () =>
  z.object({
    title: textField("Title", { max: 150 }),
    easyIntro: textField("The easy-read introduction", { max: 1000, multiline: true, required: false }),
    audience: textField("Who it is for", { max: 150, required: false }),
    participationLevel: optionalChoice(PARTICIPATION_LEVELS, "Choose how far families are involved"),
    opensOn: isoDate("opening date"),
    closesOn: isoDate("closing date"),
    anonymous: z.enum(["yes", "no"], { message: "Say whether the survey is anonymous" }),
    asksContact: z.preprocess((v) => v === "yes", z.boolean()),
  });

export async function action({ request, params }: ActionFunctionArgs) {
  await requirePermission(request, "survey:manage");
  const id = routeId(params.id);
  const formData = await request.formData();
  const parsed = parseForm(formData, schema());
  const intro = readRichTextField(formData, "intro", "Introduction");
  const errors = { ...(parsed.ok ? {} : parsed.errors), ...(intro.ok ? {} : { intro: intro.message }) };
  if (!parsed.ok || !intro.ok) return invalid(formData, errors);
  const saved = updateSettings(id, { ...parsed.data, anonymous: parsed.data.anonymous === "yes", intro: intro.doc });
  if (!saved.ok) return invalid(formData, saved.errors);
  return redirectWithMessage(`/manage/surveys/${id}`, "Settings saved.");
}

export default function SurveySettings() {
  const s = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={`/manage/surveys/${s.id}`}>Back to the survey</BackLink>
        <ErrorSummary />
        <span className="govuk-caption-l">{s.title}</span>
        <h1 className="govuk-heading-l">Survey settings</h1>
        <Form method="post" noValidate>
          <TextInput name="title" label="Title" defaultValue={s.title} />
          <RichTextField
            name="intro"
            label="Introduction"
            hint="What the survey is about, how long it takes and what you will do with the answers."
            doc={s.intro.content.length ? s.intro : null}
          />
          <Textarea
            name="easyIntro"
            label="Easy-read introduction (optional)"
            hint="Short sentences and everyday words. Shown to people who switch to easy read."
            rows={4}
            defaultValue={s.easyIntro}
          />
          <TextInput
            name="audience"
            label="Who it is for"
            hint="For example: “Parents and carers of children with SEND”."
            defaultValue={s.audience}
          />
          <ParticipationLevelField defaultValue={s.participationLevel} />
          <TextInput name="opensOn" type="date" label="Opening date" defaultValue={s.opensOn} />
          <TextInput
            name="closesOn"
            type="date"
            label="Closing date"
            hint="Answers are taken until the end of this day. Move it later to extend or reopen the survey."
            defaultValue={s.closesOn}
          />
          <Radios
            name="anonymous"
            legend="Is the survey anonymous?"
            hint={s.started ? "People have started answering, so this cannot change." : undefined}
            options={[
              { value: "yes", label: "Yes", hint: "No name, email or account is stored with any answer, not even for people who are signed in." },
              { value: "no", label: "No", hint: "Signed-in members’ answers are linked to their account, so they can see them later." },
            ]}
            defaultValue={s.anonymous ? "yes" : "no"}
          />
          <Checkboxes
            name="asksContact"
            legend="Contact details"
            options={[{ value: "yes", label: "Ask for optional contact details at the end (not for anonymous surveys)" }]}
            defaultValues={s.asksContact ? ["yes"] : []}
          />
          <Button>Save settings</Button>
        </Form>
      </div>
    </div>
  );
}

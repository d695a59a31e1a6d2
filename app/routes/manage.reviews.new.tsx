import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form } from "@remix-run/react";
import { Button, ErrorSummary, Textarea, TextInput } from "~/components/form";
import { BackLink } from "~/components/page";
import { RichTextField } from "~/components/rich-text-editor";
import { requirePermission } from "~/modules/auth/permissions.server";
import { z } from "zod";
import { createDocument } from "~/modules/reviews/reviews.server";
import { readRichTextField } from "~/modules/richtext/validate.server";
import { parseForm, textField, invalid } from "~/utils/validation.server";
import { redirectWithMessage } from "~/utils/flash.server";

export const meta: MetaFunction = () => [{ title: "Start a new document" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "review:manage");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const officer = await requirePermission(request, "review:manage");
  const formData = await request.formData();
  const fields = parseForm(
    formData,
    z.object({ title: textField("Title", { max: 150 }), purpose: textField("What it is for", { max: 500, required: false, multiline: true }) }),
  );
  const body = readRichTextField(formData, "body", "Document text");
  if (!fields.ok || !body.ok) {
    const errors = { ...(fields.ok ? {} : fields.errors), ...(body.ok ? {} : { body: body.message }) };
    return invalid(formData, errors);
  }
  const id = createDocument({ ...fields.data, body: body.doc }, officer.id);
  return redirectWithMessage(`/manage/reviews/${id}`, "Version 1 is saved. Add easy-read explanations if you want to, then invite reviewers.");
}

export default function NewDocument() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/manage/reviews">All documents</BackLink>
        <ErrorSummary />
        <h1 className="govuk-heading-l">Start a new document</h1>
        <p className="govuk-body">
          Write the draft here, or paste it from a word processor: headings, paragraphs, lists and links are kept and other formatting is removed. It
          is saved as version 1. Nobody sees it until you invite reviewers.
        </p>
        <Form method="post" noValidate>
          <TextInput name="title" label="Title" />
          <Textarea
            name="purpose"
            label="What it is for"
            hint="One or two sentences reviewers read first, for example who the document is for."
            rows={3}
          />
          <RichTextField name="body" label="Document text" doc={null} />
          <Button>Save version 1</Button>
        </Form>
      </div>
    </div>
  );
}

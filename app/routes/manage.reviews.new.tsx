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
import { metaText, useT } from "~/components/i18n";
import { translate } from "~/modules/i18n/catalogue.server";

export const meta: MetaFunction = () => [{ title: metaText("manage.reviews.start") }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "review:manage");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const officer = await requirePermission(request, "review:manage");
  const formData = await request.formData();
  const fields = parseForm(
    formData,
    z.object({
      title: textField(translate("manage.reviews.field.title"), { max: 150 }),
      purpose: textField(translate("manage.reviews.field.purpose"), { max: 500, required: false, multiline: true }),
    }),
  );
  const body = readRichTextField(formData, "body", translate("manage.reviews.field.body"));
  if (!fields.ok || !body.ok) {
    const errors = { ...(fields.ok ? {} : fields.errors), ...(body.ok ? {} : { body: body.message }) };
    return invalid(formData, errors);
  }
  const id = createDocument({ ...fields.data, body: body.doc }, officer.id);
  return redirectWithMessage(`/manage/reviews/${id}`, translate("manage.reviews.flash.created"));
}

export default function NewDocument() {
  const { t } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/manage/reviews">{t("manage.reviews.all")}</BackLink>
        <ErrorSummary />
        <h1 className="govuk-heading-l">{t("manage.reviews.start")}</h1>
        <p className="govuk-body">{t("manage.reviews.new.lead")}</p>
        <Form method="post" noValidate>
          <TextInput name="title" label={t("manage.reviews.field.title")} />
          <Textarea name="purpose" label={t("manage.reviews.field.purpose")} hint={t("manage.reviews.field.purpose.hint")} rows={3} />
          <RichTextField name="body" label={t("manage.reviews.field.body")} doc={null} />
          <Button>{t("manage.reviews.saveFirst")}</Button>
        </Form>
      </div>
    </div>
  );
}

import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form } from "@remix-run/react";
import { z } from "zod";
import { Button, ErrorSummary, Honeypot, TextInput } from "~/components/form";
import { BackLink } from "~/components/page";
import { requestSignInLink } from "~/modules/auth/accounts.server";
import { tryAgainMessage } from "~/modules/auth/rate-limit.server";
import { email, isHoneypotFilled, parseForm, invalid } from "~/utils/validation.server";
import { metaText, useT } from "~/components/i18n";

export const meta: MetaFunction = () => [{ title: metaText("auth.link.title") }];

// A function, so the client bundle (which has no server modules) never builds it.
const schema = () => z.object({ email: email() });

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  if (isHoneypotFilled(formData)) return redirect("/check-email?reason=link");
  const parsed = parseForm(formData, schema());
  if (!parsed.ok) return invalid(formData, parsed.errors);
  const result = requestSignInLink({ email: parsed.data.email, ip: context.clientIp });
  if (result.status === "rate-limited") {
    return invalid(formData, { form: tryAgainMessage(result.retryAfterSeconds) }, undefined, 429);
  }
  return redirect("/check-email?reason=link");
}

export default function RequestSignInLink() {
  const { t } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/sign-in" />
        <ErrorSummary />
        <h1 className="govuk-heading-l">{t("auth.link.title")}</h1>
        <p className="govuk-body">{t("auth.link.body")}</p>
        <Form method="post" noValidate>
          <Honeypot />
          <TextInput name="email" type="email" label={t("validation.email.label")} autoComplete="email" spellCheck={false} />
          <Button>{t("auth.link.send")}</Button>
        </Form>
      </div>
    </div>
  );
}

import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form } from "@remix-run/react";
import { z } from "zod";
import { Button, ErrorSummary, Honeypot, TextInput } from "~/components/form";
import { BackLink } from "~/components/page";
import { requestPasswordReset } from "~/modules/auth/accounts.server";
import { tryAgainMessage } from "~/modules/auth/rate-limit.server";
import { email, isHoneypotFilled, parseForm, invalid } from "~/utils/validation.server";

export const meta: MetaFunction = () => [{ title: "Reset your password" }];

// A function, so the client bundle (which has no server modules) never builds it.
const schema = () => z.object({ email: email() });

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  if (isHoneypotFilled(formData)) return redirect("/check-email?reason=reset");
  const parsed = parseForm(formData, schema());
  if (!parsed.ok) return invalid(formData, parsed.errors);
  const result = requestPasswordReset({ email: parsed.data.email, ip: context.clientIp });
  if (result.status === "rate-limited") {
    return invalid(formData, { form: tryAgainMessage(result.retryAfterSeconds) }, undefined, 429);
  }
  return redirect("/check-email?reason=reset");
}

export default function ForgotPassword() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/sign-in" />
        <ErrorSummary />
        <h1 className="govuk-heading-l">Reset your password</h1>
        <p className="govuk-body">Enter the email address you use to sign in. We will email you a link to choose a new password.</p>
        <Form method="post" noValidate>
          <Honeypot />
          <TextInput name="email" type="email" label="Email address" autoComplete="email" spellCheck={false} />
          <Button>Send me a link</Button>
        </Form>
      </div>
    </div>
  );
}

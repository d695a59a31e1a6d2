import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { z } from "zod";
import { Button, ErrorSummary, Honeypot, TextInput } from "~/components/form";
import { BackLink } from "~/components/page";
import { requestSignInLink } from "~/modules/auth/accounts.server";
import { tryAgainMessage } from "~/modules/auth/rate-limit.server";
import { email, formValues, isHoneypotFilled, parseForm } from "~/utils/validation.server";

export const meta: MetaFunction = () => [{ title: "Sign in with an email link" }];

// A function, so the client bundle (which has no server modules) never builds it.
const schema = () => z.object({ email: email() });

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  if (isHoneypotFilled(formData)) return redirect("/check-email?reason=link");
  const parsed = parseForm(formData, schema());
  if (!parsed.ok) return json({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const result = requestSignInLink({ email: parsed.data.email, ip: context.clientIp });
  if (result.status === "rate-limited") {
    return json({ errors: { form: tryAgainMessage(result.retryAfterSeconds) }, values: formValues(formData) }, { status: 429 });
  }
  return redirect("/check-email?reason=link");
}

export default function RequestSignInLink() {
  const data = useActionData<typeof action>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/sign-in" />
        <ErrorSummary errors={data?.errors} />
        <h1 className="govuk-heading-l">Sign in with an email link</h1>
        <p className="govuk-body">No password needed. We will email you a link that signs you in. It works once, for 15 minutes.</p>
        <Form method="post" noValidate>
          <Honeypot />
          <TextInput
            name="email"
            type="email"
            label="Email address"
            autoComplete="email"
            spellCheck={false}
            errors={data?.errors}
            values={data?.values}
          />
          <Button>Email me a link</Button>
        </Form>
      </div>
    </div>
  );
}

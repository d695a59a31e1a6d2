import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { AGE_GROUPS } from "~db/schema/enums";
import { Button, ErrorSummary, Honeypot, Radios, TextInput } from "~/components/form";
import { signUp } from "~/modules/auth/accounts.server";
import { ACCOUNT_CONSENT } from "~/modules/privacy/consent.server";
import { tryAgainMessage } from "~/modules/auth/rate-limit.server";
import { getUser } from "~/modules/auth/session.server";
import { email, isHoneypotFilled, parseForm, textField, invalid } from "~/utils/validation.server";

export const meta: MetaFunction = () => [{ title: "Create an account" }];

// A function, so the client bundle (which has no server modules) never builds it.
const schema = () =>
  z.object({
    name: textField("Your name", { max: 100, required: "Enter your name" }),
    email: email(),
    age: z.enum(["under_13", ...AGE_GROUPS], { message: "Tell us how old you are" }),
  });

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUser(request)) throw redirect("/account");
  return json({ consent: ACCOUNT_CONSENT });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  if (isHoneypotFilled(formData)) return redirect("/check-email?reason=sign-up");
  // Under-13s are not given accounts: nothing they typed is kept.
  if (formData.get("age") === "under_13") return redirect("/sign-up/under-13");
  const parsed = parseForm(formData, schema());
  if (!parsed.ok) return invalid(formData, parsed.errors);
  const { age, ...details } = parsed.data;
  const result = signUp({ ...details, ageGroup: age === "13_to_17" ? "13_to_17" : "18_plus", ip: context.clientIp });
  if (result.status === "rate-limited") {
    return invalid(formData, { form: tryAgainMessage(result.retryAfterSeconds) }, undefined, 429);
  }
  return redirect("/check-email?reason=sign-up");
}

export default function SignUp() {
  const { consent } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary />
        <h1 className="govuk-heading-l">Create an account</h1>
        <p className="govuk-body">
          Already have one?{" "}
          <Link className="govuk-link" to="/sign-in">
            Sign in
          </Link>
          .
        </p>
        <Form method="post" noValidate>
          <Honeypot />
          <TextInput name="name" label="Your name" autoComplete="name" spellCheck={false} />
          <TextInput
            name="email"
            type="email"
            label="Email address"
            hint="We will send you a link to confirm it. You choose a password when you open it."
            autoComplete="email"
            spellCheck={false}
          />
          <Radios
            name="age"
            legend="How old are you?"
            hint="If you are under 18, we keep your name off every public page and only contact you about what you ask us to."
            options={[
              { value: "under_13", label: "Under 13" },
              { value: "13_to_17", label: "13 to 17" },
              { value: "18_plus", label: "18 or over" },
            ]}
          />
          <Button>Create account</Button>
        </Form>
        <p className="govuk-body">
          {consent} By creating an account you agree to this. Read our{" "}
          <Link className="govuk-link" to="/privacy">
            privacy notice
          </Link>{" "}
          to find out more.
        </p>
      </div>
    </div>
  );
}

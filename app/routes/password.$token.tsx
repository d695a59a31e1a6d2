import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { AGE_GROUPS } from "~db/schema/enums";
import { Button, ErrorSummary, Radios, TextInput } from "~/components/form";
import { getPerson, PASSWORD_LINKS, setPasswordWithToken } from "~/modules/auth/accounts.server";
import { passwordProblem } from "~/modules/auth/passwords.server";
import { startSession } from "~/modules/auth/session.server";
import { checkToken, tokenProblemMessage } from "~/modules/auth/tokens.server";
import { parseForm, password, textField, invalid } from "~/utils/validation.server";
import { redirectWithMessage } from "~/utils/flash.server";

// Choosing a password, from the link that confirms a new account, a reset link or an invitation.
// Opening the link only shows the form: email scanners that follow links do not use it up.

export const meta: MetaFunction = () => [{ title: "Choose a password" }];

const AGE_OPTIONS = [
  { value: "13_to_17", label: "13 to 17" },
  { value: "18_plus", label: "18 or over" },
];

export function loader({ params }: LoaderFunctionArgs) {
  const check = checkToken(params.token ?? "", [...PASSWORD_LINKS]);
  if (!check.ok) return json({ problem: tokenProblemMessage(check.reason), purpose: null, email: "", name: "", ageGroup: "" }, { status: 400 });
  const person = getPerson(check.userId);
  return json({ problem: null, purpose: check.purpose, email: person?.email ?? "", name: person?.name ?? "", ageGroup: person?.ageGroup ?? "" });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const formData = await request.formData();
  const check = checkToken(token, [...PASSWORD_LINKS]);
  if (!check.ok) return invalid(formData, { form: tokenProblemMessage(check.reason) });
  const email = getPerson(check.userId)?.email ?? "";
  const newAccount = check.purpose === "verify_email";
  const passwords = z.object({ password: password("Enter a new password"), confirmPassword: password("Enter your new password again") });
  // A new account's holder checks the details given when it was made: they may not have made it.
  const details = z.object({
    name: textField("Your name", { max: 100, required: "Enter your name" }),
    age: z.enum(AGE_GROUPS, { message: "Tell us how old you are" }),
  });
  const schema = (newAccount ? details.extend(passwords.shape) : passwords).superRefine((value, ctx) => {
    const problem = passwordProblem(value.password, email);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
    else if (value.password !== value.confirmPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "The passwords do not match" });
    }
  });
  const parsed = parseForm(formData, schema);
  if (!parsed.ok) return invalid(formData, parsed.errors);
  const data: z.infer<typeof passwords> & Partial<z.infer<typeof details>> = parsed.data;
  const result = await setPasswordWithToken(token, data.password, data.name && data.age ? { name: data.name, ageGroup: data.age } : undefined);
  if (!result.ok) return invalid(formData, { form: tokenProblemMessage(result.reason) });
  return redirectWithMessage("/account", "Your password has been saved and you are signed in.", {
    headers: await startSession(result.userId),
  });
}

const HEADINGS: Record<string, string> = {
  verify_email: "Confirm your account",
  invite: "Choose a password to start",
  reset_password: "Choose a new password",
};

export default function ChoosePassword() {
  const loaded = useLoaderData<typeof loader>();
  if (loaded.problem || !loaded.purpose) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">This link does not work</h1>
          <p className="govuk-body">{loaded.problem}</p>
          <p className="govuk-body">
            <Link className="govuk-link" to="/forgot-password">
              Ask for a new link
            </Link>
            , or if you were invited, ask the person who invited you to send a new invitation. If you were creating an account,{" "}
            <Link className="govuk-link" to="/sign-up">
              start again
            </Link>
            .
          </p>
        </div>
      </div>
    );
  }
  const newAccount = loaded.purpose === "verify_email";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary />
        <h1 className="govuk-heading-l">{HEADINGS[loaded.purpose]}</h1>
        <p className="govuk-body">For the account {loaded.email}.</p>
        {newAccount ? <p className="govuk-body">Check your details and choose a password. Your account starts working when you save.</p> : null}
        <Form method="post" noValidate>
          <input type="text" name="username" value={loaded.email} autoComplete="username" readOnly hidden />
          {newAccount ? (
            <>
              <TextInput name="name" label="Your name" autoComplete="name" spellCheck={false} defaultValue={loaded.name} />
              <Radios
                name="age"
                legend="How old are you?"
                hint="If you are under 18, we keep your name off every public page and only contact you about what you ask us to."
                options={AGE_OPTIONS}
                defaultValue={loaded.ageGroup}
              />
            </>
          ) : null}
          <TextInput
            name="password"
            type="password"
            label={newAccount ? "Create a password" : "New password"}
            hint="At least 10 characters. Three random words together is a good way to make one you will remember."
            autoComplete="new-password"
          />
          <TextInput name="confirmPassword" type="password" label="Type it again" autoComplete="new-password" />
          <Button>{newAccount ? "Confirm and create account" : "Save password"}</Button>
        </Form>
      </div>
    </div>
  );
}

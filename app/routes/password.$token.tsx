import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Button, ErrorSummary, TextInput } from "~/components/form";
import { getPerson, setPasswordWithToken } from "~/modules/auth/accounts.server";
import { passwordProblem } from "~/modules/auth/passwords.server";
import { startSession } from "~/modules/auth/session.server";
import { checkToken, tokenProblemMessage } from "~/modules/auth/tokens.server";
import { parseForm, password } from "~/utils/validation.server";

// Choosing a password, from a reset link or an invitation.

export const meta: MetaFunction = () => [{ title: "Choose a password" }];

export function loader({ params }: LoaderFunctionArgs) {
  const check = checkToken(params.token ?? "", ["reset_password", "invite"]);
  if (!check.ok) return json({ problem: tokenProblemMessage(check.reason), invite: false, email: "" }, { status: 400 });
  const person = getPerson(check.userId);
  return json({ problem: null, invite: check.purpose === "invite", email: person?.email ?? "" });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const check = checkToken(token, ["reset_password", "invite"]);
  if (!check.ok) return json({ errors: { form: tokenProblemMessage(check.reason) } }, { status: 400 });
  const email = getPerson(check.userId)?.email ?? "";
  const schema = z
    .object({ password: password("Enter a new password"), confirmPassword: password("Enter your new password again") })
    .superRefine((value, ctx) => {
      const problem = passwordProblem(value.password, email);
      if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
      else if (value.password !== value.confirmPassword) {
        ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "The passwords do not match" });
      }
    });
  const parsed = parseForm(await request.formData(), schema);
  if (!parsed.ok) return json({ errors: parsed.errors }, { status: 400 });
  const result = await setPasswordWithToken(token, parsed.data.password);
  if (!result.ok) return json({ errors: { form: tokenProblemMessage(result.reason) } }, { status: 400 });
  return redirect("/account?password=changed", { headers: { "Set-Cookie": await startSession(result.userId) } });
}

export default function ChoosePassword() {
  const loaded = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  if (loaded.problem) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">This link does not work</h1>
          <p className="govuk-body">{loaded.problem}</p>
          <p className="govuk-body">
            <Link className="govuk-link" to="/forgot-password">
              Ask for a new link
            </Link>
            , or if you were invited, ask the person who invited you to send a new invitation.
          </p>
        </div>
      </div>
    );
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={data?.errors} />
        <h1 className="govuk-heading-l">{loaded.invite ? "Choose a password to start" : "Choose a new password"}</h1>
        <p className="govuk-body">For the account {loaded.email}.</p>
        <Form method="post" noValidate>
          <input type="text" name="username" value={loaded.email} autoComplete="username" readOnly hidden />
          <TextInput
            name="password"
            type="password"
            label="New password"
            hint="At least 10 characters. Three random words together is a good way to make one you will remember."
            autoComplete="new-password"
            errors={data?.errors}
          />
          <TextInput name="confirmPassword" type="password" label="Type it again" autoComplete="new-password" errors={data?.errors} />
          <Button>Save password</Button>
        </Form>
      </div>
    </div>
  );
}

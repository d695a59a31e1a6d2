import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { AGE_GROUPS } from "~db/schema/enums";
import { Button, ErrorSummary, Radios, TextInput } from "~/components/form";
import { getPerson, PASSWORD_LINKS, setPasswordWithToken } from "~/modules/auth/accounts.server";
import { passwordProblem } from "~/modules/auth/passwords.server";
import { signInAs } from "~/modules/auth/session.server";
import { checkToken, tokenProblemMessage } from "~/modules/auth/tokens.server";
import { parseForm, password, textField, invalid } from "~/utils/validation.server";
import { redirectWithMessage } from "~/utils/flash.server";
import { linkPart, metaText, useT } from "~/components/i18n";
import { translate } from "~/modules/i18n/catalogue.server";

// Choosing a password, from the link that confirms a new account, a reset link or an invitation.
// Opening the link only shows the form: email scanners that follow links do not use it up.

export const meta: MetaFunction = () => [{ title: metaText("email.invitation.link") }];

const AGE_OPTIONS = [
  { value: "13_to_17", label: "auth.signUp.age.13to17" },
  { value: "18_plus", label: "auth.signUp.age.18plus" },
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
  const passwords = z.object({
    password: password(translate("auth.password.new.required")),
    confirmPassword: password(translate("auth.password.again.required")),
  });
  // A new account's holder checks the details given when it was made: they may not have made it.
  const details = z.object({
    name: textField(translate("tellUs.name.label"), { max: 100, required: translate("booking.name.required") }),
    age: z.enum(AGE_GROUPS, { message: translate("auth.signUp.age.required") }),
  });
  const schema = (newAccount ? details.extend(passwords.shape) : passwords).superRefine((value, ctx) => {
    const problem = passwordProblem(value.password, email);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
    else if (value.password !== value.confirmPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: translate("auth.password.mismatch") });
    }
  });
  const parsed = parseForm(formData, schema);
  if (!parsed.ok) return invalid(formData, parsed.errors);
  const data: z.infer<typeof passwords> & Partial<z.infer<typeof details>> = parsed.data;
  const result = await setPasswordWithToken(token, data.password, data.name && data.age ? { name: data.name, ageGroup: data.age } : undefined);
  if (!result.ok) return invalid(formData, { form: tokenProblemMessage(result.reason) });
  const next = await signInAs(result.userId, "/account");
  return redirectWithMessage(next.to, translate("auth.password.saved"), { headers: next.headers });
}

// Message keys.
const HEADINGS: Record<string, string> = {
  verify_email: "auth.password.heading.verify",
  invite: "auth.password.heading.invite",
  reset_password: "email.reset.link",
};

export default function ChoosePassword() {
  const loaded = useLoaderData<typeof loader>();
  const { t, rich } = useT();
  if (loaded.problem || !loaded.purpose) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{t("auth.password.broken")}</h1>
          <p className="govuk-body">{loaded.problem}</p>
          <p className="govuk-body">{rich("auth.password.brokenNext", { reset: linkPart("/forgot-password"), signUp: linkPart("/sign-up") })}</p>
        </div>
      </div>
    );
  }
  const newAccount = loaded.purpose === "verify_email";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary />
        <h1 className="govuk-heading-l">{t(HEADINGS[loaded.purpose]!)}</h1>
        <p className="govuk-body">{t("auth.password.forAccount", { email: loaded.email })}</p>
        {newAccount ? <p className="govuk-body">{t("auth.password.checkDetails")}</p> : null}
        <Form method="post" noValidate>
          <input type="text" name="username" value={loaded.email} autoComplete="username" readOnly hidden />
          {newAccount ? (
            <>
              <TextInput name="name" label={t("tellUs.name.label")} autoComplete="name" spellCheck={false} defaultValue={loaded.name} />
              <Radios
                name="age"
                legend={t("auth.signUp.age.legend")}
                hint={t("auth.signUp.age.hint")}
                options={AGE_OPTIONS.map((option) => ({ value: option.value, label: t(option.label) }))}
                defaultValue={loaded.ageGroup}
              />
            </>
          ) : null}
          <TextInput
            name="password"
            type="password"
            label={newAccount ? t("auth.password.create") : t("auth.password.new")}
            hint={t("auth.password.hint")}
            autoComplete="new-password"
          />
          <TextInput name="confirmPassword" type="password" label={t("auth.password.again")} autoComplete="new-password" />
          <Button>{newAccount ? t("auth.password.confirmCreate") : t("auth.password.save")}</Button>
        </Form>
      </div>
    </div>
  );
}

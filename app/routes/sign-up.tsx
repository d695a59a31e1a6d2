import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { AGE_GROUPS } from "~db/schema/enums";
import { Button, ErrorSummary, Honeypot, Radios, TextInput } from "~/components/form";
import { signUp } from "~/modules/auth/accounts.server";
import { accountConsent } from "~/modules/privacy/consent.server";
import { tryAgainMessage } from "~/modules/auth/rate-limit.server";
import { getUser } from "~/modules/auth/session.server";
import { email, isHoneypotFilled, parseForm, textField, invalid } from "~/utils/validation.server";
import { metaText, useT, linkPart } from "~/components/i18n";
import { translate } from "~/modules/i18n/catalogue.server";

export const meta: MetaFunction = () => [{ title: metaText("home.account.create") }];

// A function, so the client bundle (which has no server modules) never builds it.
const schema = () =>
  z.object({
    name: textField(translate("tellUs.name.label"), { max: 100, required: translate("booking.name.required") }),
    email: email(),
    age: z.enum(["under_13", ...AGE_GROUPS], { message: translate("auth.signUp.age.required") }),
  });

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUser(request)) throw redirect("/account");
  return json({ consent: accountConsent() });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  if (isHoneypotFilled(formData)) return redirect("/check-email?reason=sign-up");
  // Under-13s are not given accounts: nothing they typed is kept.
  if (formData.get("age") === "under_13") return redirect("/sign-up/under-13");
  const parsed = parseForm(formData, schema());
  if (!parsed.ok) return invalid(formData, parsed.errors);
  const { age, ...details } = parsed.data;
  const result = signUp({ ...details, ageGroup: age === "13_to_17" ? "13_to_17" : "18_plus", ip: context.clientIp, language: context.lang });
  if (result.status === "rate-limited") {
    return invalid(formData, { form: tryAgainMessage(result.retryAfterSeconds) }, undefined, 429);
  }
  return redirect("/check-email?reason=sign-up");
}

export default function SignUp() {
  const { consent } = useLoaderData<typeof loader>();
  const { t, rich } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary />
        <h1 className="govuk-heading-l">{t("home.account.create")}</h1>
        <p className="govuk-body">{rich("auth.signUp.already", { link: linkPart("/sign-in") })}</p>
        <Form method="post" noValidate>
          <Honeypot />
          <TextInput name="name" label={t("tellUs.name.label")} autoComplete="name" spellCheck={false} />
          <TextInput
            name="email"
            type="email"
            label={t("validation.email.label")}
            hint={t("auth.signUp.email.hint")}
            autoComplete="email"
            spellCheck={false}
          />
          <Radios
            name="age"
            legend={t("auth.signUp.age.legend")}
            hint={t("auth.signUp.age.hint")}
            options={[
              { value: "under_13", label: t("auth.signUp.age.under13") },
              { value: "13_to_17", label: t("auth.signUp.age.13to17") },
              { value: "18_plus", label: t("auth.signUp.age.18plus") },
            ]}
          />
          <Button>{t("auth.signUp.button")}</Button>
        </Form>
        <p className="govuk-body">
          {consent} {rich("auth.signUp.agree", { link: linkPart("/privacy") })}
        </p>
      </div>
    </div>
  );
}

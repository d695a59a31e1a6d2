import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { Button, ErrorSummary, TextInput } from "~/components/form";
import { signInWithPassword } from "~/modules/auth/accounts.server";
import { tryAgainMessage } from "~/modules/auth/rate-limit.server";
import { getUser, signInAs } from "~/modules/auth/session.server";
import { safeRedirect } from "~/modules/security/http.server";
import { singleSignOnOn } from "~/modules/auth/single-sign-on.server";
import { config } from "~/config.server";
import { email, formValues, parseForm, password, invalid } from "~/utils/validation.server";
import { metaText, useT } from "~/components/i18n";
import { translate } from "~/modules/i18n/catalogue.server";

export const meta: MetaFunction = () => [{ title: metaText("nav.signIn") }];

// A function, so the client bundle (which has no server modules) never builds it.
const schema = () => z.object({ email: email(), password: password() });

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUser(request)) throw redirect(safeRedirect(new URL(request.url).searchParams.get("redirectTo")));
  // Staff of a council with its own sign-in use it; its name as the council gave it.
  return json({ singleSignOn: singleSignOnOn() ? config.oidc.name : null });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  const parsed = parseForm(formData, schema());
  if (!parsed.ok) return invalid(formData, parsed.errors);
  const result = await signInWithPassword({ ...parsed.data, ip: context.clientIp });
  const values = formValues(formData);
  switch (result.status) {
    case "rate-limited":
      return json({ errors: { form: tryAgainMessage(result.retryAfterSeconds) }, values }, { status: 429 });
    case "wrong-details":
      return json({ errors: { email: translate("auth.signIn.wrong") }, values }, { status: 400 });
    case "signed-in": {
      const next = await signInAs(result.userId, safeRedirect(formData.get("redirectTo")));
      return redirect(next.to, { headers: next.headers });
    }
  }
}

export default function SignIn() {
  const { singleSignOn } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const redirectTo = params.get("redirectTo") ?? "";
  const { t } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary />
        <h1 className="govuk-heading-l">{t("nav.signIn")}</h1>
        {singleSignOn ? (
          <>
            <h2 className="govuk-heading-m">{t("sso.signIn.staff")}</h2>
            <Form method="post" action="/sign-in/council">
              <input type="hidden" name="redirectTo" value={redirectTo} />
              <Button>{t("sso.signIn.button", { name: singleSignOn })}</Button>
            </Form>
            <h2 className="govuk-heading-m">{t("sso.signIn.everyone")}</h2>
          </>
        ) : null}
        <Form method="post" noValidate>
          <input type="hidden" name="redirectTo" value={redirectTo} />
          <TextInput name="email" type="email" label={t("validation.email.label")} autoComplete="email" spellCheck={false} />
          <TextInput name="password" type="password" label={t("auth.password")} autoComplete="current-password" />
          <Button>{t("nav.signIn")}</Button>
        </Form>
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" to="/forgot-password">
              {t("auth.signIn.forgotten")}
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to="/sign-in/link">
              {t("auth.signIn.byLink")}
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to="/sign-up">
              {t("home.account.create")}
            </Link>
          </li>
        </ul>
      </div>
    </div>
  );
}

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useSearchParams } from "@remix-run/react";
import { Button, ErrorSummary, TextInput } from "~/components/form";
import { tryAgainMessage } from "~/modules/auth/rate-limit.server";
import { finishSignIn, pendingSignIn } from "~/modules/auth/session.server";
import { checkCode } from "~/modules/auth/two-factor.server";
import { safeRedirect } from "~/modules/security/http.server";
import { invalid } from "~/utils/validation.server";
import { redirectWithMessage } from "~/utils/flash.server";
import { metaText, useT } from "~/components/i18n";
import { translate } from "~/modules/i18n/catalogue.server";

export const meta: MetaFunction = () => [{ title: metaText("twoFactor.code.heading") }];

// The second step of signing in for someone with two-factor sign-in on: their password (or link)
// was right, and a short-lived cookie says so; a code from their app, or a recovery code, finishes it.
export async function loader({ request }: LoaderFunctionArgs) {
  if (!(await pendingSignIn(request))) throw redirect("/sign-in");
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const userId = await pendingSignIn(request);
  const formData = await request.formData();
  if (!userId) return invalid(formData, { form: translate("twoFactor.code.expired") });
  const code = String(formData.get("code") ?? "").slice(0, 40);
  if (!code.trim()) return invalid(formData, { code: translate("twoFactor.code.required") });
  const check = checkCode(userId, code, context.clientIp);
  if (!check.ok)
    return check.reason === "rate-limited"
      ? invalid(formData, { code: tryAgainMessage(check.retryAfterSeconds ?? 900) }, undefined, 429)
      : invalid(formData, { code: translate("twoFactor.code.wrong") });
  const headers = await finishSignIn(request);
  if (!headers) return invalid(formData, { form: translate("twoFactor.code.expired") });
  const to = safeRedirect(new URL(request.url).searchParams.get("redirectTo"));
  if (check.via === "recovery code")
    return redirectWithMessage("/account/two-factor", translate("twoFactor.recovery.used", { count: check.recoveryCodesLeft }), { headers });
  return redirect(to, { headers });
}

export default function SecondFactor() {
  const { t } = useT();
  const [params] = useSearchParams();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary />
        <h1 className="govuk-heading-l">{t("twoFactor.code.heading")}</h1>
        <p className="govuk-body">{t("twoFactor.code.lead")}</p>
        <Form method="post" noValidate action={`/sign-in/code?${params.toString()}`}>
          <TextInput
            name="code"
            label={t("twoFactor.code.label")}
            hint={t("twoFactor.code.hint")}
            autoComplete="one-time-code"
            spellCheck={false}
            widthClass="govuk-input--width-10"
          />
          <Button>{t("nav.signIn")}</Button>
        </Form>
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">{t("twoFactor.code.lost")}</span>
          </summary>
          <div className="govuk-details__text">
            <p className="govuk-body">{t("twoFactor.code.lostRecovery")}</p>
            <p className="govuk-body">{t("twoFactor.code.lostAdmin")}</p>
          </div>
        </details>
        <p className="govuk-body">
          <Link className="govuk-link" to="/sign-in">
            {t("twoFactor.code.startAgain")}
          </Link>
        </p>
      </div>
    </div>
  );
}

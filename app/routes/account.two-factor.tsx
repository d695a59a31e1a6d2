import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Button, ErrorSummary, PostForm, TextInput } from "~/components/form";
import { BackLink, WarningText } from "~/components/page";
import { tryAgainMessage } from "~/modules/auth/rate-limit.server";
import { safeRedirect } from "~/modules/security/http.server";
import { getSessionState, requireUser } from "~/modules/auth/session.server";
import {
  checkCode,
  confirmSetUp,
  isStaff,
  newRecoveryCodes,
  removeTwoFactor,
  setUpDetails,
  startSetUp,
  twoFactorRequired,
  twoFactorStatus,
} from "~/modules/auth/two-factor.server";
import { invalid } from "~/utils/validation.server";
import { redirectWithMessage } from "~/utils/flash.server";
import { formatDateTime } from "~/utils/dates";
import { metaText, useT } from "~/components/i18n";
import { translate } from "~/modules/i18n/catalogue.server";

export const meta: MetaFunction = () => [{ title: metaText("twoFactor.heading") }];

async function requireStaff(request: Request) {
  const user = await requireUser(request);
  if (!isStaff(user.roles)) throw new Response(translate("twoFactor.staffOnly"), { status: 403 });
  return user;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaff(request);
  const status = twoFactorStatus(user.id);
  return json({
    status: status.state === "on" ? { ...status, since: status.since.toISOString() } : status,
    setUp: status.state === "setting up" ? await setUpDetails(user.id, user.email) : null,
    required: twoFactorRequired(user.roles),
    // Sent here on the way to a staff page: once the codes are saved, on to it.
    continueTo: safeRedirect(new URL(request.url).searchParams.get("redirectTo"), "/account/two-factor"),
  });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireStaff(request);
  const formData = await request.formData();
  const intent = formData.get("intent");
  const here = "/account/two-factor";
  if (intent === "start") {
    startSetUp(user.id);
    return redirect(`${here}${new URL(request.url).search}`);
  }
  const code = String(formData.get("code") ?? "").slice(0, 40);
  // Each form on the page (set up, new codes, turn off) gets its own errors back.
  const problem = (errors: Record<string, string>, status = 400) => invalid(formData, errors, { recoveryCodes: null }, status);
  if (!code.trim()) return problem({ code: translate("twoFactor.code.required") });
  if (intent === "confirm") {
    const { sessionId } = await getSessionState(request);
    const result = confirmSetUp(user.id, code, context.clientIp, sessionId!);
    if (!result.ok)
      return result.reason === "rate-limited"
        ? problem({ code: tryAgainMessage(result.retryAfterSeconds ?? 900) }, 429)
        : problem({ code: translate("twoFactor.setUp.wrong") });
    return json({ intent, errors: {}, values: {}, recoveryCodes: result.recoveryCodes });
  }
  if (intent !== "new-codes" && intent !== "off") return problem({ form: translate("groups.error.chooseWhat") });
  const check = checkCode(user.id, code, context.clientIp);
  if (!check.ok)
    return check.reason === "rate-limited"
      ? problem({ code: tryAgainMessage(check.retryAfterSeconds ?? 900) }, 429)
      : problem({ code: translate("twoFactor.code.wrong") });
  if (intent === "new-codes") return json({ intent, errors: {}, values: {}, recoveryCodes: newRecoveryCodes(user.id) });
  if (twoFactorRequired(user.roles)) return problem({ code: translate("twoFactor.off.required") });
  removeTwoFactor(user.id, "self");
  return redirectWithMessage(here, translate("twoFactor.off.done"));
}

export default function TwoFactor() {
  const { status, setUp, required, continueTo } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t, lang } = useT();
  if (data?.recoveryCodes) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <div className="govuk-panel govuk-panel--confirmation">
            <h1 className="govuk-panel__title">{t(data.intent === "confirm" ? "twoFactor.on.heading" : "twoFactor.codes.newHeading")}</h1>
          </div>
          <h2 className="govuk-heading-m">{t("twoFactor.codes.heading")}</h2>
          <p className="govuk-body">{t("twoFactor.codes.lead")}</p>
          <ul className="govuk-list govuk-list--bullet app-recovery-codes">
            {data.recoveryCodes.map((code) => (
              <li key={code}>
                <code>{code}</code>
              </li>
            ))}
          </ul>
          <WarningText>{t("twoFactor.codes.once")}</WarningText>
          <p className="govuk-body">
            <Link className="govuk-link" to={continueTo}>
              {t("twoFactor.codes.saved")}
            </Link>
          </p>
        </div>
      </div>
    );
  }
  const codeForm = (intent: string, label: string, button: string, warning = false) => (
    <PostForm intent={intent} scoped noValidate>
      <TextInput
        name="code"
        label={label}
        hint={t("twoFactor.code.hint")}
        autoComplete="one-time-code"
        spellCheck={false}
        widthClass="govuk-input--width-10"
      />
      <Button warning={warning}>{button}</Button>
    </PostForm>
  );
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/account">{t("twoFactor.back")}</BackLink>
        <ErrorSummary />
        <h1 className="govuk-heading-l">{t("twoFactor.heading")}</h1>
        {params.get("required") && status.state !== "on" ? <div className="govuk-inset-text">{t("twoFactor.required.lead")}</div> : null}
        <p className="govuk-body">{t("twoFactor.lead")}</p>
        {status.state === "off" ? (
          <PostForm intent="start" action={`/account/two-factor?${params.toString()}`}>
            <p className="govuk-body">{t("twoFactor.off.lead")}</p>
            <Button>{t("twoFactor.setUp.start")}</Button>
          </PostForm>
        ) : null}
        {status.state === "setting up" && setUp ? (
          <>
            <h2 className="govuk-heading-m">{t("twoFactor.setUp.step1")}</h2>
            <p className="govuk-body">{t("twoFactor.setUp.scan")}</p>
            <div className="app-qr" role="img" aria-label={t("twoFactor.setUp.qr")} dangerouslySetInnerHTML={{ __html: setUp.qrSvg }} />
            <p className="govuk-body">{t("twoFactor.setUp.type")}</p>
            <p className="govuk-body">
              <code className="app-secret" data-testid="two-factor-secret">
                {setUp.secret}
              </code>
            </p>
            <h2 className="govuk-heading-m">{t("twoFactor.setUp.step2")}</h2>
            {codeForm("confirm", t("twoFactor.setUp.codeLabel"), t("twoFactor.setUp.confirm"))}
            <PostForm intent="start">
              <Button secondary>{t("twoFactor.setUp.again")}</Button>
            </PostForm>
          </>
        ) : null}
        {status.state === "on" ? (
          <>
            <p className="govuk-body">
              {t("twoFactor.on.since", { when: formatDateTime(status.since, lang) })} {t("twoFactor.on.left", { count: status.recoveryCodesLeft })}
            </p>
            <h2 className="govuk-heading-m">{t("twoFactor.codes.newHeading")}</h2>
            {codeForm("new-codes", t("twoFactor.code.label"), t("twoFactor.codes.make"))}
            <h2 className="govuk-heading-m">{t("twoFactor.off.heading")}</h2>
            {required ? (
              <p className="govuk-body">{t("twoFactor.off.required")}</p>
            ) : (
              codeForm("off", t("twoFactor.code.label"), t("twoFactor.off.button"), true)
            )}
          </>
        ) : null}
      </div>
    </div>
  );
}

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { interfaceLanguage, LANGUAGE_CODES, LANGUAGES } from "~/modules/i18n/languages";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Button, Checkboxes, ErrorSummary, Textarea, TextInput, useSavedKey } from "~/components/form";
import { requirePermission } from "~/modules/auth/permissions.server";
import { getAreaSettings, updateAreaSettings } from "~/modules/settings/area.server";
import { concernPhrases } from "~/modules/privacy/safeguarding.server";
import { safeguardedTexts } from "~/modules/activities/registry.server";
import { searchAudit } from "~/modules/privacy/audit.server";
import { email, parseForm, textField, invalid, choices } from "~/utils/validation.server";
import { formatDateTime } from "~/utils/dates";
import { redirectWithMessage } from "~/utils/flash.server";
import { metaText, useT } from "~/components/i18n";
import { translate } from "~/modules/i18n/catalogue.server";

export const meta: MetaFunction = () => [{ title: metaText("admin.pages.settings") }];

// A function, so the client bundle (which has no server modules) never builds it.
const schema = () =>
  z.object({
    areaName: textField(translate("settings.areaName"), { max: 80, required: translate("settings.areaName.required") }),
    contactEmail: email(translate("settings.contact"), translate("settings.contact.required")),
    safeguardingEmail: email(translate("settings.safeguarding"), translate("settings.safeguarding.required")),
    responseDays: z.preprocess(
      (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : undefined),
      z
        .number({ message: translate("settings.days.number") })
        .int(translate("settings.days.whole"))
        .min(1, translate("settings.days.min"))
        .max(120, translate("settings.days.max")),
    ),
    concernPhrases: textField(translate("settings.phrasesName"), { max: 10_000, multiline: true, required: false }),
    registrantMonths: period(translate("settings.keep.registrants"), 1, 120),
    surveyIdentityMonths: period(translate("settings.keep.surveys"), 1, 120),
    unconfirmedSignatureDays: period(translate("settings.keep.signatures"), 1, 365),
    emailDays: period(translate("settings.keep.emails"), 1, 3650),
    forumName: textField(translate("settings.forumName"), { max: 120, required: false }),
    jointSignOff: z.preprocess((v) => v === "yes", z.boolean()),
    contentLanguages: choices(CONTENT_LANGUAGES, translate("settings.languages.fromList")),
    staffTwoFactor: z.preprocess((v) => v === "yes", z.boolean()),
  });

// The languages, besides English, that the public texts can be translated into.
const CONTENT_LANGUAGES = LANGUAGE_CODES.filter((code) => code !== "en");

function period(label: string, min: number, max: number) {
  return z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : undefined),
    z
      .number({ message: translate("settings.period.whole", { label }) })
      .int(translate("settings.period.whole", { label }))
      .min(min, translate("settings.period.min", { label, min }))
      .max(max, translate("settings.period.max", { label, max })),
  );
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePermission(request, "settings:manage");
  return json({
    settings: getAreaSettings(),
    phrases: concernPhrases().join("\n"),
    // "Suggestions, points heard at events, …": what the check reads, as each kind of activity declares it.
    checked: new Intl.ListFormat(LANGUAGES[interfaceLanguage(context.lang)].htmlLang).format(safeguardedTexts().map((key) => translate(key))),
    retention: searchAudit({ q: "retention:daily" })
      .entries.slice(0, 5)
      .map((e) => ({ id: e.id, at: e.at, removed: e.after })),
  });
}

export async function action({ request }: ActionFunctionArgs) {
  await requirePermission(request, "settings:manage");
  const formData = await request.formData();
  const parsed = parseForm(formData, schema());
  if (!parsed.ok) return invalid(formData, parsed.errors);
  updateAreaSettings(parsed.data);
  return redirectWithMessage("/admin/settings", translate("manage.settings.saved"));
}

export default function Settings() {
  const { settings, phrases, retention, checked } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const formsKey = useSavedKey(data);
  const { t, lang } = useT();
  return (
    <div key={formsKey} className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary />
        <h1 className="govuk-heading-l">{t("admin.pages.settings")}</h1>
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" to="/admin/pages/privacy">
              {t("settings.editPrivacy")}
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to="/admin/pages/accessibility">
              {t("settings.editAccessibility")}
            </Link>
          </li>
        </ul>
        <Form method="post" noValidate>
          <TextInput name="areaName" label={t("settings.areaName")} hint={t("settings.areaName.hint")} defaultValue={settings.areaName} />
          <TextInput
            name="contactEmail"
            type="email"
            label={t("settings.contact")}
            hint={t("settings.contact.hint")}
            spellCheck={false}
            defaultValue={settings.contactEmail}
          />
          <TextInput
            name="safeguardingEmail"
            type="email"
            label={t("settings.safeguarding")}
            hint={t("settings.safeguarding.hint")}
            spellCheck={false}
            defaultValue={settings.safeguardingEmail}
          />
          <TextInput
            name="responseDays"
            label={t("settings.days")}
            hint={t("settings.days.hint")}
            widthClass="govuk-input--width-3"
            defaultValue={String(settings.responseDays)}
          />
          <Textarea
            name="concernPhrases"
            label={t("settings.phrases")}
            hint={t("settings.phrases.hint", { checked: `${checked.charAt(0).toUpperCase()}${checked.slice(1)}` })}
            rows={12}
            defaultValue={phrases}
          />
          <fieldset className="govuk-fieldset">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{t("settings.joint")}</legend>
            <TextInput name="forumName" label={t("settings.forumName")} hint={t("settings.forumName.hint")} defaultValue={settings.forumName} />
            <Checkboxes
              name="jointSignOff"
              legend={t("settings.signOff")}
              hint={t("settings.signOff.hint")}
              options={[{ value: "yes", label: t("settings.signOff.yes") }]}
              defaultValues={settings.jointSignOff ? ["yes"] : []}
            />
          </fieldset>
          <Checkboxes
            name="contentLanguages"
            legend={t("settings.languages")}
            legendClass="govuk-fieldset__legend--m"
            hint={t("settings.languages.hint")}
            options={CONTENT_LANGUAGES.map((code) => ({ value: code, label: LANGUAGES[code].name }))}
            defaultValues={settings.contentLanguages}
          />
          <Checkboxes
            name="staffTwoFactor"
            legend={t("settings.twoFactor")}
            legendClass="govuk-fieldset__legend--m"
            hint={t("settings.twoFactor.hint")}
            options={[{ value: "yes", label: t("settings.twoFactor.yes") }]}
            defaultValues={settings.staffTwoFactor ? ["yes"] : []}
          />
          <fieldset className="govuk-fieldset">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{t("settings.keep")}</legend>
            <p className="govuk-body">{t("settings.keep.lead")}</p>
            <TextInput
              name="registrantMonths"
              label={t("settings.keep.registrants.label")}
              widthClass="govuk-input--width-3"
              defaultValue={String(settings.registrantMonths)}
            />
            <TextInput
              name="surveyIdentityMonths"
              label={t("settings.keep.surveys.label")}
              widthClass="govuk-input--width-3"
              defaultValue={String(settings.surveyIdentityMonths)}
            />
            <TextInput
              name="unconfirmedSignatureDays"
              label={t("settings.keep.signatures.label")}
              widthClass="govuk-input--width-3"
              defaultValue={String(settings.unconfirmedSignatureDays)}
            />
            <TextInput
              name="emailDays"
              label={t("settings.keep.emails.label")}
              widthClass="govuk-input--width-3"
              defaultValue={String(settings.emailDays)}
            />
          </fieldset>
          <Button>{t("manage.settings.save")}</Button>
        </Form>
        <h2 className="govuk-heading-m">{t("settings.retention")}</h2>
        {retention.length ? (
          <ul className="govuk-list">
            {retention.map((r) => (
              <li key={r.id}>
                {t("settings.removed", {
                  when: formatDateTime(r.at, lang),
                  what: Object.entries(JSON.parse(r.removed ?? "{}") as Record<string, number>)
                    .map(([what, n]) => `${n} ${what.replace(/([A-Z])/g, " $1").toLowerCase()}`)
                    .join(", "),
                })}
              </li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body">{t("settings.retention.none")}</p>
        )}
      </div>
    </div>
  );
}

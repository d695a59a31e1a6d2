import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { LANGUAGE_CODES, LANGUAGES } from "~/modules/i18n/languages";
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

export const meta: MetaFunction = () => [{ title: "Settings" }];

// A function, so the client bundle (which has no server modules) never builds it.
const schema = () =>
  z.object({
    areaName: textField("The local area's name", { max: 80, required: "Enter the local area's name" }),
    contactEmail: email("Contact email address", "Enter a contact email address"),
    safeguardingEmail: email("Safeguarding contact email address", "Enter the safeguarding contact's email address"),
    responseDays: z.preprocess(
      (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : undefined),
      z
        .number({ message: "Enter the number of working days as a whole number, like 20" })
        .int("Enter a whole number of working days, like 20")
        .min(1, "Working days must be 1 or more")
        .max(120, "Working days must be 120 or fewer"),
    ),
    concernPhrases: textField("The safeguarding words and phrases", { max: 10_000, multiline: true, required: false }),
    registrantMonths: period("Months to keep event registrants’ details", 1, 120),
    surveyIdentityMonths: period("Months to keep who answered a survey", 1, 120),
    unconfirmedSignatureDays: period("Days to keep unconfirmed charter signatures and “me too”s", 1, 365),
    emailDays: period("Days to keep sent emails", 1, 3650),
    forumName: textField("The parent carer forum's name", { max: 120, required: false }),
    jointSignOff: z.preprocess((v) => v === "yes", z.boolean()),
    contentLanguages: choices(CONTENT_LANGUAGES, "Choose languages from the list"),
  });

// The languages, besides English, that the public texts can be translated into.
const CONTENT_LANGUAGES = LANGUAGE_CODES.filter((code) => code !== "en");
const CONTENT_LANGUAGES_HINT =
  "What officers and organisers write for the public (public wordings, outcomes, strategy actions, event titles) can be translated " +
  "into these. Visitors see a translation where there is one, otherwise the English with a note.";

function period(label: string, min: number, max: number) {
  return z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : undefined),
    z
      .number({ message: `${label}: enter a whole number` })
      .int(`${label}: enter a whole number`)
      .min(min, `${label} must be ${min} or more`)
      .max(max, `${label} must be ${max} or fewer`),
  );
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "settings:manage");
  return json({
    settings: getAreaSettings(),
    phrases: concernPhrases().join("\n"),
    // "Suggestions, points heard at events, …": what the check reads, as each kind of activity declares it.
    checked: new Intl.ListFormat("en-GB").format(safeguardedTexts()),
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
  return redirectWithMessage("/admin/settings", "Settings saved.");
}

export default function Settings() {
  const { settings, phrases, retention, checked } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const formsKey = useSavedKey(data);
  return (
    <div key={formsKey} className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary />
        <h1 className="govuk-heading-l">Settings</h1>
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" to="/admin/pages/privacy">
              Edit the privacy notice
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to="/admin/pages/accessibility">
              Edit the accessibility statement
            </Link>
          </li>
        </ul>
        <Form method="post" noValidate>
          <TextInput
            name="areaName"
            label="The local area's name"
            hint="Shown at the top of every page and in every email, for example ‘North Somerset’."
            defaultValue={settings.areaName}
          />
          <TextInput
            name="contactEmail"
            type="email"
            label="Contact email address"
            hint="Where people can ask for help. Shown in the footer and in emails."
            spellCheck={false}
            defaultValue={settings.contactEmail}
          />
          <TextInput
            name="safeguardingEmail"
            type="email"
            label="Safeguarding contact email address"
            hint="The designated safeguarding lead. When free text matches the list below, or an officer flags something by hand, we email them a link to it (never its words)."
            spellCheck={false}
            defaultValue={settings.safeguardingEmail}
          />
          <TextInput
            name="responseDays"
            label="Working days to give a first response"
            hint="Suggestions waiting longer than this without a response are marked overdue."
            widthClass="govuk-input--width-3"
            defaultValue={String(settings.responseDays)}
          />
          <Textarea
            name="concernPhrases"
            label="Safeguarding words and phrases"
            hint={
              `One per line. ${checked.charAt(0).toUpperCase()}${checked.slice(1)} containing any of them as whole words are held back ` +
              "from publication and the safeguarding contact is told. Leave empty to use the standard list."
            }
            rows={12}
            defaultValue={phrases}
          />
          <fieldset className="govuk-fieldset">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Joint sign-off with the parent carer forum</legend>
            <TextInput
              name="forumName"
              label="The parent carer forum’s name"
              hint="For example ‘North Somerset Parent Carers Working Together’. Shown with outcomes the forum agreed."
              defaultValue={settings.forumName}
            />
            <Checkboxes
              name="jointSignOff"
              legend="Sign-off"
              hint="When on, a “we did” or “we can’t” outcome written by an officer is published only after a forum representative (someone with the organiser role) agrees it. Either side can send it back with a comment."
              options={[{ value: "yes", label: "Outcomes need the forum’s agreement before they are published" }]}
              defaultValues={settings.jointSignOff ? ["yes"] : []}
            />
          </fieldset>
          <Checkboxes
            name="contentLanguages"
            legend="Languages we translate into"
            legendClass="govuk-fieldset__legend--m"
            hint={CONTENT_LANGUAGES_HINT}
            options={CONTENT_LANGUAGES.map((code) => ({ value: code, label: LANGUAGES[code].name }))}
            defaultValues={settings.contentLanguages}
          />
          <fieldset className="govuk-fieldset">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">How long personal details are kept</legend>
            <p className="govuk-body">Each day, details past these periods are removed. What people said, and every count, stays.</p>
            <TextInput
              name="registrantMonths"
              label="Event registrants’ names and contact details: months after the event"
              widthClass="govuk-input--width-3"
              defaultValue={String(settings.registrantMonths)}
            />
            <TextInput
              name="surveyIdentityMonths"
              label="Who answered a survey (account and contact details): months after it closes"
              widthClass="govuk-input--width-3"
              defaultValue={String(settings.surveyIdentityMonths)}
            />
            <TextInput
              name="unconfirmedSignatureDays"
              label="Charter signatures and “me too”s never confirmed: days"
              widthClass="govuk-input--width-3"
              defaultValue={String(settings.unconfirmedSignatureDays)}
            />
            <TextInput
              name="emailDays"
              label="Emails sent (their addresses and contents): days"
              widthClass="govuk-input--width-3"
              defaultValue={String(settings.emailDays)}
            />
          </fieldset>
          <Button>Save settings</Button>
        </Form>
        <h2 className="govuk-heading-m">Recent retention runs</h2>
        {retention.length ? (
          <ul className="govuk-list">
            {retention.map((r) => (
              <li key={r.id}>
                {formatDateTime(r.at)}: removed{" "}
                {Object.entries(JSON.parse(r.removed ?? "{}") as Record<string, number>)
                  .map(([what, n]) => `${n} ${what.replace(/([A-Z])/g, " $1").toLowerCase()}`)
                  .join(", ")}
              </li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body">Retention has not run yet. It runs a minute after the service starts, then every day.</p>
        )}
      </div>
    </div>
  );
}

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Button, Checkboxes, Radios, useSavedKey } from "~/components/form";
import { BackLink } from "~/components/page";
import { requireUser } from "~/modules/auth/session.server";
import { contactPreferences, setContactPreferences } from "~/modules/privacy/preferences.server";
import { found } from "~/utils/query.server";
import { redirectWithMessage } from "~/utils/flash.server";
import { LANGUAGES } from "~/modules/i18n/languages";
import { languageCookie, languagesOffered } from "~/modules/i18n/negotiate.server";
import { getAreaSettings } from "~/modules/settings/area.server";
import { translatorFor } from "~/modules/i18n/catalogue.server";
import { config } from "~/config.server";
import { metaText, useReadingLanguage, useT } from "~/components/i18n";

export const meta: MetaFunction = () => [{ title: metaText("account.contact.title") }];

// Message keys for each kind of email a member can choose.
const CHOICES = [
  { value: "suggestionUpdates", label: "account.contact.updates", hint: "account.contact.updates.hint" },
  { value: "eventReminders", label: "account.contact.reminders", hint: "account.contact.reminders.hint" },
  { value: "surveyInvitations", label: "account.contact.surveys", hint: "account.contact.surveys.hint" },
] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json({
    prefs: found(contactPreferences(user.id)),
    language: user.language,
    languages: languagesOffered(getAreaSettings().contentLanguages),
  });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await request.formData();
  const chosen = new Set(formData.getAll("contact").map(String));
  const language = formData.get("language");
  const lang = languagesOffered(getAreaSettings().contentLanguages).find((code) => code === language);
  setContactPreferences(
    user.id,
    {
      suggestionUpdates: chosen.has("suggestionUpdates"),
      eventReminders: chosen.has("eventReminders"),
      surveyInvitations: chosen.has("surveyInvitations"),
    },
    lang,
  );
  // The pages follow the language chosen for emails from the next one on.
  const headers = lang ? { "Set-Cookie": languageCookie(lang, config.production) } : undefined;
  return redirectWithMessage("/account/contact", translatorFor(lang ?? context.lang).t("account.contact.saved"), { headers });
}

export default function Contact() {
  const { prefs, language, languages } = useLoaderData<typeof loader>();
  const { t } = useT();
  const reads = useReadingLanguage();
  const key = useSavedKey(undefined);
  return (
    <div key={key} className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/account">{t("nav.account")}</BackLink>
        <h1 className="govuk-heading-l">{t("account.contact.title")}</h1>
        <p className="govuk-body">{t("account.contact.intro")}</p>
        <Form method="post">
          <Checkboxes
            name="contact"
            legend={t("account.contact.legend")}
            options={CHOICES.map((c) => ({ value: c.value, label: t(c.label), hint: t(c.hint) }))}
            defaultValues={CHOICES.filter((c) => prefs[c.value]).map((c) => c.value)}
          />
          <Radios
            name="language"
            legend={t("account.contact.language")}
            hint={t("account.contact.language.hint")}
            options={languages.map((code) => ({ value: code, label: LANGUAGES[code].name }))}
            defaultValue={language ?? reads}
          />
          <Button>{t("account.contact.save")}</Button>
        </Form>
      </div>
    </div>
  );
}

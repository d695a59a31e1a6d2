import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Button, Checkboxes, ErrorSummary, Radios, useSavedKey } from "~/components/form";
import { ContactChoice } from "~/components/contact";
import { contactFields, readContact } from "~/modules/contact/contact.server";
import { invalid, parseForm } from "~/utils/validation.server";
import { BackLink } from "~/components/page";
import { requireUser } from "~/modules/auth/session.server";
import { contactPreferences, memberContact, setContactPreferences, setMemberContact } from "~/modules/privacy/preferences.server";
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
    saved: found(memberContact(user.id)),
    forumName: getAreaSettings().forumName,
    language: user.language,
    languages: languagesOffered(getAreaSettings().contentLanguages),
  });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await request.formData();
  const parsed = parseForm(formData, z.object(contactFields()));
  if (!parsed.ok) return invalid(formData, parsed.errors);
  // A member always has an email: "no updates" is the box above, so the way is one of the four.
  const choice = parsed.data.contact === "none" ? "email" : (parsed.data.contact ?? "email");
  const way = readContact({ ...parsed.data, contact: choice, email: user.email, name: user.name });
  if (!way.ok) return invalid(formData, { [way.field]: way.message });
  const chosen = new Set(formData.getAll("wants").map(String));
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
  setMemberContact(user.id, { ...way.contact, channel: way.contact.channel ?? "email" });
  // The pages follow the language chosen for emails from the next one on.
  const headers = lang ? { "Set-Cookie": languageCookie(lang, config.production) } : undefined;
  return redirectWithMessage("/account/contact", translatorFor(lang ?? context.lang).t("account.contact.saved"), { headers });
}

export default function Contact() {
  const { prefs, language, languages, saved, forumName } = useLoaderData<typeof loader>();
  const { t } = useT();
  const reads = useReadingLanguage();
  const key = useSavedKey(useActionData<typeof action>());
  return (
    <div key={key} className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/account">{t("nav.account")}</BackLink>
        <h1 className="govuk-heading-l">{t("account.contact.title")}</h1>
        <p className="govuk-body">{t("account.contact.intro")}</p>
        <ErrorSummary />
        <Form method="post" noValidate>
          <Checkboxes
            name="wants"
            legend={t("account.contact.legend")}
            options={CHOICES.map((c) => ({ value: c.value, label: t(c.label), hint: t(c.hint) }))}
            defaultValues={CHOICES.filter((c) => prefs[c.value]).map((c) => c.value)}
          />
          <ContactChoice
            forumName={forumName}
            ways={["email", "sms", "post", "forum"]}
            legend={t("account.contact.how")}
            hint={t("account.contact.how.hint")}
            saved={saved}
            accountEmail={saved.email ?? undefined}
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

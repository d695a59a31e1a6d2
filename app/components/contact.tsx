import { Radios, TextInput } from "./form";
import { useT } from "./i18n";

/**
 * How a person wants to hear back: email, text message or no updates, each with its own details
 * shown under it (all shown without JavaScript). The server reads it with modules/contact.
 */
export function ContactChoice({ email, phone, chosen }: { email?: string; phone?: string; chosen?: "email" | "sms" | "none" }) {
  const { t } = useT();
  return (
    <Radios
      name="contact"
      legend={t("contact.legend")}
      hint={t("contact.hint")}
      defaultValue={chosen ?? (email ? "email" : undefined)}
      options={[
        {
          value: "email",
          label: t("contact.email"),
          conditional: (
            <TextInput name="email" type="email" label={t("validation.email.label")} autoComplete="email" spellCheck={false} defaultValue={email} />
          ),
        },
        {
          value: "sms",
          label: t("contact.sms"),
          conditional: (
            <TextInput name="phone" type="tel" label={t("contact.phone")} hint={t("contact.phone.hint")} autoComplete="tel" defaultValue={phone} />
          ),
        },
        { value: "none", label: t("contact.none") },
      ]}
    />
  );
}

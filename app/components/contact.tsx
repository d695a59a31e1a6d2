import type { ContactChoice as ContactWay } from "~/modules/contact/choices";
import { Checkboxes, Radios, Textarea, TextInput } from "./form";
import { useT } from "./i18n";

/**
 * How a person wants to hear back: email, text message, a letter, through the forum (where the area
 * names one) or no updates, each with its own details shown under it (all shown without JavaScript).
 * The server reads it with modules/contact.
 */
export function ContactChoice({
  email,
  forumName,
  legend,
  hint,
  ways,
  saved,
  accountEmail,
}: {
  email?: string;
  forumName: string;
  legend?: string;
  hint?: string;
  /** The ways offered, where a form takes only some (a "me too" is checked by email or text). */
  ways?: ContactWay[];
  /** A member's own address: email goes there, so none is asked for. */
  accountEmail?: string;
  /** What the person chose before (a member's saved way), shown to change. */
  saved?: {
    channel: string | null;
    phone: string | null;
    postalAddress: string | null;
    postcode: string | null;
    easyRead: boolean;
    forumContact: string | null;
  };
}) {
  const { t } = useT();
  const options = [
    accountEmail
      ? { value: "email", label: t("contact.email"), hint: t("contact.email.account", { email: accountEmail }) }
      : {
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
        <TextInput
          name="phone"
          type="tel"
          label={t("contact.phone")}
          hint={t("contact.phone.hint")}
          autoComplete="tel"
          defaultValue={saved?.phone ?? undefined}
        />
      ),
    },
    {
      value: "post",
      label: t("contact.post"),
      conditional: (
        <>
          <Textarea
            name="postalAddress"
            label={t("contact.address")}
            hint={t("contact.address.hint")}
            rows={3}
            defaultValue={saved?.postalAddress ?? undefined}
          />
          <TextInput
            name="postcode"
            label={t("contact.postcode")}
            autoComplete="postal-code"
            widthClass="govuk-input--width-10"
            defaultValue={saved?.postcode ?? undefined}
          />
          <Checkboxes
            name="easyRead"
            legend={t("contact.easyRead.legend")}
            options={[{ value: "yes", label: t("contact.easyRead") }]}
            defaultValues={saved?.easyRead ? ["yes"] : []}
          />
        </>
      ),
    },
    ...(forumName
      ? [
          {
            value: "forum",
            label: t("contact.forum", { forumName }),
            hint: t("contact.forum.hint"),
            conditional: (
              <TextInput
                name="forumContact"
                label={t("contact.forum.reach")}
                hint={t("contact.forum.reachHint")}
                defaultValue={saved?.forumContact ?? undefined}
              />
            ),
          },
        ]
      : []),
    { value: "none", label: t("contact.none") },
  ];
  return (
    <Radios
      name="contact"
      legend={legend ?? t("contact.legend")}
      hint={hint ?? t("contact.hint")}
      defaultValue={saved?.channel ?? (email ? "email" : undefined)}
      options={ways ? options.filter((o) => (ways as string[]).includes(o.value)) : options}
    />
  );
}

import type { ComponentProps } from "react";
import { CONTRIBUTOR_KINDS } from "~db/schema/enums";
import { ContactChoice } from "./contact";
import { Radios, Select, Textarea, TextInput } from "./form";
import { useT } from "./i18n";
import { OthersSaidAsYouType } from "./others-said";
import { CONTRIBUTOR_KIND_LABELS } from "./status";

/**
 * The Tell us form's questions: what they want to say, its topic, who they are, and how they want to
 * hear back. The same on the public form and when a paper form is typed in (modules/feedback/tell-us-form).
 */
export function TellUsFields({
  topics,
  forumName,
  user,
  saved,
  othersSaid = false,
}: {
  topics: { id: number; name: string }[];
  forumName: string;
  user?: { name: string; email: string } | null;
  /** A member's saved way to hear back. */
  saved?: ComponentProps<typeof ContactChoice>["saved"] | null;
  /** Show what others said as the person types (online only: a paper form is already written). */
  othersSaid?: boolean;
}) {
  const { t } = useT();
  return (
    <>
      <Textarea name="body" label={t("tellUs.body.label")} labelClass="govuk-label--m" hint={t("tellUs.body.hint")} rows={8} />
      {othersSaid ? <OthersSaidAsYouType field="body" /> : null}
      <Select
        name="topic"
        label={t("tellUs.topic.label")}
        options={[{ value: "", label: t("tellUs.topic.notSure") }, ...topics.map((topic) => ({ value: String(topic.id), label: topic.name }))]}
      />
      <Radios
        name="kind"
        legend={t("tellUs.kind.legend")}
        options={CONTRIBUTOR_KINDS.map((k) => ({ value: k, label: t(CONTRIBUTOR_KIND_LABELS[k]) }))}
      />
      <h2 className="govuk-heading-m">{t("tellUs.hear.heading")}</h2>
      <p className="govuk-body">{t("tellUs.hear.body")}</p>
      <TextInput name="name" label={t("tellUs.name.optional")} autoComplete="name" spellCheck={false} defaultValue={user?.name} />
      <ContactChoice email={user?.email || undefined} forumName={forumName} saved={saved ?? undefined} />
    </>
  );
}

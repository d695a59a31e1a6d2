import type { ReactNode } from "react";
import { Button, Radios, Select } from "~/components/form";
import { useT } from "~/components/i18n";

/**
 * One step for many raw items (a survey's answers, a review round's comments): make each a
 * suggestion, or add them all to a theme. `choose` is the part that says which items, if any.
 */
export function RawItemsStep({ noun, themes, choose }: { noun: "answers" | "comments"; themes: { id: number; name: string }[]; choose?: ReactNode }) {
  const { t } = useT();
  return (
    <fieldset className="govuk-fieldset app-no-print">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
        <h2 className="govuk-fieldset__heading">{t("themes.raw.heading", { noun })}</h2>
      </legend>
      <p className="govuk-body">{t("themes.raw.lead")}</p>
      {choose}
      <Radios
        name="what"
        legend={t("manage.groups.whatToDo")}
        options={[
          { value: "suggestions", label: t("themes.raw.suggestions") },
          { value: "theme", label: t("triage.bulk.what.theme") },
        ]}
      />
      <Select
        name="themeId"
        label={t("triage.bulk.theme")}
        options={[{ value: "", label: t("triage.bulk.chooseTheme") }, ...themes.map((theme) => ({ value: String(theme.id), label: theme.name }))]}
      />
      <Button>{t("themes.raw.apply", { noun })}</Button>
    </fieldset>
  );
}

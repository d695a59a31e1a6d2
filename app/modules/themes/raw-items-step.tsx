import type { ReactNode } from "react";
import { Button, Radios, Select } from "~/components/form";

/**
 * One step for many raw items (a survey's answers, a review round's comments): make each a
 * suggestion, or add them all to a theme. `choose` is the part that says which items, if any.
 */
export function RawItemsStep({ noun, themes, choose }: { noun: string; themes: { id: number; name: string }[]; choose?: ReactNode }) {
  return (
    <fieldset className="govuk-fieldset app-no-print">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
        <h2 className="govuk-fieldset__heading">Do one thing with the ticked {noun}</h2>
      </legend>
      <p className="govuk-body">All or nothing: if any one of them cannot take it, none does, and you are told which.</p>
      {choose}
      <Radios
        name="what"
        legend="What to do"
        options={[
          { value: "suggestions", label: "Make each a suggestion, to follow it through “You said, we did”" },
          { value: "theme", label: "Add them to a theme (key message)" },
        ]}
      />
      <Select
        name="themeId"
        label="Theme to add them to"
        options={[{ value: "", label: "Choose a theme" }, ...themes.map((t) => ({ value: String(t.id), label: t.name }))]}
      />
      <Button>Apply to the ticked {noun}</Button>
    </fieldset>
  );
}

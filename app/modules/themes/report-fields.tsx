import type { TOLD_US_STATES } from "~db/schema/themes";
import { Checkboxes, TextInput, Textarea } from "~/components/form";

export const REPORT_STATES: Record<(typeof TOLD_US_STATES)[number], string> = {
  draft: "Draft",
  awaiting_forum: "Waiting for the parent carer forum to agree",
  published: "Published",
};

type Defaults = { title: string; from: string; to: string; introduction: string; themeIds: number[] };

/** A "What you told us" page's words, period and themes (in the order ticked: the order of the list). */
export function ReportFields({ themes, defaults }: { themes: { id: number; name: string }[]; defaults: Defaults }) {
  return (
    <>
      <TextInput name="title" label="Title" defaultValue={defaults.title} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <TextInput name="from" type="date" label="Start of the period" defaultValue={defaults.from} />
        </div>
        <div className="govuk-grid-column-one-half">
          <TextInput name="to" type="date" label="End of the period" defaultValue={defaults.to} />
        </div>
      </div>
      <Textarea
        name="introduction"
        label="Introduction (optional)"
        hint="A sentence or two in plain words: who we heard from and how."
        rows={3}
        defaultValue={defaults.introduction}
      />
      <Checkboxes
        name="themeIds"
        legend="Key messages on the page"
        hint="Each is counted over what was said in the period."
        options={themes.map((t) => ({ value: String(t.id), label: t.name }))}
        defaultValues={defaults.themeIds.map(String)}
      />
    </>
  );
}

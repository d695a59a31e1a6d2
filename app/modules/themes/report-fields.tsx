import type { TOLD_US_STATES } from "~db/schema/themes";
import { Checkboxes, TextInput, Textarea } from "~/components/form";
import { useT } from "~/components/i18n";

/** Message keys. */
export const REPORT_STATES: Record<(typeof TOLD_US_STATES)[number], string> = {
  draft: "toldUsAdmin.state.draft",
  awaiting_forum: "toldUsAdmin.state.awaiting_forum",
  published: "toldUsAdmin.state.published",
};

type Defaults = { title: string; from: string; to: string; introduction: string; themeIds: number[] };

/** A "What you told us" page's words, period and themes (in the order ticked: the order of the list). */
export function ReportFields({ themes, defaults }: { themes: { id: number; name: string }[]; defaults: Defaults }) {
  const { t } = useT();
  return (
    <>
      <TextInput name="title" label={t("manage.event.field.title")} defaultValue={defaults.title} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <TextInput name="from" type="date" label={t("toldUsAdmin.field.from")} defaultValue={defaults.from} />
        </div>
        <div className="govuk-grid-column-one-half">
          <TextInput name="to" type="date" label={t("toldUsAdmin.field.to")} defaultValue={defaults.to} />
        </div>
      </div>
      <Textarea
        name="introduction"
        label={t("toldUsAdmin.field.intro")}
        hint={t("toldUsAdmin.field.intro.hint")}
        rows={3}
        defaultValue={defaults.introduction}
      />
      <Checkboxes
        name="themeIds"
        legend={t("toldUsAdmin.field.themes")}
        hint={t("toldUsAdmin.field.themes.hint")}
        options={themes.map((theme) => ({ value: String(theme.id), label: theme.name }))}
        defaultValues={defaults.themeIds.map(String)}
      />
    </>
  );
}

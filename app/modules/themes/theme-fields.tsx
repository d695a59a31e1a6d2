import { TextInput, Textarea } from "~/components/form";
import { useT } from "~/components/i18n";

/** A theme's words: its name, its description and the same in easy read. */
export function ThemeFields({ defaults }: { defaults?: { name: string; description: string; descriptionEasyRead: string } }) {
  const { t } = useT();
  return (
    <>
      <TextInput name="name" label={t("groups.field.name")} hint={t("themes.field.name.hint")} defaultValue={defaults?.name} />
      <Textarea
        name="description"
        label={t("manage.event.field.description")}
        hint={t("themes.field.description.hint")}
        defaultValue={defaults?.description}
      />
      <Textarea
        name="descriptionEasyRead"
        label={t("themes.field.easy")}
        hint={t("themes.field.easy.hint")}
        defaultValue={defaults?.descriptionEasyRead}
        rows={3}
      />
    </>
  );
}

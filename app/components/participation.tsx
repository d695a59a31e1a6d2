import { PARTICIPATION_LEVELS, type ParticipationLevel } from "~db/schema/enums";
import { LEVEL_KEYS } from "~/modules/impact/levels";
import { Radios } from "./form";
import { useT } from "./i18n";

/** The officer's choice of level, each with its one-line meaning. */
export function ParticipationLevelField({ defaultValue }: { defaultValue: ParticipationLevel | null }) {
  const { t } = useT();
  return (
    <Radios
      name="participationLevel"
      legend={t("manage.participation.legend")}
      hint={t("manage.participation.hint")}
      options={PARTICIPATION_LEVELS.map((level) => ({
        value: level,
        label: t(LEVEL_KEYS[level].label),
        hint: t(LEVEL_KEYS[level].line),
      }))}
      defaultValue={defaultValue ?? ""}
    />
  );
}

/** The level shown to the public, in words. */
export function ParticipationLevelNote({ level }: { level: ParticipationLevel | null }) {
  const { t } = useT();
  if (!level) return null;
  return (
    <p className="govuk-body">
      <strong className="govuk-tag govuk-tag--purple">{t(LEVEL_KEYS[level].label)}</strong> {t(LEVEL_KEYS[level].line)}
    </p>
  );
}

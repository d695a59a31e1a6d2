import { PARTICIPATION_LEVELS, type ParticipationLevel } from "~db/schema/enums";
import { PARTICIPATION_LEVEL_TEXT } from "~/modules/impact/levels";
import { Radios } from "./form";

/** The officer's choice of level, each with its one-line meaning. */
export function ParticipationLevelField({ defaultValue }: { defaultValue: ParticipationLevel | null }) {
  return (
    <Radios
      name="participationLevel"
      legend="How far are families involved?"
      hint="Shown publicly beside it. Be honest: asking for views is consulting, not co-producing."
      options={PARTICIPATION_LEVELS.map((level) => ({
        value: level,
        label: PARTICIPATION_LEVEL_TEXT[level].label,
        hint: PARTICIPATION_LEVEL_TEXT[level].line,
      }))}
      defaultValue={defaultValue ?? ""}
    />
  );
}

/** The level shown to the public, in words. */
export function ParticipationLevelNote({ level }: { level: ParticipationLevel | null }) {
  if (!level) return null;
  const { label, line } = PARTICIPATION_LEVEL_TEXT[level];
  return (
    <p className="govuk-body">
      <strong className="govuk-tag govuk-tag--purple">{label}</strong> {line}
    </p>
  );
}

import { EVENT_AUDIENCES, type EventAudience, type ParticipationLevel } from "~db/schema/enums";
import { ActionPicker, type ActionChoice } from "~/components/action-picker";
import { Radios, Textarea, TextInput } from "~/components/form";
import { ParticipationLevelField } from "~/components/participation";
import { EVENT_AUDIENCE_LABELS } from "~/modules/events/labels";
import type { ReactNode } from "react";
import { membersInWords, type RoleCounts } from "./labels";
import { useT } from "~/components/i18n";

// A group's parts of pages: the facts the public sees, and the fields that describe a group and its meetings.

/** Who a group is for and its members, by role only. */
export function GroupFacts({
  group: g,
  border = true,
  children,
}: {
  group: { audience: EventAudience; members: RoleCounts };
  border?: boolean;
  children?: ReactNode;
}) {
  const { t } = useT();
  return (
    <dl className={`govuk-summary-list ${border ? "" : "govuk-summary-list--no-border"}`}>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">{t("groups.facts.for")}</dt>
        <dd className="govuk-summary-list__value">{t(EVENT_AUDIENCE_LABELS[g.audience])}</dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">{t("groups.facts.members")}</dt>
        <dd className="govuk-summary-list__value">{membersInWords(g.members, t)}</dd>
      </div>
      {children}
    </dl>
  );
}

export type GroupDefaults = {
  name: string;
  purpose: string;
  audience: EventAudience | "";
  participationLevel: ParticipationLevel | null;
  openToApplications: boolean;
  actionIds: string[];
};

export function GroupFields({ defaults: d, actions }: { defaults: GroupDefaults; actions: ActionChoice[] }) {
  const { t } = useT();
  return (
    <>
      <TextInput name="name" label={t("groups.field.name")} hint={t("groups.field.name.hint")} defaultValue={d.name} />
      <Textarea name="purpose" label={t("groups.field.purpose")} hint={t("groups.field.purpose.hint")} defaultValue={d.purpose} />
      <Radios
        name="audience"
        legend={t("groups.field.audience")}
        options={EVENT_AUDIENCES.map((a) => ({ value: a, label: t(EVENT_AUDIENCE_LABELS[a]) }))}
        defaultValue={d.audience}
      />
      <ParticipationLevelField defaultValue={d.participationLevel} />
      <Radios
        name="openToApplications"
        legend={t("groups.field.open")}
        inline
        options={[
          { value: "yes", label: t("groups.field.open.yes") },
          { value: "no", label: t("groups.field.open.no") },
        ]}
        defaultValue={d.openToApplications ? "yes" : "no"}
      />
      <ActionPicker name="actionIds" legend={t("groups.field.actions")} actions={actions} defaultValues={d.actionIds} />
    </>
  );
}

export type MeetingDefaults = { date: string; startTime: string; endTime: string; place: string; joiningLink: string; papers: string };

/** When and where a meeting is, and its papers; only members see the place, link and papers. */
export function MeetingFields({ defaults: d }: { defaults: MeetingDefaults }) {
  const { t } = useT();
  return (
    <>
      <TextInput name="date" type="date" label={t("groups.meeting.date")} widthClass="govuk-input--width-10" defaultValue={d.date} />
      <TextInput name="startTime" type="time" label={t("groups.meeting.starts")} widthClass="govuk-input--width-5" defaultValue={d.startTime} />
      <TextInput name="endTime" type="time" label={t("groups.meeting.ends")} widthClass="govuk-input--width-5" defaultValue={d.endTime} />
      <Textarea name="place" label={t("groups.meeting.where")} hint={t("groups.meeting.where.hint")} rows={2} defaultValue={d.place} />
      <TextInput name="joiningLink" type="url" label={t("groups.meeting.link")} hint={t("groups.meeting.link.hint")} defaultValue={d.joiningLink} />
      <Textarea name="papers" label={t("groups.meeting.papers")} hint={t("groups.meeting.papers.hint")} rows={3} defaultValue={d.papers} />
    </>
  );
}

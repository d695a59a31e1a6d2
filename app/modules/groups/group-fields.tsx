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
        <dt className="govuk-summary-list__key">For</dt>
        <dd className="govuk-summary-list__value">{t(EVENT_AUDIENCE_LABELS[g.audience])}</dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Members</dt>
        <dd className="govuk-summary-list__value">{membersInWords(g.members)}</dd>
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
      <TextInput name="name" label="Name" hint="For example, “Post-16 transport task and finish group”" defaultValue={d.name} />
      <Textarea
        name="purpose"
        label="What it is for"
        hint="In plain words: what it will change, how often it meets, and when it finishes."
        defaultValue={d.purpose}
      />
      <Radios
        name="audience"
        legend="Who is it for?"
        options={EVENT_AUDIENCES.map((a) => ({ value: a, label: t(EVENT_AUDIENCE_LABELS[a]) }))}
        defaultValue={d.audience}
      />
      <ParticipationLevelField defaultValue={d.participationLevel} />
      <Radios
        name="openToApplications"
        legend="Can people ask to join from its page?"
        inline
        options={[
          { value: "yes", label: "Yes" },
          { value: "no", label: "No, by invitation only" },
        ]}
        defaultValue={d.openToApplications ? "yes" : "no"}
      />
      <ActionPicker name="actionIds" legend="Strategy actions it works on" actions={actions} defaultValues={d.actionIds} />
    </>
  );
}

export type MeetingDefaults = { date: string; startTime: string; endTime: string; place: string; joiningLink: string; papers: string };

/** When and where a meeting is, and its papers; only members see the place, link and papers. */
export function MeetingFields({ defaults: d }: { defaults: MeetingDefaults }) {
  return (
    <>
      <TextInput name="date" type="date" label="Date" widthClass="govuk-input--width-10" defaultValue={d.date} />
      <TextInput name="startTime" type="time" label="Starts" widthClass="govuk-input--width-5" defaultValue={d.startTime} />
      <TextInput name="endTime" type="time" label="Ends" widthClass="govuk-input--width-5" defaultValue={d.endTime} />
      <Textarea name="place" label="Where" hint="The address and room. Shown to members only." rows={2} defaultValue={d.place} />
      <TextInput
        name="joiningLink"
        type="url"
        label="Joining link for online (optional)"
        hint="Starting with https://. Shown to members only."
        defaultValue={d.joiningLink}
      />
      <Textarea name="papers" label="Papers (optional)" hint="What to read beforehand and where to find it." rows={3} defaultValue={d.papers} />
    </>
  );
}

import { Form } from "@remix-run/react";
import { EVENT_AUDIENCES, EVENT_FORMATS, EVENT_TYPES, VENUE_FEATURES, type ParticipationLevel } from "~db/schema/enums";
import { ParticipationLevelField } from "./participation";
import type { RichDoc } from "~/modules/richtext/document";
import { EVENT_AUDIENCE_LABELS, EVENT_FORMAT_LABELS, EVENT_TYPE_LABELS, VENUE_FEATURE_LABELS } from "~/modules/events/labels";
import { ActionPicker, type ActionChoice } from "./action-picker";
import { Button, Checkboxes, Radios, Textarea, TextInput } from "./form";
import { RichTextField } from "./rich-text-editor";
import { useT } from "~/components/i18n";

export type EventFormDefaults = {
  title: string;
  description: RichDoc | null;
  type: string;
  audience: string;
  participationLevel: ParticipationLevel | null;
  date: string;
  startTime: string;
  endTime: string;
  format: string;
  venue: string;
  joiningLink: string;
  venueFeatures: string[];
  accessibilityNotes: string;
  capacity: string;
  maxPlacesPerRegistration: string;
  closesDate: string;
  closesTime: string;
  topicIds: string[];
  actionIds: string[];
};

/** The organiser's form for a new or existing event. Times are in UK time. */
export function EventForm(props: {
  defaults: EventFormDefaults;
  topics: { id: number; name: string }[];
  actions: ActionChoice[];
  submitLabel: string;
}) {
  const { t } = useT();
  const { defaults: d } = props;
  return (
    <Form method="post" noValidate>
      <input type="hidden" name="intent" value="save" />
      <TextInput name="title" label={t("manage.event.field.title")} labelClass="govuk-label--s" defaultValue={d.title} />
      <RichTextField
        name="description"
        label={t("manage.event.field.description")}
        hint={t("manage.event.field.description.hint")}
        doc={d.description}
      />
      <Radios
        name="type"
        legend={t("manage.event.field.type")}
        options={EVENT_TYPES.map((type) => ({ value: type, label: t(EVENT_TYPE_LABELS[type]) }))}
        defaultValue={d.type}
      />
      <Radios
        name="audience"
        legend={t("groups.field.audience")}
        options={EVENT_AUDIENCES.map((a) => ({ value: a, label: t(EVENT_AUDIENCE_LABELS[a]) }))}
        defaultValue={d.audience}
      />
      <ParticipationLevelField defaultValue={d.participationLevel} />
      <h2 className="govuk-heading-s">{t("manage.event.field.when")}</h2>
      <TextInput name="date" type="date" label={t("groups.meeting.date")} widthClass="govuk-input--width-10" defaultValue={d.date} />
      <TextInput
        name="startTime"
        type="time"
        label={t("manage.event.field.startTime")}
        widthClass="govuk-input--width-5"
        defaultValue={d.startTime}
      />
      <TextInput name="endTime" type="time" label={t("manage.event.field.endTime")} widthClass="govuk-input--width-5" defaultValue={d.endTime} />
      <Radios
        name="format"
        legend={t("manage.event.field.format")}
        options={EVENT_FORMATS.map((f) => ({ value: f, label: t(EVENT_FORMAT_LABELS[f]) }))}
        defaultValue={d.format}
      />
      <Textarea name="venue" label={t("manage.event.field.venue")} hint={t("manage.event.field.venue.hint")} rows={3} defaultValue={d.venue} />
      <TextInput
        name="joiningLink"
        type="url"
        label={t("manage.event.field.link")}
        hint={t("manage.event.field.link.hint")}
        defaultValue={d.joiningLink}
        spellCheck={false}
      />
      <Checkboxes
        name="venueFeatures"
        legend={t("manage.event.field.access")}
        options={VENUE_FEATURES.map((f) => ({ value: f, label: t(VENUE_FEATURE_LABELS[f]) }))}
        defaultValues={d.venueFeatures}
      />
      <Textarea name="accessibilityNotes" label={t("manage.event.field.accessNotes")} rows={2} defaultValue={d.accessibilityNotes} />
      <TextInput name="capacity" label={t("manage.event.field.capacity")} widthClass="govuk-input--width-4" defaultValue={d.capacity} />
      <TextInput
        name="maxPlacesPerRegistration"
        label={t("manage.event.field.maxPlaces")}
        widthClass="govuk-input--width-3"
        defaultValue={d.maxPlacesPerRegistration}
      />
      <TextInput
        name="closesDate"
        type="date"
        label={t("manage.event.field.closesDate")}
        widthClass="govuk-input--width-10"
        defaultValue={d.closesDate}
      />
      <TextInput
        name="closesTime"
        type="time"
        label={t("manage.event.field.closesTime")}
        widthClass="govuk-input--width-5"
        defaultValue={d.closesTime}
      />
      <Checkboxes
        name="topicIds"
        legend={t("manage.event.field.topics")}
        options={props.topics.map((topic) => ({ value: String(topic.id), label: topic.name }))}
        defaultValues={d.topicIds}
      />
      <ActionPicker name="actionIds" legend={t("manage.event.field.actions")} actions={props.actions} defaultValues={d.actionIds} />
      <Button>{props.submitLabel}</Button>
    </Form>
  );
}

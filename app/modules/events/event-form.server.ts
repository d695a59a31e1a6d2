import { z } from "zod";
import { EVENT_AUDIENCES, EVENT_FORMATS, EVENT_TYPES, PARTICIPATION_LEVELS, VENUE_FEATURES } from "~db/schema/enums";
import { readRichTextField } from "~/modules/richtext/validate.server";
import { listTopics } from "~/modules/feedback/topics.server";
import { listActionChoices } from "~/modules/strategy/strategy.server";
import {
  choices,
  clockTime,
  idList,
  isoDate,
  optionalChoice,
  parseForm,
  textField,
  webLink,
  wholeNumber,
  type FieldErrors,
} from "~/utils/validation.server";
import { eventProblems, type EventInput } from "./events.server";
import { londonDateTime } from "~/utils/dates";
import { translate } from "~/modules/i18n/catalogue.server";

function schema() {
  const t = translate;
  return z.object({
    title: textField(t("manage.event.field.title"), { max: 150 }),
    type: z.enum(EVENT_TYPES, { message: t("manage.event.error.type") }),
    audience: z.enum(EVENT_AUDIENCES, { message: t("manage.event.error.audience") }),
    participationLevel: optionalChoice(PARTICIPATION_LEVELS, t("groups.error.level")),
    date: isoDate(t("manage.event.name.date")),
    startTime: clockTime(t("manage.event.name.startTime")),
    endTime: clockTime(t("manage.event.name.endTime")),
    format: z.enum(EVENT_FORMATS, { message: t("manage.event.error.format") }),
    venue: textField(t("manage.event.field.venue"), { max: 300, required: false, multiline: true }),
    joiningLink: webLink(t("groups.meeting.linkName")),
    venueFeatures: choices(VENUE_FEATURES, t("manage.event.error.fromList")),
    accessibilityNotes: textField(t("manage.event.name.accessNotes"), { max: 1000, required: false, multiline: true }),
    capacity: wholeNumber(t("manage.event.name.capacity"), 1, 10_000),
    maxPlacesPerRegistration: wholeNumber(t("manage.event.name.maxPlaces"), 1, 20),
    closesDate: isoDate(t("manage.event.name.closesDate")),
    closesTime: clockTime(t("manage.event.name.closesTime")),
    topicIds: idList(),
    actionIds: idList(),
  });
}

/** Reads and checks the event form; every problem is reported at once, beside its field. */
export function readEventForm(formData: FormData): { ok: true; input: EventInput } | { ok: false; errors: FieldErrors } {
  const parsed = parseForm(formData, schema());
  const description = readRichTextField(formData, "description", translate("manage.event.field.description"));
  const errors: FieldErrors = {};
  if (!parsed.ok) Object.assign(errors, parsed.errors);
  if (!description.ok) errors.description = description.message;
  if (!parsed.ok || !description.ok) return { ok: false, errors: order(errors) };
  const d = parsed.data;
  const topicIds = new Set(listTopics().map((t) => t.id));
  const actionIds = new Set(listActionChoices().map((a) => a.id));
  if (d.topicIds.some((id) => !topicIds.has(id))) errors.topicIds = translate("manage.event.error.topics");
  if (d.actionIds.some((id) => !actionIds.has(id))) errors.actionIds = translate("groups.error.actions");
  const input: EventInput = {
    title: d.title,
    description: description.doc,
    type: d.type,
    audience: d.audience,
    participationLevel: d.participationLevel,
    startsAt: londonDateTime(d.date, d.startTime),
    endsAt: londonDateTime(d.date, d.endTime),
    format: d.format,
    venue: d.format === "online" ? "" : d.venue,
    joiningLink: d.format === "in_person" ? "" : d.joiningLink,
    venueFeatures: d.venueFeatures,
    accessibilityNotes: d.accessibilityNotes,
    capacity: d.capacity,
    maxPlacesPerRegistration: d.maxPlacesPerRegistration,
    registrationClosesAt: londonDateTime(d.closesDate, d.closesTime),
    topicIds: Array.from(new Set(d.topicIds)),
    actionIds: Array.from(new Set(d.actionIds)),
  };
  const problems = eventProblems(input);
  if (problems.endsAt) problems.endTime = problems.endsAt;
  if (problems.registrationClosesAt) problems.closesTime = problems.registrationClosesAt;
  delete problems.endsAt;
  delete problems.registrationClosesAt;
  Object.assign(errors, problems);
  return Object.keys(errors).length ? { ok: false, errors: order(errors) } : { ok: true, input };
}

const FIELD_ORDER = [
  "title",
  "description",
  "type",
  "audience",
  "participationLevel",
  "date",
  "startTime",
  "endTime",
  "format",
  "venue",
  "joiningLink",
  "venueFeatures",
  "accessibilityNotes",
  "capacity",
  "maxPlacesPerRegistration",
  "closesDate",
  "closesTime",
  "topicIds",
  "actionIds",
];

/** The error summary lists problems in the order the fields appear. */
function order(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(errors).sort(([a], [b]) => FIELD_ORDER.indexOf(a) - FIELD_ORDER.indexOf(b)));
}

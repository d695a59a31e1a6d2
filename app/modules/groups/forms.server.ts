import { z } from "zod";
import { ATTENDEE_ROLES, EVENT_AUDIENCES, MEETING_REPLIES, PARTICIPATION_LEVELS } from "~db/schema";
import { listActionChoices } from "~/modules/strategy/strategy.server";
import { londonDateTime } from "~/utils/dates";
import { translate } from "~/modules/i18n/catalogue.server";
import { clockTime, emailList, idList, isoDate, parseForm, textField, webLink, type FieldErrors } from "~/utils/validation.server";
import type { GroupInput } from "./groups.server";
import type { MeetingInput } from "./meetings.server";

// The checks on every group form, each problem reported beside its field.

type Read<T> = { ok: true; input: T } | { ok: false; errors: FieldErrors };

// Functions, so each message is in the language of the request that reads the form.
const groupSchema = () =>
  z.object({
    name: textField(translate("groups.field.name"), { max: 120 }),
    purpose: textField(translate("groups.field.purpose"), { max: 2000, multiline: true, required: translate("groups.error.purpose") }),
    audience: z.enum(EVENT_AUDIENCES, { message: translate("groups.error.audience") }),
    participationLevel: z.enum(PARTICIPATION_LEVELS, { message: translate("groups.error.level") }),
    openToApplications: z.preprocess((v) => v === "yes", z.boolean()),
    actionIds: idList(),
  });

export function readGroupForm(formData: FormData): Read<GroupInput> {
  const parsed = parseForm(formData, groupSchema());
  if (!parsed.ok) return parsed;
  const known = new Set(listActionChoices().map((a) => a.id));
  if (parsed.data.actionIds.some((id) => !known.has(id))) return { ok: false, errors: { actionIds: translate("groups.error.actions") } };
  return { ok: true, input: parsed.data };
}

const meetingSchema = () =>
  z.object({
    date: isoDate(translate("groups.meeting.date")),
    startTime: clockTime(translate("groups.meeting.starts")),
    endTime: clockTime(translate("groups.meeting.ends")),
    place: textField(translate("groups.meeting.where"), { max: 300, required: false, multiline: true }),
    joiningLink: webLink(translate("groups.meeting.linkName")),
    papers: textField(translate("groups.meeting.papersName"), { max: 2000, required: false, multiline: true }),
  });

export function readMeetingForm(formData: FormData, now = new Date()): Read<MeetingInput> {
  const parsed = parseForm(formData, meetingSchema());
  if (!parsed.ok) return parsed;
  const d = parsed.data;
  const startsAt = londonDateTime(d.date, d.startTime);
  const endsAt = londonDateTime(d.date, d.endTime);
  const errors: FieldErrors = {};
  if (endsAt <= startsAt) errors.endTime = translate("groups.error.endTime");
  if (!d.place && !d.joiningLink) errors.place = translate("groups.error.place");
  if (startsAt.getTime() - now.getTime() > 2 * 366 * 86_400_000) errors.date = translate("groups.error.date");
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, input: { startsAt, endsAt, place: d.place, joiningLink: d.joiningLink, papers: d.papers } };
}

const recordSchema = () =>
  z.object({
    decisions: textField(translate("groups.record.decisions"), { max: 5000, multiline: true, required: translate("groups.error.decisions") }),
    points: textField(translate("groups.record.pointsName"), { max: 20_000, multiline: true, required: false }),
  });

/** What was decided, and the points raised, one per line: each becomes a suggestion. */
export function readRecordForm(formData: FormData): Read<{ decisions: string; points: string[] }> {
  const parsed = parseForm(formData, recordSchema());
  if (!parsed.ok) return parsed;
  const points = parsed.data.points
    .split("\n")
    .map((p) => p.trim())
    .filter(Boolean);
  const tooLong = points.findIndex((p) => p.length > 2000);
  if (tooLong >= 0) return { ok: false, errors: { points: translate("groups.error.pointLong", { n: tooLong + 1 }) } };
  if (points.length > 100) return { ok: false, errors: { points: translate("groups.error.pointsMany") } };
  return { ok: true, input: { decisions: parsed.data.decisions, points } };
}

export const roleSchema = () => z.object({ role: z.enum(ATTENDEE_ROLES, { message: translate("groups.error.role") }) });

export const inviteSchema = () =>
  z.object({
    emails: emailList().refine((list) => list.length > 0, translate("groups.error.emails")),
    role: z.enum(ATTENDEE_ROLES, { message: translate("groups.error.inviteRole") }),
  });

/** A member's answer for one meeting; each meeting's radios have their own name, so several can be on one page. */
export const replySchema = (meetingId: number) =>
  z.object({ [`reply${meetingId}`]: z.enum(MEETING_REPLIES, { message: translate("groups.error.reply") }) });

import { z } from "zod";
import { ATTENDEE_ROLES, EVENT_AUDIENCES, MEETING_REPLIES, PARTICIPATION_LEVELS } from "~db/schema";
import { listActionChoices } from "~/modules/strategy/strategy.server";
import { londonDateTime } from "~/utils/dates";
import { clockTime, emailList, idList, isoDate, parseForm, textField, webLink, type FieldErrors } from "~/utils/validation.server";
import type { GroupInput } from "./groups.server";
import type { MeetingInput } from "./meetings.server";

// The checks on every group form, each problem reported beside its field.

type Read<T> = { ok: true; input: T } | { ok: false; errors: FieldErrors };

const groupSchema = z.object({
  name: textField("Name", { max: 120 }),
  purpose: textField("Purpose", { max: 2000, multiline: true, required: "Say what the group is for, in plain words" }),
  audience: z.enum(EVENT_AUDIENCES, { message: "Choose who the group is for" }),
  participationLevel: z.enum(PARTICIPATION_LEVELS, { message: "Choose how far families are involved" }),
  openToApplications: z.preprocess((v) => v === "yes", z.boolean()),
  actionIds: idList(),
});

export function readGroupForm(formData: FormData): Read<GroupInput> {
  const parsed = parseForm(formData, groupSchema);
  if (!parsed.ok) return parsed;
  const known = new Set(listActionChoices().map((a) => a.id));
  if (parsed.data.actionIds.some((id) => !known.has(id))) return { ok: false, errors: { actionIds: "Choose actions from the list" } };
  return { ok: true, input: parsed.data };
}

const meetingSchema = z.object({
  date: isoDate("date"),
  startTime: clockTime("start time"),
  endTime: clockTime("end time"),
  place: textField("Where", { max: 300, required: false, multiline: true }),
  joiningLink: webLink("joining link"),
  papers: textField("Papers", { max: 2000, required: false, multiline: true }),
});

export function readMeetingForm(formData: FormData, now = new Date()): Read<MeetingInput> {
  const parsed = parseForm(formData, meetingSchema);
  if (!parsed.ok) return parsed;
  const d = parsed.data;
  const startsAt = londonDateTime(d.date, d.startTime);
  const endsAt = londonDateTime(d.date, d.endTime);
  const errors: FieldErrors = {};
  if (endsAt <= startsAt) errors.endTime = "The end time must be after the start time";
  if (!d.place && !d.joiningLink) errors.place = "Say where the meeting is, or give a joining link, or both";
  if (startsAt.getTime() - now.getTime() > 2 * 366 * 86_400_000) errors.date = "The date must be within two years";
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, input: { startsAt, endsAt, place: d.place, joiningLink: d.joiningLink, papers: d.papers } };
}

const recordSchema = z.object({
  decisions: textField("What the group decided", {
    max: 5000,
    multiline: true,
    required: "Say what the group decided, even if it was only to meet again",
  }),
  points: textField("Points raised", { max: 20_000, multiline: true, required: false }),
});

/** What was decided, and the points raised, one per line: each becomes a suggestion. */
export function readRecordForm(formData: FormData): Read<{ decisions: string; points: string[] }> {
  const parsed = parseForm(formData, recordSchema);
  if (!parsed.ok) return parsed;
  const points = parsed.data.points
    .split("\n")
    .map((p) => p.trim())
    .filter(Boolean);
  const tooLong = points.findIndex((p) => p.length > 2000);
  if (tooLong >= 0) return { ok: false, errors: { points: `Point ${tooLong + 1} is longer than 2,000 characters: split it up` } };
  if (points.length > 100) return { ok: false, errors: { points: "Add up to 100 points at a time" } };
  return { ok: true, input: { decisions: parsed.data.decisions, points } };
}

export const roleSchema = z.object({ role: z.enum(ATTENDEE_ROLES, { message: "Choose how you would take part" }) });

export const inviteSchema = z.object({
  emails: emailList().refine((list) => list.length > 0, "Enter at least one email address"),
  role: z.enum(ATTENDEE_ROLES, { message: "Choose the role they are invited in" }),
});

/** A member's answer for one meeting; each meeting's radios have their own name, so several can be on one page. */
export const replySchema = (meetingId: number) =>
  z.object({ [`reply${meetingId}`]: z.enum(MEETING_REPLIES, { message: "Choose whether you can come" }) });

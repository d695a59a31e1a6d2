import { findUserByEmail } from "~/modules/auth/accounts.server";
import type { DemoArea } from "~/modules/activities/activity";
import { listActionChoices } from "~/modules/strategy/strategy.server";
import { createGroup, groupForStaff, setGroupStatus } from "./groups.server";
import { addMeeting, recordMeeting, replyToMeeting } from "./meetings.server";
import { answerInvitation, applyToJoin, decideMembership, invite } from "./members.server";

// The demo local area's co-production groups: a task and finish group on post-16 transport that has
// met once and decided things, and a young people's panel with a request to join waiting.

const at = (days: number, hour: number) => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  d.setUTCHours(hour, 0, 0, 0);
  return d;
};

export function seedGroups(area: DemoArea) {
  const actions = new Map(listActionChoices().map((a) => [a.code, a.id]));
  const person = (email: string) => findUserByEmail(email)!.id;
  const [rachel, tom, leah, sam, maya, ellis] = [
    "parent1@northsomerset.example",
    "parent2@northsomerset.example",
    "young.person@northsomerset.example",
    "ambassador1@northsomerset.example",
    "ambassador2@northsomerset.example",
    "ambassador3@northsomerset.example",
  ].map(person) as [string, string, string, string, string, string];
  const started = at(-40, 9);

  const transport = createGroup(
    {
      name: "Post-16 transport task and finish group",
      purpose:
        "Parents, carers and officers rewriting the post-16 travel assistance policy together, so that " +
        "students with SEND aged 16 and over get safe transport to college. The group meets four times and " +
        "finishes when the new policy is agreed.",
      audience: "parent_carers",
      participationLevel: "co_produce",
      openToApplications: true,
      actionIds: [actions.get("4.3")!].filter(Boolean),
    },
    area.organiserId,
    started,
  );
  setGroupStatus(transport, "active", started);
  invite(transport, ["parent1@northsomerset.example", "parent2@northsomerset.example"], "parent_carer", started);
  answerInvitation(transport, rachel, true, started);
  answerInvitation(transport, tom, true, started);
  const first = addMeeting(
    transport,
    {
      startsAt: at(-21, 17),
      endsAt: at(-21, 19),
      place: "Castlewood, Clevedon, BS21 6FW (room 2)",
      joiningLink: "https://meet.example.org/post16",
      papers: "",
    },
    started,
  )!;
  replyToMeeting(first, rachel, "yes", at(-25, 9));
  replyToMeeting(first, tom, "yes", at(-25, 9));
  recordMeeting(
    first,
    {
      decisions:
        "The new policy will be written in plain English with a one-page summary.\nApplications will open in " +
        "March, not June, so families know before the college year starts.\nThe group will look at " +
        "independent travel training at its next meeting.",
      points: [
        "Tell families whether their child has transport before they accept a college place, not in September.",
        "Let students with anxiety travel with the same driver and escort each day.",
      ],
    },
    at(-20, 9),
  );
  const next = addMeeting(
    transport,
    {
      startsAt: at(5, 17),
      endsAt: at(5, 19),
      place: "Castlewood, Clevedon, BS21 6FW (room 2)",
      joiningLink: "https://meet.example.org/post16",
      papers: "Draft policy, version 2 (sent by email); independent travel training leaflet",
    },
    started,
  )!;
  replyToMeeting(next, rachel, "yes", at(-2, 9));

  const panel = createGroup(
    {
      name: "Young people's SEND panel",
      purpose:
        "Young people aged 13 to 25 who tell the council what works and what does not, and help design the " +
        "Local Offer website. We meet after school, with pizza, and every member is paid in vouchers for " +
        "their time.",
      audience: "young_people",
      participationLevel: "co_design",
      openToApplications: true,
      actionIds: [actions.get("4.2")!, actions.get("4.5")!].filter(Boolean),
    },
    area.officerId,
    started,
  );
  setGroupStatus(panel, "active", started);
  for (const id of [leah, sam, maya]) applyToJoin(panel, id, "young_person", started);
  const membersNow = [leah, sam, maya];
  for (const asked of groupForStaff(panel)!.people) decideMembership(panel, asked.id, "accept", started);
  applyToJoin(panel, ellis, "young_person", at(-1, 16));
  const panelPast = addMeeting(
    panel,
    { startsAt: at(-14, 16), endsAt: at(-14, 18), place: "Campus, Weston-super-Mare", joiningLink: "", papers: "" },
    started,
  )!;
  for (const id of membersNow) replyToMeeting(panelPast, id, "yes", at(-16, 9));
  recordMeeting(
    panelPast,
    {
      decisions: "The panel will test the new Local Offer search with five young people in the new year.\nMeetings stay after school, at 4pm.",
      points: ["Put a search box at the top of every Local Offer page, in plain words, not council words."],
    },
    at(-13, 9),
  );
  addMeeting(panel, { startsAt: at(10, 16), endsAt: at(10, 18), place: "Campus, Weston-super-Mare", joiningLink: "", papers: "" }, started);
}

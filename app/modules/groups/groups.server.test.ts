import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { outbox, suggestions, supporters, users } from "~db/schema";
import { getDb } from "~/db.server";
import { createAccount } from "~/modules/auth/accounts.server";
import { evidenceReport } from "~/modules/impact/evidence.server";
import { createGroup, groupForStaff, listPublicGroups, publicGroup, setGroupStatus, viewerOfGroup, type GroupInput } from "./groups.server";
import { addMeeting, cancelMeeting, queueMeetingReminders, recordMeeting, replyToMeeting } from "./meetings.server";
import { answerInvitation, applyToJoin, decideMembership, invite, leaveGroup } from "./members.server";
import { readMeetingForm, readRecordForm } from "./forms.server";

const DAY = 86_400_000;
const now = new Date("2026-11-23T10:00:00Z");
const later = (days: number) => new Date(now.getTime() + days * DAY);
let organiser: string;
let parent: string;
let youngPerson: string;

const input = (overrides: Partial<GroupInput> = {}): GroupInput => ({
  name: "Post-16 transport task and finish group",
  purpose: "Rewriting the travel assistance policy together.",
  audience: "parent_carers",
  participationLevel: "co_produce",
  openToApplications: true,
  actionIds: [],
  ...overrides,
});

const emailsTo = (address: string) => getDb().select().from(outbox).where(eq(outbox.toAddress, address)).all();

beforeAll(async () => {
  organiser = await createAccount({ name: "Jo Hughes", email: "jo@example.org", password: "correct horse battery", roles: ["organiser"] });
  parent = await createAccount({
    name: "Harriet Quill",
    email: "harriet@example.org",
    password: "correct horse battery",
    roles: [],
    ageGroup: "18_plus",
  });
  youngPerson = await createAccount({
    name: "Kit Mensah",
    email: "kit@example.org",
    password: "correct horse battery",
    roles: [],
    ageGroup: "13_to_17",
  });
  getDb().update(users).set({ emailVerifiedAt: now }).run();
});

describe("co-production groups", () => {
  it("are private while draft, then public with members counted by role and never named", () => {
    const id = createGroup(input(), organiser, now);
    expect(publicGroup(id, now)).toBeUndefined();
    expect(applyToJoin(id, parent, "parent_carer", now)).toEqual({ ok: false, message: "This group is not taking new members at the moment" });
    expect(invite(id, ["kit@example.org"], "young_person", now).ok).toBe(false); // its page, which the email links to, is not public yet
    setGroupStatus(id, "active", now);
    expect(applyToJoin(id, parent, "parent_carer", now)).toEqual({ ok: true });
    expect(applyToJoin(id, parent, "parent_carer", now).ok).toBe(false); // not twice
    expect(publicGroup(id, now)!.members).toEqual({ parent_carer: 0, young_person: 0, professional: 0 }); // asking is not joining
    const asked = groupForStaff(id)!.people.find((p) => p.name === "Harriet Quill")!;
    expect(decideMembership(id, asked.id, "accept", now)).toEqual({ ok: true });
    expect(decideMembership(id, asked.id, "accept", now).ok).toBe(false);
    expect(emailsTo("harriet@example.org").map((e) => e.subject)).toContain("You are a member of Post-16 transport task and finish group");
    const page = publicGroup(id, now)!;
    expect(page.members.parent_carer).toBe(1);
    expect(JSON.stringify(page)).not.toContain("Harriet");
    expect(JSON.stringify(listPublicGroups(now))).not.toContain("harriet@example.org");
  });

  it("invites only people with accounts, and the invited person decides", () => {
    const id = createGroup(input({ name: "Young people's panel", audience: "young_people", openToApplications: false }), organiser, now);
    setGroupStatus(id, "active", now);
    expect(invite(id, ["nobody@example.org"], "young_person", now)).toEqual({
      ok: false,
      message: "Nobody with an account uses nobody@example.org. Ask them to sign up first, or check the address.",
    });
    expect(invite(id, ["kit@example.org"], "young_person", now)).toEqual({ ok: true, invited: 1 });
    expect(invite(id, ["kit@example.org"], "young_person", now)).toEqual({ ok: true, invited: 0 }); // already invited
    expect(applyToJoin(id, youngPerson, "young_person", now).ok).toBe(false); // closed to applications
    expect(viewerOfGroup(id, youngPerson, now).membership?.status).toBe("invited");
    expect(answerInvitation(id, youngPerson, true, now)).toEqual({ ok: true });
    expect(viewerOfGroup(id, youngPerson, now).membership?.status).toBe("member");
    expect(leaveGroup(id, youngPerson, now)).toEqual({ ok: true });
    expect(publicGroup(id, now)!.members.young_person).toBe(0);
  });

  it("runs meetings: members reply, are reminded once unless they cannot come, and hear if one is cancelled", () => {
    const id = createGroup(input({ name: "Meeting group" }), organiser, now);
    setGroupStatus(id, "active", now);
    applyToJoin(id, parent, "parent_carer", now);
    decideMembership(id, groupForStaff(id)!.people[0]!.id, "accept", now);
    const meeting = addMeeting(
      id,
      { startsAt: later(3), endsAt: later(3.1), place: "Castlewood, Clevedon", joiningLink: "", papers: "Draft policy" },
      now,
    )!;
    expect(replyToMeeting(meeting, youngPerson, "yes", now)).toBe(false); // not a member
    expect(replyToMeeting(meeting, parent, "maybe", now)).toBe(true);
    expect(viewerOfGroup(id, parent, now).meetings[0]).toMatchObject({ place: "Castlewood, Clevedon", papers: "Draft policy", reply: "maybe" });
    expect(viewerOfGroup(id, youngPerson, now).meetings).toEqual([]); // not a member: no place, no papers

    const reminders = () => emailsTo("harriet@example.org").filter((e) => e.subject.startsWith("Reminder: Meeting group")).length;
    queueMeetingReminders(later(0.5)); // too early
    expect(reminders()).toBe(0);
    queueMeetingReminders(later(1.5));
    queueMeetingReminders(later(1.6));
    expect(reminders()).toBe(1);

    const second = addMeeting(
      id,
      { startsAt: later(10), endsAt: later(10.1), place: "Online", joiningLink: "https://meet.example.org/g", papers: "" },
      now,
    )!;
    replyToMeeting(second, parent, "no", now);
    queueMeetingReminders(later(8.5));
    expect(emailsTo("harriet@example.org").filter((e) => e.template === "group-meeting-reminder").length).toBe(1);
    expect(cancelMeeting(second, now)).toBe(true);
    expect(cancelMeeting(second, now)).toBe(false);
    expect(emailsTo("harriet@example.org").some((e) => e.subject.startsWith("Cancelled: Meeting group"))).toBe(true);
  });

  it("records what a meeting decided and its points, which enter the loop followed by the members who came", () => {
    const id = createGroup(input({ name: "Recording group" }), organiser, now);
    setGroupStatus(id, "active", now);
    applyToJoin(id, parent, "parent_carer", now);
    decideMembership(id, groupForStaff(id)!.people[0]!.id, "accept", now);
    const meeting = addMeeting(id, { startsAt: later(1), endsAt: later(1.1), place: "Town Hall", joiningLink: "", papers: "" }, now)!;
    replyToMeeting(meeting, parent, "yes", now);
    expect(recordMeeting(meeting, { decisions: "Too soon", points: [] }, now)).toMatchObject({ ok: false, field: "form" });
    const refused = recordMeeting(meeting, { decisions: "One parent said she wants to self-harm", points: [] }, later(2));
    expect(refused).toMatchObject({ ok: false, field: "decisions" });
    expect(publicGroup(id, later(2))!.past[0]!.decisions).toBe(""); // nothing saved

    expect(recordMeeting(meeting, { decisions: "Applications open in March.", points: ["Send bus times before term starts."] }, later(2))).toEqual({
      ok: true,
      added: 1,
    });
    const made = getDb()
      .select()
      .from(suggestions)
      .where(and(eq(suggestions.originKind, "groups"), eq(suggestions.originId, id)))
      .all();
    expect(made.map((s) => [s.body, s.contributorKind, s.sourceUrl])).toEqual([
      ["Send bus times before term starts.", "parent_carer", `/groups/${id}`],
    ]);
    expect(getDb().select().from(supporters).where(eq(supporters.suggestionId, made[0]!.id)).all()[0]!.email).toBe("harriet@example.org");
    expect(publicGroup(id, later(2))!.past[0]!.decisions).toBe("Applications open in March.");
    expect(publicGroup(id, later(2))!.raised).toEqual([]); // published only once an officer publishes it

    // The evidence report counts the group: its meeting and its member, by role.
    const report = evidenceReport("2026-11-01", "2026-12-31", later(3));
    const counted = report.activities.find((a) => a.key === `groups:${id}`)!;
    expect(counted.measures).toEqual([
      { label: "evidence.measure.groupMeetings", count: 1 },
      { label: "evidence.measure.groupMembers", count: 1 },
    ]);
    expect(counted.reach.parent_carer).toBe(1);
  });
});

describe("group forms", () => {
  it("refuse a meeting that ends before it starts or has nowhere to meet, and keep every point on its own line", () => {
    const form = (fields: Record<string, string>) => {
      const data = new FormData();
      for (const [k, v] of Object.entries(fields)) data.set(k, v);
      return data;
    };
    expect(readMeetingForm(form({ date: "2026-12-01", startTime: "17:00", endTime: "16:00", place: "", joiningLink: "", papers: "" }), now)).toEqual({
      ok: false,
      errors: { endTime: "The end time must be after the start time", place: "Say where the meeting is, or give a joining link, or both" },
    });
    expect(
      readMeetingForm(form({ date: "2026-12-01", startTime: "17:00", endTime: "19:00", place: "", joiningLink: "javascript:alert(1)" }), now),
    ).toMatchObject({
      ok: false,
      errors: { joiningLink: "The joining link must be a web address starting with https://" },
    });
    expect(readRecordForm(form({ decisions: "Meet again", points: "One\r\n\r\n  Two  \rThree" }))).toEqual({
      ok: true,
      input: { decisions: "Meet again", points: ["One", "Two", "Three"] },
    });
    expect(readRecordForm(form({ decisions: "", points: "" }))).toMatchObject({ ok: false, errors: { decisions: expect.any(String) } });
  });
});

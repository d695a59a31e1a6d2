import { renderEmail, type EmailContext } from "./layout";

// Emails to the members of co-production groups. A meeting's place and joining link are only ever in
// these emails and on the group's page for members.

export type MeetingDetails = { when: string; place: string; joiningLink: string; papers: string };

function meetingBlocks(m: MeetingDetails) {
  return [
    { paragraph: `When: ${m.when}` },
    ...(m.place ? [{ paragraph: `Where: ${m.place}` }] : []),
    ...(m.joiningLink ? [{ paragraph: `How to join online: ${m.joiningLink}` }] : []),
    ...(m.papers ? [{ paragraph: `Papers: ${m.papers}` }] : []),
  ];
}

export function groupInvitation(ctx: EmailContext, p: { name: string; group: string; purpose: string; groupLink: string }) {
  return renderEmail(ctx, "group-invitation", `You are invited to join ${p.group}`, `Hello ${p.name},`, [
    { paragraph: `We would like you to join ${p.group}, a co-production group where families and officers work on the SEND strategy together.` },
    { paragraph: p.purpose },
    { paragraph: "Open the group's page while signed in to say yes or no. You can leave at any time." },
    { link: p.groupLink, label: "See the group and reply" },
  ]);
}

export function membershipAccepted(ctx: EmailContext, p: { name: string; group: string; groupLink: string }) {
  return renderEmail(ctx, "group-member", `You are a member of ${p.group}`, `Hello ${p.name},`, [
    {
      paragraph: `Thank you for joining ${p.group}. Its meetings, with where they are and their papers, are on the group's page when you are signed in.`,
    },
    { paragraph: "Tell us there whether you can come to each meeting. We will remind you before each one." },
    { link: p.groupLink, label: "See the group's meetings" },
  ]);
}

export function meetingReminder(ctx: EmailContext, p: { name: string; group: string; meeting: MeetingDetails; groupLink: string }) {
  return renderEmail(ctx, "group-meeting-reminder", `Reminder: ${p.group} meets ${p.meeting.when}`, `Hello ${p.name},`, [
    { paragraph: `${p.group} meets soon.` },
    ...meetingBlocks(p.meeting),
    { paragraph: "If you cannot come after all, say so on the group's page: it helps the organiser plan." },
    { link: p.groupLink, label: "Say whether you can come" },
  ]);
}

export function meetingCancelled(ctx: EmailContext, p: { name: string; group: string; when: string; groupLink: string }) {
  return renderEmail(ctx, "group-meeting-cancelled", `Cancelled: ${p.group} on ${p.when}`, `Hello ${p.name},`, [
    { paragraph: `The meeting of ${p.group} on ${p.when} is cancelled. We are sorry for any trouble this causes.` },
    { link: p.groupLink, label: "See the group's other meetings" },
  ]);
}

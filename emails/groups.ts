import { emailWords, renderEmail, type EmailContext } from "./layout";
import { greeting } from "./feedback";

// Emails to the members of co-production groups, in each member's language. A meeting's place and
// joining link are only ever in these emails and on the group's page for members.

export type MeetingDetails = { when: string; place: string; joiningLink: string; papers: string };

function meetingBlocks(ctx: EmailContext, m: MeetingDetails) {
  const { t } = emailWords(ctx);
  return [
    { paragraph: t("email.group.when", m) },
    ...(m.place ? [{ paragraph: t("email.group.where", m) }] : []),
    ...(m.joiningLink ? [{ paragraph: t("email.group.join", m) }] : []),
    ...(m.papers ? [{ paragraph: t("email.group.papers", m) }] : []),
  ];
}

export function groupInvitation(ctx: EmailContext, p: { name: string; group: string; purpose: string; groupLink: string }) {
  const { t } = emailWords(ctx);
  return renderEmail(ctx, "group-invitation", t("email.groupInvitation.subject", p), greeting(ctx, p.name), [
    { paragraph: t("email.groupInvitation.body", p) },
    { paragraph: p.purpose },
    { paragraph: t("email.groupInvitation.reply") },
    { link: p.groupLink, label: t("email.groupInvitation.link") },
  ]);
}

export function membershipAccepted(ctx: EmailContext, p: { name: string; group: string; groupLink: string }) {
  const { t } = emailWords(ctx);
  return renderEmail(ctx, "group-member", t("email.groupMember.subject", p), greeting(ctx, p.name), [
    { paragraph: t("email.groupMember.body", p) },
    { paragraph: t("email.groupMember.replies") },
    { link: p.groupLink, label: t("email.groupMember.link") },
  ]);
}

export function meetingReminder(ctx: EmailContext, p: { name: string; group: string; meeting: MeetingDetails; groupLink: string }) {
  const { t } = emailWords(ctx);
  return renderEmail(
    ctx,
    "group-meeting-reminder",
    t("email.groupReminder.subject", { group: p.group, when: p.meeting.when }),
    greeting(ctx, p.name),
    [
      { paragraph: t("email.groupReminder.body", { group: p.group }) },
      ...meetingBlocks(ctx, p.meeting),
      { paragraph: t("email.groupReminder.cannot") },
      { link: p.groupLink, label: t("email.groupReminder.link") },
    ],
  );
}

export function meetingCancelled(ctx: EmailContext, p: { name: string; group: string; when: string; groupLink: string }) {
  const { t } = emailWords(ctx);
  return renderEmail(ctx, "group-meeting-cancelled", t("email.groupCancelled.subject", p), greeting(ctx, p.name), [
    { paragraph: t("email.groupCancelled.body", p) },
    { link: p.groupLink, label: t("email.groupCancelled.link") },
  ]);
}

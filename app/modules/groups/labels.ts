import type { GroupStatus, MeetingReply, MembershipStatus } from "~db/schema/groups";
import type { Translator } from "~/modules/i18n/translate";

// Message keys for the groups' fixed lists, shared by pages and emails.

export const GROUP_STATUS_LABELS: Record<GroupStatus, string> = {
  draft: "groups.status.draft",
  active: "groups.status.active",
  ended: "groups.status.ended",
};

export const MEMBERSHIP_LABELS: Record<MembershipStatus, string> = {
  applied: "groups.membership.applied",
  invited: "groups.membership.invited",
  member: "groups.membership.member",
  declined: "groups.membership.declined",
  left: "groups.membership.left",
};

export const REPLY_LABELS: Record<MeetingReply, string> = { yes: "groups.reply.yes", maybe: "groups.reply.maybe", no: "groups.reply.no" };
export const REPLY_CHOICES = Object.keys(REPLY_LABELS) as MeetingReply[];

/** How many members a group has of each kind, in words: "4 parents and carers, 3 young people". Never names. */
export type RoleCounts = { parent_carer: number; young_person: number; professional: number };

export function membersInWords(counts: RoleCounts, t: Translator["t"]): string {
  const parts = [
    counts.parent_carer ? t("groups.members.parentCarers", { count: counts.parent_carer }) : "",
    counts.young_person ? t("groups.members.youngPeople", { count: counts.young_person }) : "",
    counts.professional ? t("groups.members.professionals", { count: counts.professional }) : "",
  ].filter(Boolean);
  return parts.length ? parts.join(", ") : t("groups.members.none");
}

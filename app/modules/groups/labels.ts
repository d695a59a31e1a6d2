import type { GroupStatus, MeetingReply, MembershipStatus } from "~db/schema/groups";

// Words for the groups' fixed lists, shared by pages and emails.

export const GROUP_STATUS_LABELS: Record<GroupStatus, string> = { draft: "Draft", active: "Meeting", ended: "Finished" };

export const MEMBERSHIP_LABELS: Record<MembershipStatus, string> = {
  applied: "Asked to join",
  invited: "Invited",
  member: "Member",
  declined: "Not joined",
  left: "Left",
};

export const REPLY_LABELS: Record<MeetingReply, string> = { yes: "I can come", maybe: "I might come", no: "I cannot come" };
export const REPLY_CHOICES = Object.keys(REPLY_LABELS) as MeetingReply[];

/** How many members a group has of each kind, in words: "4 parent carers, 3 young people". Never names. */
export type RoleCounts = { parent_carer: number; young_person: number; professional: number };

export function membersInWords(counts: RoleCounts): string {
  const parts = [
    counts.parent_carer ? `${counts.parent_carer} ${counts.parent_carer === 1 ? "parent or carer" : "parents and carers"}` : "",
    counts.young_person ? `${counts.young_person} ${counts.young_person === 1 ? "young person" : "young people"}` : "",
    counts.professional ? `${counts.professional} ${counts.professional === 1 ? "professional" : "professionals"}` : "",
  ].filter(Boolean);
  return parts.length ? parts.join(", ") : "No members yet";
}

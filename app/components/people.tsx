import type { Role } from "~db/schema/enums";

export const ROLE_DETAILS: Record<Role, { name: string; description: string }> = {
  member: { name: "Member", description: "A parent carer or young person with an account" },
  ambassador: { name: "SEND ambassador", description: "Reviews draft documents they are invited to" },
  organiser: { name: "Event organiser", description: "Runs listening events for the parent carer forum" },
  officer: { name: "Engagement officer", description: "Runs the “You said, we did” loop, surveys, reviews and the charter" },
  admin: { name: "Administrator", description: "Manages people, roles and settings" },
};

/** Whether an account can be used, as a tag with words (never colour alone). */
export function PersonStatus({ person }: { person: { deactivatedAt: string | null; emailVerifiedAt: string | null; hasPassword: boolean } }) {
  if (person.deactivatedAt) return <strong className="govuk-tag govuk-tag--grey">Deactivated</strong>;
  if (!person.emailVerifiedAt) {
    return <strong className="govuk-tag govuk-tag--yellow">{person.hasPassword ? "Email not confirmed" : "Invited"}</strong>;
  }
  return <strong className="govuk-tag govuk-tag--green">Active</strong>;
}

/** Roles an admin can give; everyone is a member already. */
export const ASSIGNABLE_ROLES = (Object.keys(ROLE_DETAILS) as Role[]).filter((role) => role !== "member");

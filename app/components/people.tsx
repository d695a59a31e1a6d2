import type { Role } from "~db/schema/enums";
import { useT } from "./i18n";

/** Message keys. */
export const ROLE_DETAILS: Record<Role, { name: string; description: string }> = {
  member: { name: "admin.role.member", description: "admin.role.member.about" },
  ambassador: { name: "admin.role.ambassador", description: "admin.role.ambassador.about" },
  organiser: { name: "admin.role.organiser", description: "admin.role.organiser.about" },
  officer: { name: "admin.role.officer", description: "admin.role.officer.about" },
  admin: { name: "admin.role.admin", description: "admin.role.admin.about" },
};

/** Whether an account can be used, as a tag with words (never colour alone). */
export function PersonStatus({ person }: { person: { deactivatedAt: string | null; emailVerifiedAt: string | null; hasPassword: boolean } }) {
  const { t } = useT();
  if (person.deactivatedAt) return <strong className="govuk-tag govuk-tag--grey">{t("admin.person.deactivated")}</strong>;
  if (!person.emailVerifiedAt) {
    return <strong className="govuk-tag govuk-tag--yellow">{person.hasPassword ? t("admin.person.unconfirmed") : t("admin.person.invited")}</strong>;
  }
  return <strong className="govuk-tag govuk-tag--green">{t("admin.person.active")}</strong>;
}

/** Roles an admin can give; everyone is a member already. */
export const ASSIGNABLE_ROLES = (Object.keys(ROLE_DETAILS) as Role[]).filter((role) => role !== "member");

import { and, eq } from "drizzle-orm";
import { groupMembers, groups, users, type AttendeeRole } from "~db/schema";
import { getDb, type DbOrTx } from "~/db.server";
import * as groupEmails from "~emails/groups";
import { enqueueEmail } from "~/modules/notifications/outbox.server";
import { emailContext, forPerson } from "~/modules/settings/area.server";
import { requestLanguage, translate, translatorFor } from "~/modules/i18n/catalogue.server";
import type { LanguageCode } from "~db/schema/enums";
import { recordConsent } from "~/modules/privacy/consent.server";
import { groupLink } from "./groups.server";

// Who is in a group. People ask to join from the group's page (signed in, so we know who they are
// and how old), or an organiser invites someone with an account; either way it takes both sides.

/** What a member agrees to, in the language they read it in. */
export function membershipConsent(language: LanguageCode = requestLanguage()) {
  return translatorFor(language).t("groups.consent");
}

type Result = { ok: true } | { ok: false; message: string };

function membershipOf(tx: DbOrTx, groupId: number, userId: string) {
  return tx
    .select()
    .from(groupMembers)
    .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId)))
    .get();
}

function activeGroup(tx: DbOrTx, groupId: number) {
  const group = tx.select().from(groups).where(eq(groups.id, groupId)).get();
  return group?.status === "active" ? group : undefined;
}

/** A signed-in person asks to join, saying in which role; the organiser decides. */
export function applyToJoin(groupId: number, userId: string, role: AttendeeRole, now = new Date()): Result {
  return getDb().transaction((tx): Result => {
    const group = activeGroup(tx, groupId);
    if (!group?.openToApplications) return { ok: false, message: translate("groups.notTaking") };
    const existing = membershipOf(tx, groupId, userId);
    if (existing?.status === "member" || existing?.status === "applied") return { ok: false, message: translate("groups.error.alreadyAsked") };
    if (existing?.status === "invited") return { ok: false, message: translate("groups.error.invitedAlready") };
    if (existing)
      tx.update(groupMembers).set({ role, status: "applied", leftAt: null, updatedAt: now }).where(eq(groupMembers.id, existing.id)).run();
    else tx.insert(groupMembers).values({ groupId, userId, role, status: "applied", createdAt: now, updatedAt: now }).run();
    return { ok: true };
  });
}

/** Invites people with accounts, by email, in one role. Unknown addresses are reported; nobody is invited twice. */
export function invite(
  groupId: number,
  emails: string[],
  role: AttendeeRole,
  now = new Date(),
): { ok: true; invited: number } | { ok: false; message: string } {
  return getDb().transaction((tx) => {
    // The invitation links to the group's page, which is public only once the group is.
    const group = activeGroup(tx, groupId);
    if (!group) return { ok: false as const, message: translate("groups.error.notActive") };
    const people = emails.map((email) => ({ email, user: tx.select().from(users).where(eq(users.email, email)).get() }));
    const missing = people.filter((p) => !p.user || p.user.deactivatedAt).map((p) => p.email);
    if (missing.length)
      return {
        ok: false as const,
        message: translate("groups.error.noAccount", { emails: missing.slice(0, 3).join(", ") }),
      };
    const ctx = emailContext(tx);
    let invited = 0;
    // Each in the language of their account.
    for (const { user } of people) {
      const existing = membershipOf(tx, groupId, user!.id);
      if (existing?.status === "member" || existing?.status === "invited") continue;
      if (existing)
        tx.update(groupMembers).set({ role, status: "invited", leftAt: null, updatedAt: now }).where(eq(groupMembers.id, existing.id)).run();
      else tx.insert(groupMembers).values({ groupId, userId: user!.id, role, status: "invited", createdAt: now, updatedAt: now }).run();
      const message = groupEmails.groupInvitation(forPerson(ctx, user!.language ?? "en"), {
        name: user!.name,
        group: group.name,
        purpose: group.purpose,
        groupLink: groupLink(groupId),
      });
      enqueueEmail(tx, user!.email, message, `group-invitation:${groupId}:${user!.id}:${now.getTime()}`);
      invited++;
    }
    return { ok: true as const, invited };
  });
}

function welcome(tx: DbOrTx, groupId: number, memberId: number, now: Date) {
  const row = tx
    .select({ userId: users.id, name: users.name, email: users.email, language: users.language, group: groups.name })
    .from(groupMembers)
    .innerJoin(users, eq(users.id, groupMembers.userId))
    .innerJoin(groups, eq(groups.id, groupMembers.groupId))
    .where(eq(groupMembers.id, memberId))
    .get();
  if (!row) return;
  tx.update(groupMembers).set({ status: "member", joinedAt: now, leftAt: null, updatedAt: now }).where(eq(groupMembers.id, memberId)).run();
  recordConsent(
    tx,
    { userId: row.userId, email: row.email, purpose: "group", record: `group_members:${memberId}`, wording: membershipConsent(row.language ?? "en") },
    now,
  );
  enqueueEmail(
    tx,
    row.email,
    groupEmails.membershipAccepted(emailContext(tx, row.language ?? "en"), { name: row.name, group: row.group, groupLink: groupLink(groupId) }),
    `group-member:${memberId}:${now.getTime()}`,
  );
}

/** The invited person says yes or no. */
export function answerInvitation(groupId: number, userId: string, accept: boolean, now = new Date()): Result {
  return getDb().transaction((tx): Result => {
    const existing = membershipOf(tx, groupId, userId);
    if (existing?.status !== "invited") return { ok: false, message: translate("groups.error.noInvitation") };
    if (!activeGroup(tx, groupId) && accept) return { ok: false, message: translate("groups.error.notMeeting") };
    if (accept) welcome(tx, groupId, existing.id, now);
    else tx.update(groupMembers).set({ status: "declined", updatedAt: now }).where(eq(groupMembers.id, existing.id)).run();
    return { ok: true };
  });
}

/** A member leaves, or withdraws their request to join. */
export function leaveGroup(groupId: number, userId: string, now = new Date()): Result {
  const existing = membershipOf(getDb(), groupId, userId);
  if (existing?.status !== "member" && existing?.status !== "applied") return { ok: false, message: translate("groups.error.notMember") };
  getDb().update(groupMembers).set({ status: "left", leftAt: now, updatedAt: now }).where(eq(groupMembers.id, existing.id)).run();
  return { ok: true };
}

/** The organiser accepts or declines a request to join, or takes someone out of the group. */
export function decideMembership(groupId: number, memberId: number, decision: "accept" | "decline" | "remove", now = new Date()): Result {
  return getDb().transaction((tx): Result => {
    const member = tx
      .select()
      .from(groupMembers)
      .where(and(eq(groupMembers.id, memberId), eq(groupMembers.groupId, groupId)))
      .get();
    if (!member) return { ok: false, message: translate("groups.error.notListed") };
    if (decision === "remove") {
      if (member.status !== "member" && member.status !== "invited") return { ok: false, message: translate("groups.error.personNotMember") };
      tx.update(groupMembers).set({ status: "left", leftAt: now, updatedAt: now }).where(eq(groupMembers.id, memberId)).run();
      return { ok: true };
    }
    if (member.status !== "applied") return { ok: false, message: translate("groups.error.answered") };
    if (decision === "accept") welcome(tx, groupId, memberId, now);
    else tx.update(groupMembers).set({ status: "declined", updatedAt: now }).where(eq(groupMembers.id, memberId)).run();
    return { ok: true };
  });
}

import { and, eq } from "drizzle-orm";
import { groupMembers, groups, users, type AttendeeRole } from "~db/schema";
import { getDb, type DbOrTx } from "~/db.server";
import * as groupEmails from "~emails/groups";
import { enqueueEmail } from "~/modules/notifications/outbox.server";
import { emailContext } from "~/modules/settings/area.server";
import { recordConsent } from "~/modules/privacy/consent.server";
import { groupLink } from "./groups.server";

// Who is in a group. People ask to join from the group's page (signed in, so we know who they are
// and how old), or an organiser invites someone with an account; either way it takes both sides.

export const MEMBERSHIP_CONSENT =
  "You are a member of this group. The organiser and officers see your name and email address to run " +
  "it; the public sees only how many members it has of each kind. You can leave at any time.";

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
    if (!group?.openToApplications) return { ok: false, message: "This group is not taking new members at the moment" };
    const existing = membershipOf(tx, groupId, userId);
    if (existing?.status === "member" || existing?.status === "applied") return { ok: false, message: "You have already asked to join this group" };
    if (existing?.status === "invited") return { ok: false, message: "You have been invited: say yes to the invitation instead" };
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
    if (!group) return { ok: false as const, message: "Publish the group before inviting people; a group that has finished takes nobody new" };
    const people = emails.map((email) => ({ email, user: tx.select().from(users).where(eq(users.email, email)).get() }));
    const missing = people.filter((p) => !p.user || p.user.deactivatedAt).map((p) => p.email);
    if (missing.length)
      return {
        ok: false as const,
        message: `Nobody with an account uses ${missing.slice(0, 3).join(", ")}. Ask them to sign up first, or check the address.`,
      };
    const ctx = emailContext(tx);
    let invited = 0;
    for (const { user } of people) {
      const existing = membershipOf(tx, groupId, user!.id);
      if (existing?.status === "member" || existing?.status === "invited") continue;
      if (existing)
        tx.update(groupMembers).set({ role, status: "invited", leftAt: null, updatedAt: now }).where(eq(groupMembers.id, existing.id)).run();
      else tx.insert(groupMembers).values({ groupId, userId: user!.id, role, status: "invited", createdAt: now, updatedAt: now }).run();
      const message = groupEmails.groupInvitation(ctx, {
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
    .select({ userId: users.id, name: users.name, email: users.email, group: groups.name })
    .from(groupMembers)
    .innerJoin(users, eq(users.id, groupMembers.userId))
    .innerJoin(groups, eq(groups.id, groupMembers.groupId))
    .where(eq(groupMembers.id, memberId))
    .get();
  if (!row) return;
  tx.update(groupMembers).set({ status: "member", joinedAt: now, leftAt: null, updatedAt: now }).where(eq(groupMembers.id, memberId)).run();
  recordConsent(
    tx,
    { userId: row.userId, email: row.email, purpose: "group", record: `group_members:${memberId}`, wording: MEMBERSHIP_CONSENT },
    now,
  );
  enqueueEmail(
    tx,
    row.email,
    groupEmails.membershipAccepted(emailContext(tx), { name: row.name, group: row.group, groupLink: groupLink(groupId) }),
    `group-member:${memberId}:${now.getTime()}`,
  );
}

/** The invited person says yes or no. */
export function answerInvitation(groupId: number, userId: string, accept: boolean, now = new Date()): Result {
  return getDb().transaction((tx): Result => {
    const existing = membershipOf(tx, groupId, userId);
    if (existing?.status !== "invited") return { ok: false, message: "There is no invitation waiting for you in this group" };
    if (!activeGroup(tx, groupId) && accept) return { ok: false, message: "This group is not meeting at the moment" };
    if (accept) welcome(tx, groupId, existing.id, now);
    else tx.update(groupMembers).set({ status: "declined", updatedAt: now }).where(eq(groupMembers.id, existing.id)).run();
    return { ok: true };
  });
}

/** A member leaves, or withdraws their request to join. */
export function leaveGroup(groupId: number, userId: string, now = new Date()): Result {
  const existing = membershipOf(getDb(), groupId, userId);
  if (existing?.status !== "member" && existing?.status !== "applied") return { ok: false, message: "You are not a member of this group" };
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
    if (!member) return { ok: false, message: "That person is not in this group's list" };
    if (decision === "remove") {
      if (member.status !== "member" && member.status !== "invited") return { ok: false, message: "That person is not a member" };
      tx.update(groupMembers).set({ status: "left", leftAt: now, updatedAt: now }).where(eq(groupMembers.id, memberId)).run();
      return { ok: true };
    }
    if (member.status !== "applied") return { ok: false, message: "That request has already been answered" };
    if (decision === "accept") welcome(tx, groupId, memberId, now);
    else tx.update(groupMembers).set({ status: "declined", updatedAt: now }).where(eq(groupMembers.id, memberId)).run();
    return { ok: true };
  });
}

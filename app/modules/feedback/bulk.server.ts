import { count, eq, inArray } from "drizzle-orm";
import { translate } from "~/modules/i18n/catalogue.server";
import { z } from "zod";
import {
  outbox,
  strategyActions,
  themes,
  suggestionActions,
  suggestions,
  SUGGESTION_STATUSES,
  topics,
  users,
  type SuggestionStatus,
} from "~db/schema";
import { listActionChoices } from "~/modules/strategy/strategy.server";
import { idList, parseForm, textField, type FieldErrors } from "~/utils/validation.server";
import { listTopics } from "./topics.server";
import { listAssignees } from "./triage.server";
import { getDb } from "~/db.server";
import { assign, changeStatus, linkToActions, setPublicWording, setTopic } from "./changes.server";
import { attachItems, themeChoices } from "~/modules/themes/themes.server";
import { reference } from "./reference";
import { STATUS_WORDS } from "./statuses";
import { MOST_AT_ONCE } from "./most-at-once";
import { counted } from "~/utils/words";

// One change to many suggestions at once, for an officer with a big event's or survey's worth of
// them. Each suggestion goes through the same change as on its own page (its timeline entry, its
// audit record, every follower's email), and the whole step is one transaction: if any one of them
// cannot take the change, none does, and the officer is told which and why.

export type BulkChange =
  | { kind: "actions"; actionId: number }
  | { kind: "topic"; topicId: number | null }
  | { kind: "assign"; assigneeId: string | null }
  | { kind: "status"; status: SuggestionStatus; note: string; outcome: string }
  | { kind: "wording"; wording: string }
  | { kind: "theme"; themeId: number };

export type BulkResult = { ok: true; changed: number; emails: number; awaitingForum: number; said: string } | { ok: false; message: string };

class Refused extends Error {}

/** What a change did, in words after "37 suggestions": "linked to action 2.3". */
function madeTo(change: BulkChange): string {
  const db = getDb();
  switch (change.kind) {
    case "actions": {
      const action = db.select({ code: strategyActions.code }).from(strategyActions).where(eq(strategyActions.id, change.actionId)).get();
      return `linked to action ${action?.code ?? ""}`;
    }
    case "topic": {
      if (!change.topicId) return "with no topic now";
      const topic = db.select({ name: topics.name }).from(topics).where(eq(topics.id, change.topicId)).get();
      return `given the topic ${topic?.name ?? ""}`;
    }
    case "assign": {
      if (!change.assigneeId) return "with nobody assigned";
      const officer = db.select({ name: users.name }).from(users).where(eq(users.id, change.assigneeId)).get();
      return `assigned to ${officer?.name ?? ""}`;
    }
    case "status":
      return `moved to ${translate(STATUS_WORDS[change.status])}`;
    case "wording":
      return "given the public wording";
    case "theme": {
      const theme = db.select({ name: themes.name }).from(themes).where(eq(themes.id, change.themeId)).get();
      return `added to the theme “${theme?.name ?? ""}”`;
    }
  }
}

export function changeMany(ids: number[], change: BulkChange, officer: { id: string; name: string }): BulkResult {
  const officerId = officer.id;
  const chosen = [...new Set(ids)];
  if (!chosen.length) return { ok: false, message: "Choose at least one suggestion" };
  if (chosen.length > MOST_AT_ONCE) return { ok: false, message: `Change at most ${MOST_AT_ONCE.toLocaleString("en-GB")} suggestions at once` };
  const db = getDb();
  const found = db.select({ id: suggestions.id }).from(suggestions).where(inArray(suggestions.id, chosen)).all();
  if (found.length !== chosen.length) return { ok: false, message: "Some of the chosen suggestions no longer exist. Reload the list and try again." };
  const queued = () => db.select({ n: count() }).from(outbox).get()!.n;
  const before = queued();
  let awaitingForum = 0;
  try {
    db.transaction(() => {
      // A theme takes them all in one step, with one line in its history.
      if (change.kind === "theme") {
        const attached = attachItems(
          change.themeId,
          chosen.map((id) => ({ kind: "suggestion" as const, key: String(id) })),
          officer,
        );
        if (!attached.ok) throw new Refused(`${attached.message}. Nothing has been changed.`);
        return;
      }
      for (const id of chosen) {
        if (change.kind === "actions") {
          const linked = db
            .select({ actionId: suggestionActions.actionId })
            .from(suggestionActions)
            .where(eq(suggestionActions.suggestionId, id))
            .all()
            .map((l) => l.actionId);
          if (!linked.includes(change.actionId)) linkToActions(id, [...linked, change.actionId], officerId);
        } else if (change.kind === "topic") setTopic(id, change.topicId, officerId);
        else if (change.kind === "assign") assign(id, change.assigneeId, officerId);
        else if (change.kind === "wording") setPublicWording(id, change.wording, officerId);
        else {
          const result = changeStatus({ id, status: change.status, note: change.note, outcome: change.outcome, officerId });
          if (!result.ok) throw new Refused(`${reference(id)}: ${result.message}. Untick it and try again; nothing has been changed.`);
          if (result.awaitingForum) awaitingForum++;
        }
      }
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, message: error.message };
    throw error;
  }
  const emails = queued() - before;
  const what = `${counted(chosen.length, "suggestion", "suggestions")} ${madeTo(change)}`;
  const forum = awaitingForum ? `; ${counted(awaitingForum, "outcome waits", "outcomes wait")} for the parent carer forum to agree` : "";
  return {
    ok: true,
    changed: chosen.length,
    emails,
    awaitingForum,
    said: `${what}; ${counted(emails, "person", "people")} will be emailed${forum}.`,
  };
}

const BULK_ACTIONS = ["actions", "topic", "assign", "status", "wording", "theme"] as const;

const bulkSchema = z.object({
  ids: idList(),
  allMatching: z.preprocess((v) => v === "yes", z.boolean()),
  what: z.enum(BULK_ACTIONS, { message: "Choose what to do with the chosen suggestions" }),
  actionId: z.preprocess(
    (v) => (v === "" || v === undefined ? null : v),
    z.coerce.number({ message: "Choose an action from the list" }).int().positive().nullable(),
  ),
  topicId: z.preprocess(
    (v) => (v === "" || v === undefined ? null : v),
    z.coerce.number({ message: "Choose a topic from the list" }).int().positive().nullable(),
  ),
  assignee: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.string().max(40).nullable()),
  status: z.preprocess((v) => (v === "" ? undefined : v), z.enum(SUGGESTION_STATUSES, { message: "Choose the new status" }).optional()),
  note: textField("Public note", { max: 2000, required: false, multiline: true }),
  wording: textField("Public wording", { max: 1000, required: false, multiline: true }),
  themeId: z.preprocess(
    (v) => (v === "" || v === undefined ? null : v),
    z.coerce.number({ message: "Choose a theme from the list" }).int().positive().nullable(),
  ),
  outcome: textField("Outcome", { max: 3000, required: false, multiline: true }),
});

/** The bulk form on the triage queue: which suggestions, and the one change for all of them. */
export function readBulkForm(
  formData: FormData,
): { ok: true; ids: number[]; allMatching: boolean; change: BulkChange } | { ok: false; errors: FieldErrors } {
  const parsed = parseForm(formData, bulkSchema);
  if (!parsed.ok) return parsed;
  const d = parsed.data;
  if (!d.allMatching && !d.ids.length)
    return { ok: false, errors: { allMatching: "Tick at least one suggestion, or choose all that match the filter" } };
  const chosen = { ids: d.ids, allMatching: d.allMatching };
  if (d.what === "actions") {
    if (!d.actionId || !listActionChoices().some((a) => a.id === d.actionId))
      return { ok: false, errors: { actionId: "Choose the strategy action to link them to" } };
    return { ok: true, ...chosen, change: { kind: "actions", actionId: d.actionId } };
  }
  if (d.what === "topic") {
    if (d.topicId && !listTopics(true).some((t) => t.id === d.topicId)) return { ok: false, errors: { topicId: "Choose a topic from the list" } };
    return { ok: true, ...chosen, change: { kind: "topic", topicId: d.topicId } };
  }
  if (d.what === "assign") {
    if (d.assignee && !listAssignees().some((a) => a.id === d.assignee))
      return { ok: false, errors: { assignee: "Choose an officer from the list" } };
    return { ok: true, ...chosen, change: { kind: "assign", assigneeId: d.assignee } };
  }
  if (d.what === "wording") {
    if (!d.wording) return { ok: false, errors: { wording: "Enter the public wording to give them" } };
    return { ok: true, ...chosen, change: { kind: "wording", wording: d.wording } };
  }
  if (d.what === "theme") {
    if (!d.themeId || !themeChoices().some((t) => t.id === d.themeId)) return { ok: false, errors: { themeId: "Choose the theme to add them to" } };
    return { ok: true, ...chosen, change: { kind: "theme", themeId: d.themeId } };
  }
  if (!d.status || d.status === "received" || d.status === "merged") return { ok: false, errors: { status: "Choose the new status" } };
  return { ok: true, ...chosen, change: { kind: "status", status: d.status, note: d.note, outcome: d.outcome } };
}

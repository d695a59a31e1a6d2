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
      return translate("triage.bulk.madeTo.actions", { code: action?.code ?? "" });
    }
    case "topic": {
      if (!change.topicId) return translate("triage.bulk.madeTo.noTopic");
      const topic = db.select({ name: topics.name }).from(topics).where(eq(topics.id, change.topicId)).get();
      return translate("triage.bulk.madeTo.topic", { topic: topic?.name ?? "" });
    }
    case "assign": {
      if (!change.assigneeId) return translate("triage.bulk.madeTo.nobody");
      const officer = db.select({ name: users.name }).from(users).where(eq(users.id, change.assigneeId)).get();
      return translate("triage.bulk.madeTo.assign", { name: officer?.name ?? "" });
    }
    case "status":
      return translate("triage.bulk.madeTo.status", { status: translate(STATUS_WORDS[change.status]) });
    case "wording":
      return translate("triage.bulk.madeTo.wording");
    case "theme": {
      const theme = db.select({ name: themes.name }).from(themes).where(eq(themes.id, change.themeId)).get();
      return translate("triage.bulk.madeTo.theme", { theme: theme?.name ?? "" });
    }
  }
}

export function changeMany(ids: number[], change: BulkChange, officer: { id: string; name: string }): BulkResult {
  const officerId = officer.id;
  const chosen = [...new Set(ids)];
  if (!chosen.length) return { ok: false, message: translate("triage.bulk.chooseOne") };
  if (chosen.length > MOST_AT_ONCE) return { ok: false, message: translate("triage.bulk.atMost", { most: MOST_AT_ONCE }) };
  const db = getDb();
  const found = db.select({ id: suggestions.id }).from(suggestions).where(inArray(suggestions.id, chosen)).all();
  if (found.length !== chosen.length) return { ok: false, message: translate("triage.bulk.gone") };
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
        if (!attached.ok) throw new Refused(translate("triage.bulk.themeRefused", { problem: attached.message }));
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
          if (!result.ok) throw new Refused(translate("triage.bulk.refused", { reference: reference(id), problem: result.message }));
          if (result.awaitingForum) awaitingForum++;
        }
      }
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, message: error.message };
    throw error;
  }
  const emails = queued() - before;
  const what = translate("triage.bulk.what", { count: chosen.length, change: madeTo(change) });
  const forum = awaitingForum ? translate("triage.bulk.forum", { count: awaitingForum }) : "";
  return {
    ok: true,
    changed: chosen.length,
    emails,
    awaitingForum,
    said: translate("triage.bulk.said", { what, count: emails, forum }),
  };
}

const BULK_ACTIONS = ["actions", "topic", "assign", "status", "wording", "theme"] as const;

const bulkSchema = () =>
  z.object({
    ids: idList(),
    allMatching: z.preprocess((v) => v === "yes", z.boolean()),
    what: z.enum(BULK_ACTIONS, { message: translate("triage.bulk.whatRequired") }),
    actionId: z.preprocess(
      (v) => (v === "" || v === undefined ? null : v),
      z.coerce
        .number({ message: translate("triage.bulk.actionFromList") })
        .int()
        .positive()
        .nullable(),
    ),
    topicId: z.preprocess(
      (v) => (v === "" || v === undefined ? null : v),
      z.coerce
        .number({ message: translate("triage.bulk.topicFromList") })
        .int()
        .positive()
        .nullable(),
    ),
    assignee: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.string().max(40).nullable()),
    status: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z.enum(SUGGESTION_STATUSES, { message: translate("triage.bulk.statusRequired") }).optional(),
    ),
    note: textField(translate("triage.bulk.noteName"), { max: 2000, required: false, multiline: true }),
    wording: textField(translate("triage.bulk.wordingName"), { max: 1000, required: false, multiline: true }),
    themeId: z.preprocess(
      (v) => (v === "" || v === undefined ? null : v),
      z.coerce
        .number({ message: translate("triage.bulk.themeFromList") })
        .int()
        .positive()
        .nullable(),
    ),
    outcome: textField(translate("triage.bulk.outcomeName"), { max: 3000, required: false, multiline: true }),
  });

/** The bulk form on the triage queue: which suggestions, and the one change for all of them. */
export function readBulkForm(
  formData: FormData,
): { ok: true; ids: number[]; allMatching: boolean; change: BulkChange } | { ok: false; errors: FieldErrors } {
  const parsed = parseForm(formData, bulkSchema());
  if (!parsed.ok) return parsed;
  const d = parsed.data;
  if (!d.allMatching && !d.ids.length) return { ok: false, errors: { allMatching: translate("triage.bulk.tickOne") } };
  const chosen = { ids: d.ids, allMatching: d.allMatching };
  if (d.what === "actions") {
    if (!d.actionId || !listActionChoices().some((a) => a.id === d.actionId))
      return { ok: false, errors: { actionId: translate("triage.bulk.actionRequired") } };
    return { ok: true, ...chosen, change: { kind: "actions", actionId: d.actionId } };
  }
  if (d.what === "topic") {
    if (d.topicId && !listTopics(true).some((t) => t.id === d.topicId))
      return { ok: false, errors: { topicId: translate("triage.bulk.topicFromList") } };
    return { ok: true, ...chosen, change: { kind: "topic", topicId: d.topicId } };
  }
  if (d.what === "assign") {
    if (d.assignee && !listAssignees().some((a) => a.id === d.assignee))
      return { ok: false, errors: { assignee: translate("triage.bulk.officerFromList") } };
    return { ok: true, ...chosen, change: { kind: "assign", assigneeId: d.assignee } };
  }
  if (d.what === "wording") {
    if (!d.wording) return { ok: false, errors: { wording: translate("triage.bulk.wordingRequired") } };
    return { ok: true, ...chosen, change: { kind: "wording", wording: d.wording } };
  }
  if (d.what === "theme") {
    if (!d.themeId || !themeChoices().some((t) => t.id === d.themeId))
      return { ok: false, errors: { themeId: translate("manage.reviews.round.chooseTheme") } };
    return { ok: true, ...chosen, change: { kind: "theme", themeId: d.themeId } };
  }
  if (!d.status || d.status === "received" || d.status === "merged")
    return { ok: false, errors: { status: translate("triage.bulk.statusRequired") } };
  return { ok: true, ...chosen, change: { kind: "status", status: d.status, note: d.note, outcome: d.outcome } };
}

import { eq, inArray } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { outbox, suggestionActions, suggestions, suggestionTimeline } from "~db/schema";
import { getDb } from "~/db.server";
import { createAccount } from "~/modules/auth/accounts.server";
import { updateAreaSettings } from "~/modules/settings/area.server";
import { addAction, createStrategy } from "~/modules/strategy/strategy.server";
import { changeMany } from "./bulk.server";
import { changeStatus, linkToActions, merge } from "./changes.server";
import { makeSuggestion } from "./suggestions.server";

let officer: string;
let actionA: number;
let actionB: number;

const suggestion = (n: number) =>
  makeSuggestion({
    body: `Private words ${n}`,
    topicId: null,
    contributorKind: "parent_carer",
    name: null,
    email: `parent${n}@example.org`,
    userId: null,
  }).id;
const statusOf = (ids: number[]) =>
  getDb()
    .select({ status: suggestions.status })
    .from(suggestions)
    .where(inArray(suggestions.id, ids))
    .all()
    .map((s) => s.status);
const asOfficer = () => ({ id: officer, name: "Olu Officer" });
const emails = () => getDb().select().from(outbox).all();

beforeAll(async () => {
  updateAreaSettings({ areaName: "Testshire", contactEmail: "help@example.org", responseDays: 20, forumName: "Testshire Parent Carers" });
  officer = await createAccount({ name: "Olu Officer", email: "olu@example.org", password: "purple kettle river", roles: ["officer"] });
  const strategy = createStrategy({ name: "Strategy", period: "2025 to 2027", summary: "Our plan." });
  const action = (code: string) => {
    const made = addAction(
      strategy,
      { area: "Area 2", code, title: `Action ${code}`, how: "", measures: "", lead: "", dueDate: null, participationLevel: null, status: "on_track" },
      officer,
    );
    if (!made.ok) throw new Error(made.message);
    return made.id;
  };
  actionA = action("2.3");
  actionB = action("2.4");
});

beforeEach(() => getDb().delete(outbox).run());

describe("changing many suggestions at once", () => {
  it("moves each one as its own page would: a timeline entry each, and each contributor emailed once", () => {
    const ids = [suggestion(1), suggestion(2), suggestion(3)];
    getDb().delete(outbox).run(); // the receipts
    const result = changeMany(ids, { kind: "status", status: "planned", note: "In the plan for spring.", outcome: "" }, asOfficer());
    expect(result).toEqual({ ok: true, changed: 3, emails: 3, awaitingForum: 0, said: "3 suggestions moved to planned; 3 people will be emailed." });
    expect(statusOf(ids)).toEqual(["planned", "planned", "planned"]);
    for (const id of ids) {
      const entries = getDb().select().from(suggestionTimeline).where(eq(suggestionTimeline.suggestionId, id)).all();
      expect(entries.map((e) => e.publicNote)).toContain("In the plan for spring.");
    }
    expect(
      emails()
        .map((e) => e.toAddress)
        .sort(),
    ).toEqual(["parent1@example.org", "parent2@example.org", "parent3@example.org"]);
  });

  it("is all or nothing: one that cannot take the change stops every change and every email", () => {
    const ids = [suggestion(4), suggestion(5), suggestion(6)];
    const finished = suggestion(7);
    expect(changeStatus({ id: finished, status: "done", note: "", outcome: "Done already.", officerId: officer }).ok).toBe(true);
    getDb().delete(outbox).run();
    const result = changeMany([...ids, finished], { kind: "status", status: "planned", note: "", outcome: "" }, asOfficer());
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(
      /^YS-\d+: A suggestion that is done cannot move to planned\. Untick it and try again; nothing has been changed\.$/,
    );
    expect(statusOf(ids)).toEqual(["received", "received", "received"]);
    expect(emails()).toEqual([]);
  });

  it("refuses merged suggestions and ones that no longer exist", () => {
    const [kept, duplicate] = [suggestion(8), suggestion(9)];
    merge({ id: duplicate, intoId: kept, note: "", officerId: officer });
    expect(changeMany([kept, duplicate], { kind: "status", status: "under_review", note: "", outcome: "" }, asOfficer()).ok).toBe(false);
    expect(changeMany([kept, 999_999], { kind: "topic", topicId: null }, asOfficer())).toEqual({
      ok: false,
      message: "Some of the chosen suggestions no longer exist. Reload the list and try again.",
    });
    expect(changeMany([], { kind: "topic", topicId: null }, asOfficer())).toEqual({ ok: false, message: "Choose at least one suggestion" });
  });

  it("adds a strategy action to each, keeping the actions it was already linked to", () => {
    const [first, second] = [suggestion(10), suggestion(11)];
    linkToActions(first, [actionB], officer);
    const result = changeMany([first, second], { kind: "actions", actionId: actionA }, asOfficer());
    expect(result.ok && result.said).toBe("2 suggestions linked to action 2.3; 0 people will be emailed.");
    const linked = (id: number) =>
      getDb()
        .select({ actionId: suggestionActions.actionId })
        .from(suggestionActions)
        .where(eq(suggestionActions.suggestionId, id))
        .all()
        .map((l) => l.actionId)
        .sort();
    expect(linked(first)).toEqual([actionA, actionB].sort());
    expect(linked(second)).toEqual([actionA]);
  });
});

import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "~db/schema";
import { getDb } from "~/db.server";
import { createAccount } from "~/modules/auth/accounts.server";
import { changeStatus, setPublicWording } from "~/modules/feedback/changes.server";
import { makeSuggestion } from "~/modules/feedback/suggestions.server";
import { actAs } from "./actor.server";
import { auditCsv, recordAudit, searchAudit } from "./audit.server";

let officer = { id: "", name: "Priya Officer" };

beforeAll(async () => {
  officer = {
    id: await createAccount({ name: officer.name, email: "officer@example.org", password: "a long enough password", roles: ["officer"] }),
    name: officer.name,
  };
});

describe("the audit trail", () => {
  it("records what an officer changes, with before and after, and nothing a member does", () => {
    const { id } = makeSuggestion({
      body: "Private words from Ann Example",
      topicId: null,
      contributorKind: "parent_carer",
      name: "Ann Example",
      email: "ann@example.org",
      userId: null,
    });
    expect(searchAudit({}).total).toBe(0);
    actAs(officer, () => {
      setPublicWording(id, "More holiday clubs", officer.id);
      changeStatus({ id, status: "under_review", note: "Looking at it", officerId: officer.id });
    });
    const { entries } = searchAudit({ q: `suggestions:${id}` });
    expect(entries.map((e) => [e.actorName, e.action, e.subject])).toEqual([
      [officer.name, "update", `suggestions:${id}`],
      [officer.name, "update", `suggestions:${id}`],
    ]);
    expect(entries[0]!.changes).toContainEqual({ field: "status", before: "received", after: "under_review" });
    expect(entries[1]!.changes).toContainEqual({ field: "public_wording", before: "", after: "More holiday clubs" });
    // No personal details in the trail.
    const everything = JSON.stringify(getDb().select().from(auditLog).all());
    expect(everything).not.toContain("ann@example.org");
    expect(everything).not.toContain("Ann Example");
  });

  it("records exports by name, searches and exports itself, and refuses any change to a row", () => {
    actAs(officer, () => recordAudit("export", "survey-responses:3"));
    expect(searchAudit({ q: "export" }).entries[0]).toMatchObject({ actorName: officer.name, subject: "survey-responses:3" });
    expect(auditCsv({ q: "export" }).split("\n")[0]).toBe("When,Who,Action,Record,Before,After");
    const refusal = (change: () => unknown) => {
      try {
        change();
      } catch (error) {
        return String((error as Error).cause ?? error);
      }
      return "allowed";
    };
    expect(refusal(() => getDb().run(sql`update audit_log set actor_name = 'someone else'`))).toMatch(/The audit log cannot be changed/);
    expect(refusal(() => getDb().run(sql`delete from audit_log`))).toMatch(/The audit log cannot be changed/);
    expect(searchAudit({}).total).toBe(3);
  });
});

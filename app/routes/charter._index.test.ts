import { describe, expect, it } from "vitest";
import { charterSignatures, charterVersions } from "~db/schema";
import { getDb } from "~/db.server";
import { docFromPlainText } from "~/modules/richtext/document";
import { publishDraft, saveDraft } from "~/modules/charter/charter.server";
import { loader } from "./charter._index";

async function charterPage(query: string) {
  const response = await loader({ request: new Request(`http://localhost/charter${query}`), params: {}, context: {} as never });
  return (await response.json()) as { charter: { total: number; listed: { name: string }[] }; page: number; pages: number };
}

describe("the charter page", () => {
  it("lists a hundred names a page, in the order they signed, and any page asked for is one that exists", async () => {
    saveDraft(docFromPlainText("We commit to working together."), "");
    publishDraft();
    const version = getDb().select({ id: charterVersions.id }).from(charterVersions).get()!.id;
    const now = Date.now();
    getDb()
      .insert(charterSignatures)
      .values(
        Array.from({ length: 201 }, (_, i) => ({
          versionId: version,
          name: `Signer ${String(i + 1).padStart(3, "0")}`,
          email: `signer${i}@example.org`,
          kind: "parent_carer" as const,
          listPublicly: true,
          consentWording: "I agree.",
          status: "confirmed" as const,
          confirmTokenHash: `confirm${i}`,
          manageToken: `manage${i}`,
          createdAt: new Date(now),
          confirmedAt: new Date(now + i * 1000),
        })),
      )
      .run();

    const first = await charterPage("");
    expect(first.charter.total).toBe(201);
    expect([first.page, first.pages, first.charter.listed.length]).toEqual([1, 3, 100]);
    expect(first.charter.listed[0]!.name).toBe("Signer 001");
    const last = await charterPage("?page=3");
    expect(last.charter.listed.map((s) => s.name)).toEqual(["Signer 201"]);
    expect((await charterPage("?page=99")).page).toBe(3);
    expect((await charterPage("?page=abc")).page).toBe(1);
  });
});

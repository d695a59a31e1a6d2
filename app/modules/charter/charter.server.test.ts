import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { outbox } from "~db/schema";
import { getDb } from "~/db.server";
import { docFromPlainText } from "~/modules/richtext/document";
import {
  addCommitment,
  addEvidence,
  confirmSignature,
  evidenceByCommitment,
  findSignature,
  listCommitments,
  publicCharter,
  publishDraft,
  saveDraft,
  sign,
  withdrawSignature,
} from "./charter.server";

const mail = (to: string) => getDb().select().from(outbox).where(eq(outbox.toAddress, to)).all();
const tokenIn = (text: string, path: string) => text.match(new RegExp(`${path}(\\S+)`))![1]!;

function signAndConfirm(email: string, kind: "parent_carer" | "young_person" | "organisation" = "parent_carer", listPublicly = true) {
  expect(
    sign({
      name: `Name ${email.split("@")[0]}`,
      email,
      kind,
      organisation: kind === "organisation" ? "Parents Together" : "",
      listPublicly,
      userId: null,
    }),
  ).toEqual({ status: "check-email" });
  const confirmEmail = mail(email).at(-1)!;
  return confirmSignature(tokenIn(confirmEmail.textBody, "/charter/confirm/"));
}

beforeEach(() => getDb().delete(outbox).run());

describe("the charter", () => {
  it("counts a signature only once it is confirmed, lists only those who agreed, and never young people's names", () => {
    expect(publicCharter()).toBeUndefined();
    saveDraft(docFromPlainText("We commit to working together."), "");
    publishDraft();
    sign({ name: "Unconfirmed Person", email: "unconfirmed@example.org", kind: "parent_carer", organisation: "", listPublicly: true, userId: null });
    expect(publicCharter()!.total).toBe(0);

    expect(signAndConfirm("parent@example.org")).toEqual({ ok: true });
    signAndConfirm("young@example.org", "young_person");
    signAndConfirm("private@example.org", "parent_carer", false);
    signAndConfirm("org@example.org", "organisation");
    const charter = publicCharter()!;
    expect(charter.total).toBe(4);
    expect(charter.counts).toEqual({ parent_carer: 2, young_person: 1, professional: 0, organisation: 1 });
    expect(charter.listed.map((s) => s.name)).toEqual(["Name parent", "Name org"]);
    expect(JSON.stringify(charter)).not.toContain('@example.org"');
    expect(mail("parent@example.org").some((m) => m.subject === "Thank you for signing the co-production charter")).toBe(true);
  });

  it("answers a second signature on the same version as the first, counts it once, tells the address by email, and lets a signer withdraw", () => {
    const before = publicCharter()!.total;
    getDb().delete(outbox).run();
    // The same answer as for an address that has not signed: the page does not tell who has.
    expect(sign({ name: "Again", email: "parent@example.org", kind: "parent_carer", organisation: "", listPublicly: true, userId: null })).toEqual({
      status: "check-email",
    });
    expect(sign({ name: "New", email: "not-yet@example.org", kind: "parent_carer", organisation: "", listPublicly: true, userId: null })).toEqual({
      status: "check-email",
    });
    expect(mail("parent@example.org").map((m) => m.subject)).toEqual(["You have already signed the co-production charter"]);
    expect(publicCharter()!.total).toBe(before);
    getDb().delete(outbox).run();
    signAndConfirm("leaver@example.org");
    const thanks = mail("leaver@example.org").find((m) => m.subject.startsWith("Thank you"))!;
    const manage = tokenIn(thanks.textBody, "/charter/signature/");
    expect(findSignature(manage)!.status).toBe("confirmed");
    expect(withdrawSignature(manage)).toEqual({ ok: true });
    expect(publicCharter()!.listed.map((s) => s.name)).not.toContain("Name leaver");
    expect(withdrawSignature(manage)).toEqual({ ok: false });
  });

  it("publishes a new version and invites earlier signers to sign again, once each", () => {
    saveDraft(docFromPlainText("We commit to working together, and to reporting back."), "Added reporting back.");
    expect(publishDraft()).toEqual({ ok: true, invited: 4 });
    expect(publicCharter()!.version.number).toBe(2);
    expect(publicCharter()!.total).toBe(0);
    const invite = mail("parent@example.org").find((m) => m.subject.startsWith("The co-production charter has changed"))!;
    expect(invite.textBody).toContain("Added reporting back.");
    expect(mail("leaver@example.org").some((m) => m.subject.startsWith("The co-production charter has changed"))).toBe(false);
    // They can sign the new version; the page shows which version each person signed.
    signAndConfirm("parent@example.org");
    const listed = publicCharter()!.listed;
    expect(listed.find((s) => s.name === "Name parent")!.version).toBe(2);
    expect(listed.find((s) => s.name === "Name org")!.version).toBe(1);
  });

  it("keeps dated evidence for each commitment", () => {
    addCommitment("We will always report back to everyone who took part.");
    const [commitment] = listCommitments();
    expect(
      addEvidence({
        commitmentId: commitment!.id,
        date: "2026-10-01",
        note: "Outcomes page for the short breaks event.",
        link: "/events/1/outcomes",
        createdBy: null,
      }),
    ).toBe(true);
    expect(addEvidence({ commitmentId: 9999, date: "2026-10-01", note: "Nowhere", link: "", createdBy: null })).toBe(false);
    expect(evidenceByCommitment()[0]!.evidence).toEqual([
      { id: expect.any(Number), date: "2026-10-01", note: "Outcomes page for the short breaks event.", link: "/events/1/outcomes" },
    ]);
  });
});

// The demo local area's example of this kind of activity, added by the seed (db/seed.ts) through the
// activity registry, in registry order.
import path from "node:path";
import { getDb } from "~/db.server";
import fs from "node:fs";
import { findUserByEmail } from "~/modules/auth/accounts.server";
import { addCommitment, addEvidence, listCommitments, publishDraft, saveDraft, sign } from "./charter.server";
import { charterSignatures, type SignatoryKind } from "~db/schema";
import { CHARTER_COMMITMENTS } from "~db/seed-data/charter";
import { docFromPlainText } from "~/modules/richtext/document";

/** North Somerset's co-production charter, its partner signatories and some evidence of it being kept. */
export function seedCharter(officerId: string) {
  saveDraft(docFromPlainText(fs.readFileSync(path.resolve("db/seed-data/charter.txt"), "utf8")), "");
  publishDraft();
  for (const commitment of CHARTER_COMMITMENTS) addCommitment(commitment);
  const partners: [string, string, SignatoryKind][] = [
    ["Kenton Mee", "North Somerset Parent Carers Working Together", "organisation"],
    ["Sarah Trevitt", "Supportive Parents", "organisation"],
    ["Liz Kelly", "Bridging the Gap", "organisation"],
    ["Sheila Smith", "North Somerset Council", "professional"],
    ["Rachel Evans", "", "parent_carer"],
  ];
  // Rachel Evans signed while signed in to her account.
  const rachel = findUserByEmail("parent1@northsomerset.example")!;
  partners.forEach(([name, organisation, kind], i) => {
    const account = name === rachel.name ? rachel : null;
    sign({
      name,
      email: account?.email ?? `signatory${i}@northsomerset.example`,
      kind,
      organisation,
      listPublicly: true,
      userId: account?.id ?? null,
    });
  });
  // Confirm them as if each had followed their link.
  getDb().update(charterSignatures).set({ status: "confirmed", confirmedAt: new Date() }).run();
  const [first, , , , , , , , , , , , reportBack] = listCommitments();
  addEvidence({
    commitmentId: first!.id,
    date: new Date().toISOString().slice(0, 10),
    note: "Parents helped plan the short breaks listening event before its date or agenda was set.",
    link: "/events",
    createdBy: officerId,
  });
  addEvidence({
    commitmentId: reportBack!.id,
    date: new Date().toISOString().slice(0, 10),
    note: "What we heard at the physical impairment and medical support event was published with what is happening to each point.",
    link: "/you-said-we-did",
    createdBy: officerId,
  });
}

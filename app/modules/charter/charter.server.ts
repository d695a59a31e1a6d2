import crypto from "node:crypto";
import { and, asc, count, desc, eq, isNotNull, ne, sql } from "drizzle-orm";
import { charterCommitments, charterEvidence, charterSignatures, charterVersions, type SignatoryKind } from "~db/schema";
import { memoByVersionFor } from "~/utils/content-version.server";
import { getDb } from "~/db.server";
import { config } from "~/config.server";
import * as charterEmails from "~emails/charter";
import { enqueueEmail } from "~/modules/notifications/outbox.server";
import { emailContext, forPerson } from "~/modules/settings/area.server";
import type { LanguageCode } from "~db/schema/enums";
import { localise } from "~/modules/i18n/content.server";
import { requestLanguage, translatorFor } from "~/modules/i18n/catalogue.server";
import { renderRichText, type RichDoc } from "~/modules/richtext/document";
import { parseRichText } from "~/modules/richtext/validate.server";
import { recordConsent } from "~/modules/privacy/consent.server";

/** What people agree to when they sign, in the language they read it in (kept with their consent). */
export function signatureConsent(language: LanguageCode = requestLanguage()) {
  return translatorFor(language).t("charterSign.consent.wording");
}

const link = (path: string) => `${config.appUrl}${path}`;
const hash = (token: string) => crypto.createHash("sha256").update(token).digest("hex");
const token = () => crypto.randomBytes(24).toString("base64url");

function publishedVersions() {
  return getDb()
    .select()
    .from(charterVersions)
    .where(isNotNull(charterVersions.publishedAt))
    .orderBy(asc(charterVersions.publishedAt), asc(charterVersions.id))
    .all();
}

export function currentVersionId(): number | undefined {
  return publishedVersions().at(-1)?.id;
}

/** The public charter: the current version, its history, who signed which version, counts by kind. */
export function publicCharter(lang = requestLanguage()) {
  return currentCharter(lang);
}

// Every signature is read to count and list them: read again only after something changed.
const currentCharter = memoByVersionFor((lang) => readPublicCharter(lang as LanguageCode));

function readPublicCharter(lang: LanguageCode) {
  const versions = publishedVersions();
  const newest = versions.at(-1);
  if (!newest) return undefined;
  const db = getDb();
  const current = localise("charter", [newest], ["body"], lang, db)[0]!;
  const doc = parseRichText(current.body);
  const numbered = versions.map((v, i) => ({ id: v.id, number: i + 1, publishedAt: v.publishedAt!, changeSummary: v.changeSummary }));
  const confirmed = db
    .select({
      versionId: charterSignatures.versionId,
      name: charterSignatures.name,
      kind: charterSignatures.kind,
      organisation: charterSignatures.organisation,
      listPublicly: charterSignatures.listPublicly,
      email: charterSignatures.email,
      confirmedAt: charterSignatures.confirmedAt,
    })
    .from(charterSignatures)
    .where(eq(charterSignatures.status, "confirmed"))
    .orderBy(asc(charterSignatures.confirmedAt))
    .all();
  const onCurrent = confirmed.filter((s) => s.versionId === current.id);
  const counts = Object.fromEntries(
    ["parent_carer", "young_person", "professional", "organisation"].map((k) => [k, onCurrent.filter((s) => s.kind === k).length]),
  ) as Record<SignatoryKind, number>;
  // Each person once, with the newest version they signed. Young people are counted, never named.
  const latest = new Map<string, (typeof confirmed)[number]>();
  for (const s of confirmed) latest.set(s.email, s);
  const listed = [...latest.values()]
    .filter((s) => s.listPublicly && s.kind !== "young_person")
    .map((s) => ({ name: s.name, kind: s.kind, organisation: s.organisation, version: numbered.find((v) => v.id === s.versionId)?.number ?? 1 }));
  return {
    version: {
      id: current.id,
      number: versions.length,
      adoptedAt: current.publishedAt!,
      changeSummary: current.changeSummary,
      html: doc.ok ? renderRichText(doc.doc) : "",
      untranslated: current.untranslated.length > 0,
    },
    history: numbered.reverse(),
    counts,
    total: onCurrent.length,
    listed,
  };
}

export type SignInput = {
  name: string;
  email: string;
  kind: SignatoryKind;
  organisation: string;
  listPublicly: boolean;
  userId: string | null;
  /** The language they signed in: their emails are in it. English unless said. */
  language?: LanguageCode;
};

/**
 * Records an unconfirmed signature on the current version and emails a link to confirm it. An
 * address that has already signed is told so by email, never on the page: the person at the
 * screen sees the same either way, so nobody learns who has signed (young people are never listed).
 */
export function sign(input: SignInput): { status: "check-email" } | { status: "no-charter" } {
  const language = input.language ?? "en";
  const versionId = currentVersionId();
  if (!versionId) return { status: "no-charter" };
  const db = getDb();
  return db.transaction((tx) => {
    const existing = tx
      .select()
      .from(charterSignatures)
      .where(and(eq(charterSignatures.versionId, versionId), eq(charterSignatures.email, input.email), ne(charterSignatures.status, "withdrawn")))
      .get();
    if (existing?.status === "confirmed") {
      const message = charterEmails.alreadySigned(emailContext(tx, language), {
        name: existing.name,
        charterLink: link("/charter"),
        withdrawLink: link(`/charter/signature/${existing.manageToken}`),
      });
      enqueueEmail(tx, input.email, message, `charter-already-signed:${existing.id}:${Date.now()}`);
      return { status: "check-email" as const };
    }
    const confirm = token();
    if (existing) {
      // Not yet confirmed: send a fresh link rather than refusing.
      tx.update(charterSignatures)
        .set({ ...input, confirmTokenHash: hash(confirm) })
        .where(eq(charterSignatures.id, existing.id))
        .run();
    } else {
      const id = tx
        .insert(charterSignatures)
        .values({
          ...input,
          versionId,
          consentWording: signatureConsent(language),
          confirmTokenHash: hash(confirm),
          manageToken: token(),
          createdAt: new Date(),
        })
        .returning({ id: charterSignatures.id })
        .get().id;
      recordConsent(tx, {
        userId: input.userId,
        email: input.email,
        purpose: "signature",
        record: `charter_signatures:${id}`,
        wording: signatureConsent(language),
      });
    }
    enqueueEmail(
      tx,
      input.email,
      charterEmails.confirmSignature(emailContext(tx, language), { name: input.name, link: link(`/charter/confirm/${confirm}`) }),
      `charter-confirm:${hash(confirm).slice(0, 16)}`,
    );
    return { status: "check-email" as const };
  });
}

export function findUnconfirmed(confirmToken: string) {
  if (!confirmToken || confirmToken.length > 100) return undefined;
  return getDb()
    .select({ id: charterSignatures.id, name: charterSignatures.name, status: charterSignatures.status })
    .from(charterSignatures)
    .where(eq(charterSignatures.confirmTokenHash, hash(confirmToken)))
    .get();
}

/** Confirms a signature from its emailed link; it then counts, and the signer is thanked. */
export function confirmSignature(confirmToken: string): { ok: boolean } {
  const found = findUnconfirmed(confirmToken);
  if (!found || found.status !== "unconfirmed") return { ok: false };
  getDb().transaction((tx) => {
    const s = tx.select().from(charterSignatures).where(eq(charterSignatures.id, found.id)).get()!;
    tx.update(charterSignatures).set({ status: "confirmed", confirmedAt: new Date() }).where(eq(charterSignatures.id, s.id)).run();
    enqueueEmail(
      tx,
      s.email,
      charterEmails.signatureConfirmed(emailContext(tx, s.language), {
        name: s.name,
        charterLink: link("/charter"),
        withdrawLink: link(`/charter/signature/${s.manageToken}`),
      }),
      `charter-thanks:${s.id}`,
    );
  });
  return { ok: true };
}

export function findSignature(manageToken: string) {
  if (!manageToken || manageToken.length > 100) return undefined;
  return getDb()
    .select({ name: charterSignatures.name, status: charterSignatures.status })
    .from(charterSignatures)
    .where(eq(charterSignatures.manageToken, manageToken))
    .get();
}

/** Withdraws a signature: the name comes off the charter page at once. */
export function withdrawSignature(manageToken: string): { ok: boolean } {
  const result = getDb()
    .update(charterSignatures)
    .set({ status: "withdrawn", withdrawnAt: new Date() })
    .where(and(eq(charterSignatures.manageToken, manageToken), ne(charterSignatures.status, "withdrawn")))
    .run();
  return { ok: result.changes === 1 };
}

// ---- Officers ----

export function charterForEditing() {
  const db = getDb();
  const versions = db.select().from(charterVersions).orderBy(desc(charterVersions.id)).all();
  const draft = versions.find((v) => !v.publishedAt);
  const current = versions.find((v) => v.publishedAt);
  const source = draft ?? current;
  const doc = source ? parseRichText(source.body) : undefined;
  const signatures = db
    .select({ versionId: charterSignatures.versionId, n: count() })
    .from(charterSignatures)
    .where(eq(charterSignatures.status, "confirmed"))
    .groupBy(charterSignatures.versionId)
    .all();
  return {
    draft: draft ? { id: draft.id, changeSummary: draft.changeSummary } : null,
    body: doc?.ok ? doc.doc : null,
    versions: versions
      .filter((v) => v.publishedAt)
      .map((v) => ({
        id: v.id,
        publishedAt: v.publishedAt!,
        changeSummary: v.changeSummary,
        signatures: signatures.find((s) => s.versionId === v.id)?.n ?? 0,
      })),
    commitments: listCommitments(),
  };
}

/** Saves the draft of the next version (there is at most one draft). */
export function saveDraft(body: RichDoc, changeSummary: string): number {
  const db = getDb();
  const draft = db
    .select({ id: charterVersions.id })
    .from(charterVersions)
    .where(sql`published_at is null`)
    .get();
  if (draft) {
    db.update(charterVersions)
      .set({ body: JSON.stringify(body), changeSummary })
      .where(eq(charterVersions.id, draft.id))
      .run();
    return draft.id;
  }
  return db
    .insert(charterVersions)
    .values({ body: JSON.stringify(body), changeSummary })
    .returning({ id: charterVersions.id })
    .get().id;
}

/**
 * Publishes the draft as the current version and invites everyone who signed an
 * earlier version (and has not withdrawn) to sign again.
 */
export function publishDraft(): { ok: boolean; invited: number } {
  const db = getDb();
  let invited = 0;
  const ok = db.transaction((tx) => {
    const draft = tx
      .select()
      .from(charterVersions)
      .where(sql`published_at is null`)
      .get();
    if (!draft) return false;
    tx.update(charterVersions).set({ publishedAt: new Date() }).where(eq(charterVersions.id, draft.id)).run();
    const earlier = tx
      .select()
      .from(charterSignatures)
      .where(and(eq(charterSignatures.status, "confirmed"), ne(charterSignatures.versionId, draft.id)))
      .all();
    const seen = new Set<string>();
    const ctx = emailContext(tx);
    for (const s of earlier) {
      if (seen.has(s.email)) continue;
      seen.add(s.email);
      if (
        enqueueEmail(
          tx,
          s.email,
          charterEmails.signAgain(forPerson(ctx, s.language), { name: s.name, summary: draft.changeSummary, link: link("/charter/sign") }),
          `charter-sign-again:${draft.id}:${s.email}`,
        )
      )
        invited++;
    }
    return true;
  });
  return { ok, invited };
}

export function listCommitments() {
  return getDb()
    .select()
    .from(charterCommitments)
    .where(eq(charterCommitments.archived, false))
    .orderBy(asc(charterCommitments.position), asc(charterCommitments.id))
    .all();
}

export function addCommitment(text: string) {
  const db = getDb();
  const position = (db.select({ n: count() }).from(charterCommitments).get()?.n ?? 0) + 1;
  db.insert(charterCommitments).values({ text, position }).run();
}

export function archiveCommitment(id: number) {
  getDb().update(charterCommitments).set({ archived: true }).where(eq(charterCommitments.id, id)).run();
}

export function addEvidence(input: { commitmentId: number; date: string; note: string; link: string; createdBy: string | null }): boolean {
  const db = getDb();
  const commitment = db
    .select({ id: charterCommitments.id })
    .from(charterCommitments)
    .where(and(eq(charterCommitments.id, input.commitmentId), eq(charterCommitments.archived, false)))
    .get();
  if (!commitment) return false;
  db.insert(charterEvidence)
    .values({ ...input, createdAt: new Date() })
    .run();
  return true;
}

/** Each commitment with its dated evidence, newest first: "how we are keeping the charter". */
/** Each commitment, in `lang` where translated, with its evidence (notes as officers wrote them). */
export function evidenceByCommitment(lang = requestLanguage()) {
  const evidence = getDb().select().from(charterEvidence).orderBy(desc(charterEvidence.date), desc(charterEvidence.id)).all();
  return localise("commitment", listCommitments(), ["text"], lang).map((c) => ({
    id: c.id,
    text: c.text,
    untranslated: c.untranslated.length > 0,
    evidence: evidence.filter((e) => e.commitmentId === c.id).map(({ id, date, note, link }) => ({ id, date, note, link })),
  }));
}

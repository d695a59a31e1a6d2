import { createRequire } from "node:module";
import path from "node:path";
import { and, count, desc, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import PDFDocument from "pdfkit";
import QRCode from "qrcode";
import { letters, suggestions, supporters, users, type SuggestionStatus } from "~db/schema";
import { getDb, type DbOrTx } from "~/db.server";
import { translatorFor } from "~/modules/i18n/catalogue.server";
import { getAreaSettings } from "~/modules/settings/area.server";
import { formatDate, londonDate } from "~/utils/dates";
import { reference } from "./reference";
import { STATUS_WORDS } from "./statuses";
import { viewLink } from "./suggestions.server";
import { config } from "~/config.server";
import { enqueueLetter } from "~/modules/notifications/outbox.server";
import type { LanguageCode } from "~db/schema/enums";

// Letters for people who chose to hear by post. Each update waits as a row; officers print the
// waiting ones as one PDF (one letter a page, the address where a DL window envelope shows it, the
// reference, and the person's own link as a short address and a QR code) and mark them posted.
// Letters are in English or Welsh: a PDF cannot set Urdu's joined, right-to-left script here, so a
// reader of Urdu gets the English, and their own page, behind the link, in Urdu.

/**
 * Queues a letter for one person who hears by post: for officers to print or, where GOV.UK Notify is
 * set up for letters, through the outbox to Notify, which prints and posts it.
 */
export function queueLetter(
  tx: DbOrTx,
  input: { supporterId: number; suggestionId: number; status: SuggestionStatus; news: string },
  now = new Date(),
) {
  const { apiKey, letterTemplateId } = config.notify;
  const via = apiKey && letterTemplateId ? "notify" : "print";
  const id = tx
    .insert(letters)
    .values({ ...input, via, createdAt: now })
    .returning({ id: letters.id })
    .get().id;
  if (via === "print") return;
  const [row] = waitingRows(tx, [id], "notify");
  if (!row) return;
  const { areaName, contactEmail } = getAreaSettings(tx);
  const words = letterWords(row, { areaName, contactEmail, link: viewLink(tx, row.supporterId, now, { short: true }) });
  const body = [
    words.heading,
    words.greeting,
    words.news,
    ...(words.whatHappened ? [`${words.whatHappened}\n${row.news}`] : []),
    words.seeAddress,
    words.stop,
  ];
  const address = [words.name, ...(row.address ?? "").split(/\r?\n/), row.postcode ?? ""].filter(Boolean).join("\n");
  enqueueLetter(tx, address, { body: body.join("\n\n"), summary: `Letter: ${words.heading}`, template: "suggestion-letter" }, `letter:${id}`);
}

type LetterRow = { suggestionId: number; status: SuggestionStatus; news: string; language: LanguageCode; name: string | null; key: string };

/** A letter's words, in English or Welsh, the same printed or sent through Notify. */
function letterWords(r: LetterRow, p: { areaName: string; contactEmail: string; link: string }) {
  // Urdu cannot be set in this PDF: its readers get the English.
  const lang = r.language === "cy" ? "cy" : "en";
  const { t } = translatorFor(lang);
  const ref = reference(r.suggestionId);
  // Only the person who made the suggestion gave a name with it.
  const name = r.key.startsWith("contributor:") ? (r.name ?? "").trim() : "";
  const address = p.link.replace(/^https?:\/\//, "");
  return {
    name,
    heading: t("letter.heading", { reference: ref }),
    greeting: name ? t("letter.dearName", { name: name.split(/\s+/)[0]! }) : t("letter.dear"),
    news: t("letter.news", { reference: ref, status: t(STATUS_WORDS[r.status]) }),
    whatHappened: r.news ? t("letter.whatHappened") : "",
    see: t("letter.see"),
    seeAddress: `${t("letter.seeAddress")}\n${address}`,
    address,
    stop: t("letter.stop", { contactEmail: p.contactEmail, reference: ref }),
    from: t("letter.from", { areaName: p.areaName }),
    dated: (now: Date) => formatDate(londonDate(now), lang),
    referenceLine: t("letter.reference", { reference: ref }),
    footer: t("letter.footer", { areaName: p.areaName }),
  };
}

// Someone whose address was erased cannot be written to; Notify's letters are not printed here.
const isWaiting = (ids?: number[], via: "print" | "notify" = "print") =>
  and(isNull(letters.postedAt), eq(letters.via, via), isNotNull(supporters.postalAddress), ids ? inArray(letters.id, ids) : undefined);

const waitingRows = (db: DbOrTx, ids?: number[], via: "print" | "notify" = "print") =>
  db
    .select({
      id: letters.id,
      supporterId: letters.supporterId,
      suggestionId: letters.suggestionId,
      status: letters.status,
      news: letters.news,
      createdAt: letters.createdAt,
      address: supporters.postalAddress,
      postcode: supporters.postcode,
      language: supporters.language,
      name: suggestions.contributorName,
      key: supporters.supporterKey,
    })
    .from(letters)
    .innerJoin(supporters, eq(supporters.id, letters.supporterId))
    .innerJoin(suggestions, eq(suggestions.id, letters.suggestionId))
    .where(isWaiting(ids, via))
    .orderBy(letters.createdAt, letters.id)
    .all();

/** The letters waiting to be printed, oldest first, and what was posted when, newest first. */
export function letterList(db: DbOrTx = getDb()) {
  const waiting = waitingRows(db).map((l) => ({
    id: l.id,
    reference: reference(l.suggestionId),
    postcode: l.postcode ?? "",
    createdAt: l.createdAt,
  }));
  const posted = db
    .select({ postedAt: letters.postedAt, by: users.name, n: count() })
    .from(letters)
    .leftJoin(users, eq(users.id, letters.postedBy))
    .where(isNotNull(letters.postedAt))
    .groupBy(letters.postedAt, letters.postedBy)
    .orderBy(desc(letters.postedAt))
    .limit(50)
    .all();
  const throughNotify = db.select({ n: count() }).from(letters).where(eq(letters.via, "notify")).get()?.n ?? 0;
  return { waiting, posted, throughNotify };
}

/** How many letters wait, counted by the database: the dashboard shows it on every visit. */
export function countLettersWaiting(db: DbOrTx = getDb()): number {
  return db.select({ n: count() }).from(letters).innerJoin(supporters, eq(supporters.id, letters.supporterId)).where(isWaiting()).get()?.n ?? 0;
}

/** Marks these letters posted now, by this officer: all at once, so one printing is one batch. */
export function markPosted(ids: number[], userId: string, now = new Date(), db: DbOrTx = getDb()): number {
  if (!ids.length) return 0;
  return db
    .update(letters)
    .set({ postedAt: now, postedBy: userId })
    .where(and(inArray(letters.id, ids), isNull(letters.postedAt)))
    .run().changes;
}

const MM = 72 / 25.4;
const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");

/**
 * The waiting letters (only `ids`, the ones the officer saw listed) as one PDF, one letter a page,
 * each with a fresh link to the person's own view. Resolves to the PDF's bytes.
 */
export async function printLetters(ids: number[], now = new Date(), db: DbOrTx = getDb()): Promise<{ pdf: Buffer; count: number }> {
  const rows = waitingRows(db, ids);
  if (!rows.length) return { pdf: Buffer.alloc(0), count: 0 };
  const { areaName, contactEmail } = getAreaSettings(db);
  // Links are made when printed, kept only as hashes, like every other message's.
  const links = db.transaction((tx) => rows.map((r) => viewLink(tx, r.supporterId, now, { short: true })));
  const codes = await Promise.all(links.map((link) => QRCode.create(link, { errorCorrectionLevel: "M" })));
  const doc = new PDFDocument({ size: "A4", margin: 20 * MM, autoFirstPage: false, info: { Title: `${areaName} letters`, Author: areaName } });
  doc.registerFont("body", path.join(FONT_DIR, "DejaVuSans.ttf"));
  doc.registerFont("bold", path.join(FONT_DIR, "DejaVuSans-Bold.ttf"));
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on("end", resolve));
  rows.forEach((r, i) => {
    const w = letterWords(r, { areaName, contactEmail, link: links[i]! });
    doc.addPage();
    // The return line and the address sit where a DL window envelope shows them.
    doc
      .font("body")
      .fontSize(8)
      .text(w.from, 20 * MM, 40 * MM, { width: 90 * MM });
    doc
      .fontSize(11)
      .text([w.name, ...(r.address ?? "").split(/\r?\n/), r.postcode ?? ""].filter(Boolean).join("\n"), 20 * MM, 47 * MM, { width: 90 * MM });
    doc.fontSize(10).text(w.dated(now), 130 * MM, 47 * MM, { width: 60 * MM, align: "right" });
    doc.text(w.referenceLine, 130 * MM, 53 * MM, { width: 60 * MM, align: "right" });
    doc
      .font("bold")
      .fontSize(14)
      .text(w.heading, 20 * MM, 100 * MM, { width: 170 * MM });
    doc.moveDown(0.8).font("body").fontSize(12);
    doc.text(w.greeting);
    doc.moveDown(0.6).text(w.news);
    if (r.news) doc.moveDown(0.6).font("bold").text(w.whatHappened).font("body").text(r.news);
    doc.moveDown(0.8).text(w.see);
    doc.font("bold").text(w.address);
    // The QR code, drawn square by square, under the link.
    const size = codes[i]!.modules.size;
    const cell = (30 * MM) / size;
    const top = doc.y + 4 * MM;
    for (let y = 0; y < size; y++)
      for (let x = 0; x < size; x++) if (codes[i]!.modules.get(x, y)) doc.rect(20 * MM + x * cell, top + y * cell, cell, cell).fill("#000000");
    doc.font("body").fontSize(10).fillColor("#000000");
    doc.text(w.stop, 20 * MM, top + 36 * MM, { width: 170 * MM });
    // A long outcome can take the room the footer would have; the letter then simply goes on.
    if (doc.y < 262 * MM) doc.text(w.footer, 20 * MM, 270 * MM, { width: 170 * MM, align: "center" });
  });
  doc.end();
  await done;
  return { pdf: Buffer.concat(chunks), count: rows.length };
}

/** How many letters a PDF holds: its pages (for tests and the officer's check). */
export function pageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type \/Page\b/g) ?? []).length;
}

import { eq } from "drizzle-orm";
import { sitePages } from "~db/schema";
import { getDb } from "~/db.server";
import { docFromPlainText, renderRichText, type RichDoc } from "~/modules/richtext/document";
import { parseRichText } from "~/modules/richtext/validate.server";
import { getAreaSettings } from "~/modules/settings/area.server";
import { DEFAULT_PAGES, type SitePageSlug } from "./default-pages";

/** The starting text, with the area's name and contact filled in. */
function defaultDoc(slug: SitePageSlug): RichDoc {
  const { areaName, contactEmail } = getAreaSettings();
  return docFromPlainText(DEFAULT_PAGES[slug].text.replaceAll("{area}", areaName).replaceAll("{contact}", contactEmail));
}

/** The page as the admin last saved it, or its starting text (version 0) until then. */
export function sitePage(slug: SitePageSlug) {
  const row = getDb().select().from(sitePages).where(eq(sitePages.slug, slug)).get();
  const parsed = row ? parseRichText(row.body) : undefined;
  const doc = parsed?.ok ? parsed.doc : defaultDoc(slug);
  return { slug, title: DEFAULT_PAGES[slug].title, doc, html: renderRichText(doc), version: row?.version ?? 0, updatedAt: row?.updatedAt ?? null };
}

export function saveSitePage(slug: SitePageSlug, doc: RichDoc, userId: string, now = new Date()) {
  const version = sitePage(slug).version + 1;
  const values = { slug, body: JSON.stringify(doc), version, updatedBy: userId, updatedAt: now };
  getDb().insert(sitePages).values(values).onConflictDoUpdate({ target: sitePages.slug, set: values }).run();
  return version;
}

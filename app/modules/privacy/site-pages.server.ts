import { eq } from "drizzle-orm";
import { sitePages } from "~db/schema";
import { getDb } from "~/db.server";
import { docFromPlainText, renderRichText, type RichDoc } from "~/modules/richtext/document";
import { parseRichText, storedRichText } from "~/modules/richtext/validate.server";
import { getAreaSettings } from "~/modules/settings/area.server";
import { DEFAULT_PAGES, SITE_PAGE_SLUGS, type SitePageSlug } from "./default-pages";
import { contentTranslator } from "~/modules/i18n/content.server";
import type { LanguageCode } from "~db/schema";
import { memoByVersionFor } from "~/utils/content-version.server";

/** The starting text, with the area's name and contact filled in. */
function defaultDoc(slug: SitePageSlug): RichDoc {
  const { areaName, contactEmail } = getAreaSettings();
  return docFromPlainText(DEFAULT_PAGES[slug].text.replaceAll("{area}", areaName).replaceAll("{contact}", contactEmail));
}

/** The page as the admin last saved it, or its starting text (version 0) until then. Its title is a message key. */
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

/** The page as a visitor reading `lang` sees it: its translation where there is one made from the text as it stands. */
export function publicSitePage(slug: SitePageSlug, lang: LanguageCode) {
  return cachedPublicSitePage(`${slug} ${lang}`);
}

// Read again only after something changed.
const cachedPublicSitePage = memoByVersionFor((key) => {
  const [slug, lang] = key.split(" ") as [SitePageSlug, LanguageCode];
  const page = sitePage(slug);
  const id = SITE_PAGE_SLUGS.indexOf(slug) + 1;
  const translated = contentTranslator("sitePage", [id], lang)(id, "body", JSON.stringify(page.doc));
  const doc = translated ? storedRichText(translated) : page.doc;
  return { ...page, html: renderRichText(doc), untranslated: lang !== "en" && !translated };
});

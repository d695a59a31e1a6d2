import { eq } from "drizzle-orm";
import { LANGUAGE_CODES, type LanguageCode } from "~db/schema/enums";
import { areaSettings } from "~db/schema";
import { getDb, type DbOrTx } from "~/db.server";
import { config } from "~/config.server";
import { memoByVersion } from "~/utils/content-version.server";
import type { EmailContext } from "~emails/layout";

export type AreaSettings = {
  areaName: string;
  contactEmail: string;
  safeguardingEmail: string;
  responseDays: number;
  concernPhrases: string;
  registrantMonths: number;
  surveyIdentityMonths: number;
  unconfirmedSignatureDays: number;
  emailDays: number;
  forumName: string;
  jointSignOff: boolean;
  /** The languages, besides English, that what the area writes for the public is translated into. */
  contentLanguages: LanguageCode[];
  /** Whether staff who sign in with a password must use two-factor sign-in. */
  staffTwoFactor: boolean;
};

const DEFAULTS: AreaSettings = {
  areaName: "Our local area",
  contactEmail: "send@example.org",
  safeguardingEmail: "",
  responseDays: 20,
  concernPhrases: "",
  registrantMonths: 12,
  surveyIdentityMonths: 6,
  unconfirmedSignatureDays: 30,
  emailDays: 90,
  forumName: "",
  jointSignOff: false,
  contentLanguages: ["cy", "ur"],
  staffTwoFactor: false,
};

function languagesOf(json: string): LanguageCode[] {
  try {
    const list: unknown = JSON.parse(json);
    return Array.isArray(list) ? LANGUAGE_CODES.filter((code) => code !== "en" && list.includes(code)) : [];
  } catch {
    return [];
  }
}

/** The area's settings; read again only after something changed (in a transaction, read from it). */
export function getAreaSettings(db?: DbOrTx): AreaSettings {
  return db ? readAreaSettings(db) : currentAreaSettings();
}

const currentAreaSettings = memoByVersion(() => readAreaSettings(getDb()));

function readAreaSettings(db: DbOrTx): AreaSettings {
  const row = db.select().from(areaSettings).where(eq(areaSettings.id, 1)).get();
  if (!row) return DEFAULTS;
  const { id: _id, updatedAt: _updatedAt, contentLanguages, ...settings } = row;
  return { ...settings, contentLanguages: languagesOf(contentLanguages) };
}

export function updateAreaSettings(values: Partial<AreaSettings>, db: DbOrTx = getDb()) {
  const settings = { ...getAreaSettings(db), ...values };
  const row = { id: 1, ...settings, contentLanguages: JSON.stringify(settings.contentLanguages), updatedAt: new Date() };
  db.insert(areaSettings).values(row).onConflictDoUpdate({ target: areaSettings.id, set: row }).run();
}

/** The same context for one person, who reads `lang`. */
export function forPerson(ctx: EmailContext, lang: LanguageCode): EmailContext {
  return { ...ctx, lang };
}

/** What every email needs, for a person who reads `lang` (English unless said). */
export function emailContext(db: DbOrTx = getDb(), lang: LanguageCode = "en"): EmailContext {
  const { areaName, contactEmail } = getAreaSettings(db);
  return { areaName, contactEmail, appUrl: config.appUrl, lang };
}

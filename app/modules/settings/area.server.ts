import { eq } from "drizzle-orm";
import type { LanguageCode } from "~db/schema/enums";
import { areaSettings } from "~db/schema";
import { getDb, type DbOrTx } from "~/db.server";
import { config } from "~/config.server";
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
};

export function getAreaSettings(db: DbOrTx = getDb()): AreaSettings {
  const row = db.select().from(areaSettings).where(eq(areaSettings.id, 1)).get();
  if (!row) return DEFAULTS;
  const { id: _id, updatedAt: _updatedAt, ...settings } = row;
  return settings;
}

export function updateAreaSettings(values: Partial<AreaSettings>, db: DbOrTx = getDb()) {
  const row = { id: 1, ...getAreaSettings(db), ...values, updatedAt: new Date() };
  db.insert(areaSettings).values(row).onConflictDoUpdate({ target: areaSettings.id, set: row }).run();
}

/** What every email needs to know about where it comes from. */
/** The same context for one person, who reads `lang`. */
export function forPerson(ctx: EmailContext, lang: LanguageCode): EmailContext {
  return { ...ctx, lang };
}

/** What every email needs, for a person who reads `lang` (English unless said). */
export function emailContext(db: DbOrTx = getDb(), lang: LanguageCode = "en"): EmailContext {
  const { areaName, contactEmail } = getAreaSettings(db);
  return { areaName, contactEmail, appUrl: config.appUrl, lang };
}

import { z } from "zod";
import { LANGUAGE_CODES, type LanguageCode } from "~db/schema/enums";
import { languagesOffered } from "~/modules/i18n/negotiate.server";
import { translate } from "~/modules/i18n/catalogue.server";
import { getAreaSettings } from "~/modules/settings/area.server";

// Paper forms, typed in by officers and organisers: the person signed the same consent on paper,
// and wrote in a language they will hear back in. Each paper form adds these fields to its own.

/** The languages a paper form can be written in: the ones the area offers. */
export function paperLanguages(): LanguageCode[] {
  return languagesOffered(getAreaSettings().contentLanguages);
}

/**
 * The language, and the consent where the form asks for personal details (a survey that does not
 * ask for contact details has none to sign). A function, so the client bundle never builds it.
 */
export function paperFields({ signed = true } = {}) {
  const offered = paperLanguages();
  const tick = z.literal("yes", { message: translate("paper.signed.required") });
  return {
    language: z
      .enum(LANGUAGE_CODES, { message: translate("paper.language.required") })
      .refine((code) => offered.includes(code), translate("paper.language.required")),
    signed: signed ? tick : tick.optional(),
  };
}

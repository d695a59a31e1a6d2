import { z } from "zod";
import { MOST_AT_ONCE } from "~/modules/feedback/most-at-once";
import { idList, isoDate, parseForm, textField, type FieldErrors } from "~/utils/validation.server";
import { parseRef, type ItemRef } from "./items.server";
import type { ThemeInput } from "./themes.server";
import type { ReportInput } from "./told-us.server";
import { translate } from "~/modules/i18n/catalogue.server";

// Reading the theme forms: a theme's words, ticked items, and a "What you told us" page.

export const themeSchema = z.object({
  name: textField("Theme name", { max: 120 }),
  description: textField("Description", { max: 2000, required: false, multiline: true }),
  descriptionEasyRead: textField("Easy read description", { max: 2000, required: false, multiline: true }),
});

export function readTheme(formData: FormData): { ok: true; input: ThemeInput } | { ok: false; errors: FieldErrors } {
  const parsed = parseForm(formData, themeSchema);
  return parsed.ok ? { ok: true, input: parsed.data } : parsed;
}

/** The ticked items ("item" fields, "suggestion:42"); an error for none, too many or any that is not an item. */
export function readItems(formData: FormData, field = "item"): { ok: true; refs: ItemRef[] } | { ok: false; errors: FieldErrors } {
  const raw = formData.getAll(field).map(String);
  if (!raw.length) return { ok: false, errors: { [field]: "Tick at least one item" } };
  if (raw.length > MOST_AT_ONCE) return { ok: false, errors: { [field]: `Choose at most ${MOST_AT_ONCE.toLocaleString("en-GB")} items at once` } };
  const refs = raw.map(parseRef);
  if (refs.some((r) => !r)) return { ok: false, errors: { [field]: "Choose items from the list" } };
  return { ok: true, refs: refs as ItemRef[] };
}

const reportSchema = z
  .object({
    title: textField("Title", { max: 150 }),
    from: isoDate("start of the period"),
    to: isoDate("end of the period"),
    introduction: textField("Introduction", { max: 3000, required: false, multiline: true }),
    themeIds: idList(),
  })
  .refine((r) => r.from <= r.to, { path: ["to"], message: translate("toldUsAdmin.error.period") })
  .refine((r) => r.themeIds.length > 0, { path: ["themeIds"], message: translate("toldUsAdmin.error.themes") });

export function readReport(formData: FormData): { ok: true; input: ReportInput } | { ok: false; errors: FieldErrors } {
  const parsed = parseForm(formData, reportSchema);
  return parsed.ok ? { ok: true, input: parsed.data } : parsed;
}

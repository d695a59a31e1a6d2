import { z } from "zod";
import { ACTION_STATUSES, PARTICIPATION_LEVELS } from "~db/schema";
import { optionalChoice, textField } from "~/utils/validation.server";
import { translate } from "~/modules/i18n/catalogue.server";

/** The fields of an action, as typed into the officer forms. */
export function actionFields() {
  return {
    area: textField(translate("strategyAdmin.field.area"), { max: 120, required: translate("strategyAdmin.error.area") }),
    code: textField(translate("strategyAdmin.field.code"), { max: 16 }).pipe(
      z.string().regex(/^[A-Za-z0-9][A-Za-z0-9.-]*$/, translate("strategyAdmin.error.code")),
    ),
    title: textField(translate("strategyAdmin.field.title"), { max: 1000, multiline: true }),
    how: textField(translate("strategyAdmin.field.how"), { max: 5000, required: false, multiline: true }),
    measures: textField(translate("strategyAdmin.field.measures"), { max: 5000, required: false, multiline: true }),
    lead: textField(translate("strategyAdmin.field.leadName"), { max: 200, required: false }),
    dueDate: z.preprocess(
      (v) => (typeof v === "string" ? v.trim() : ""),
      z
        .string()
        .refine(
          (v) =>
            v === "" ||
            (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)),
          translate("strategyAdmin.error.due"),
        )
        .transform((v) => v || null),
    ),
    participationLevel: optionalChoice(PARTICIPATION_LEVELS, translate("groups.error.level")),
  };
}

export function statusField() {
  return z.enum(ACTION_STATUSES, { message: translate("strategyAdmin.error.status") });
}

import { z } from "zod";
import { ACTION_STATUSES, PARTICIPATION_LEVELS } from "~db/schema";
import { optionalChoice, textField } from "~/utils/validation.server";

/** The fields of an action, as typed into the officer forms. */
export function actionFields() {
  return {
    area: textField("Area", { max: 120, required: "Enter the area, like ‘Area 2 – Meeting needs’" }),
    code: textField("Code", { max: 16 }).pipe(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9.-]*$/, "Code must be short, like 2.3")),
    title: textField("What we will do", { max: 1000, multiline: true }),
    how: textField("How we will do it", { max: 5000, required: false, multiline: true }),
    measures: textField("How we will know it worked", { max: 5000, required: false, multiline: true }),
    lead: textField("Lead", { max: 200, required: false }),
    dueDate: z.preprocess(
      (v) => (typeof v === "string" ? v.trim() : ""),
      z
        .string()
        .refine(
          (v) =>
            v === "" ||
            (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)),
          "Enter a real due date, like 2027-03-31",
        )
        .transform((v) => v || null),
    ),
    participationLevel: optionalChoice(PARTICIPATION_LEVELS, "Choose how far families are involved"),
  };
}

export function statusField() {
  return z.enum(ACTION_STATUSES, { message: "Choose a status" });
}

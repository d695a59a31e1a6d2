import { json } from "@remix-run/node";
import { z } from "zod";
import { translate } from "~/modules/i18n/catalogue.server";

// Form validation shared by every route: read the form, check it with a zod
// schema, and give back either clean data or the GOV.UK error pattern (a
// message per field, in form order, with what the person typed).

export type FieldErrors = Record<string, string>;
export type FormValues = Record<string, string | string[]>;
export type FormFailure = { errors: FieldErrors; values: FormValues };

const HONEYPOT = "website";
// Control characters, bidirectional overrides and zero-width spaces and marks: they
// can hide or reorder text that an officer later reads. The zero-width joiner and
// non-joiner are allowed: emoji sequences and scripts such as Persian and Hindi need them.
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
export const HIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

export function formValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const key of new Set(formData.keys())) {
    if (/password/i.test(key) || key === HONEYPOT) continue; // never echo passwords back
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    values[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return values;
}

export function parseForm<S extends z.ZodType>(formData: FormData, schema: S): { ok: true; data: z.infer<S> } | ({ ok: false } & FormFailure) {
  const input: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    const all = formData.getAll(key);
    input[key] = all.length > 1 ? all : all[0];
  }
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return { ok: false, errors, values: formValues(formData) };
}

/**
 * The reply to a form that did not pass: status 400 (or as given), the message for each field, what
 * the person typed (never passwords), and which of the page's forms it was, so only that form shows them.
 */
/**
 * A post that only asks to find something in a list (the action picker's "Find" button, without
 * JavaScript): the page again with everything typed and ticked kept, nothing saved, no errors.
 */
export function searchedOnly(formData: FormData) {
  return formData.has("find") ? invalid(formData, {}, undefined, 200) : null;
}

export function invalid<Extra extends object = object>(formData: FormData, errors: FieldErrors, extra?: Extra, status = 400) {
  const intent = formData.get("intent");
  const scope = formData.get("scope");
  return json(
    {
      intent: typeof intent === "string" ? intent : undefined,
      // A scoped form's fields carry its intent in their ids; the error summary links to them so.
      scope: typeof scope === "string" && scope === intent ? scope : undefined,
      errors,
      values: formValues(formData),
      ...(extra ?? ({} as Extra)),
    },
    { status },
  );
}

/** True when a bot has filled in the field people cannot see. */
export function isHoneypotFilled(formData: FormData): boolean {
  const value = formData.get(HONEYPOT);
  return typeof value === "string" && value.length > 0;
}

type TextOptions = { max: number; required?: string | false; multiline?: boolean };

/**
 * A text field: normalised, trimmed, required unless `required` is false, at
 * most `max` characters, and free of hidden characters.
 */
export function textField(
  label: string,
  { max, required = translate("validation.enter", { label: label.toLowerCase() }), multiline = false }: TextOptions,
) {
  return z.preprocess(
    // Every line break becomes "\n": a lone carriage return is a line break too, and would slip past a one-line check.
    (value) => (typeof value === "string" ? value.normalize("NFC").replace(/\r\n?/g, "\n").trim() : ""),
    z.string().superRefine((value, ctx) => {
      if (!value) {
        if (required) ctx.addIssue({ code: "custom", message: required });
        return;
      }
      if (value.length > max) {
        ctx.addIssue({ code: "custom", message: translate("validation.tooLong", { label, max }) });
      } else if (!multiline && value.includes("\n")) {
        ctx.addIssue({ code: "custom", message: translate("validation.oneLine", { label }) });
      } else if (HIDDEN_CHARACTERS.test(value)) {
        ctx.addIssue({ code: "custom", message: translate("validation.hidden", { label }) });
      }
    }),
  );
}

export function email(label = translate("validation.email.label"), required: string | false = translate("validation.email.required")) {
  return z.preprocess(
    (value) => (typeof value === "string" ? value.trim().toLowerCase() : ""),
    z.string().superRefine((value, ctx) => {
      if (!value) {
        if (required) ctx.addIssue({ code: "custom", message: required });
        return;
      }
      if (value.length > 254) {
        ctx.addIssue({ code: "custom", message: translate("validation.tooLong", { label, max: 254 }) });
      } else if (!/^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/.test(value) || HIDDEN_CHARACTERS.test(value)) {
        ctx.addIssue({ code: "custom", message: translate("validation.email.format") });
      }
    }),
  );
}

/** A password as typed: never trimmed, only limited in length. Strength rules live in auth. */
export function password(required = translate("auth.password.required")) {
  return z.preprocess((value) => (typeof value === "string" ? value : ""), z.string().min(1, required).max(200, translate("auth.password.tooLong")));
}

/** Zero or more values from a fixed list, as checkboxes post them. */
export function choices<T extends string>(options: readonly T[], message: string) {
  return z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.enum(options as unknown as [T, ...T[]], { message })),
  );
}

/** A calendar date as a date input posts it (YYYY-MM-DD), checked to be a real day. */
export function isoDate(label: string) {
  return z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : ""),
    z
      .string()
      .min(1, `Enter the ${label}`)
      .refine(
        (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
        `The ${label} must be a real date, like 2026-10-01`,
      ),
  );
}

/** A time of day as a time input posts it (HH:MM, 24-hour). */
export function clockTime(label: string) {
  return z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : ""),
    z
      .string()
      .min(1, `Enter the ${label}`)
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, `The ${label} must be a time like 10:30`),
  );
}

/** A whole number between `min` and `max`, typed into a text box. */
export function wholeNumber(label: string, min: number, max: number) {
  return z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : undefined),
    z
      .number({ message: translate("validation.number.enter", { label }) })
      .int(translate("validation.number.whole", { label }))
      .min(min, translate("validation.number.min", { label, min }))
      .max(max, translate("validation.number.max", { label, max })),
  );
}

/** Ticked ids (checkboxes posting record ids); none ticked is an empty list. Whether they exist is the caller's check. */
export function idList() {
  return z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z
      .array(
        z.coerce
          .number({ message: translate("validation.fromList") })
          .int(translate("validation.fromList"))
          .positive(translate("validation.fromList")),
      )
      .max(1000, "Choose at most 1,000"),
  );
}

/** An optional web address people will follow (a meeting's joining link): https only, so it cannot run script. */
export function webLink(label: string) {
  return z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : ""),
    z
      .string()
      .max(500, `The ${label} must be 500 characters or fewer`)
      .refine((v) => v === "" || /^https:\/\/[^\s<>"']+\.[^\s<>"']+$/.test(v), `The ${label} must be a web address starting with https://`),
  );
}

/** Email addresses typed or pasted into one box, split at spaces, commas or semicolons; none is an empty list. */
export function emailList() {
  return z.preprocess(
    (v) => (typeof v === "string" ? v : ""),
    z
      .string()
      .max(5000, "List at most 100 email addresses")
      .transform((v, ctx) => {
        const lines = v.split(/[\s,;]+/).filter(Boolean);
        const parsed = lines.map((line) => email("Each email address").safeParse(line));
        const bad = parsed.findIndex((p) => !p.success);
        if (bad >= 0) {
          ctx.addIssue({ code: "custom", message: `“${lines[bad]!.slice(0, 60)}” is not an email address in the correct format` });
          return z.NEVER;
        }
        return [...new Set(parsed.map((p) => p.data as string))];
      }),
  );
}

/** An optional choice from a fixed list: nothing chosen is null. */
export function optionalChoice<T extends string>(options: readonly T[], message: string) {
  return z.preprocess((v) => (v === undefined || v === "" ? null : v), z.enum(options as unknown as [T, ...T[]], { message }).nullable());
}

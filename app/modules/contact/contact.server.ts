import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { z } from "zod";
import type { Channel } from "~db/schema/enums";
import { translate } from "~/modules/i18n/catalogue.server";
import { email } from "~/utils/validation.server";

// How a person chose to hear back, wherever contact details are asked: by email, by text message,
// or not at all. Read from the same three fields on every form (components/contact.tsx draws them).

export const CONTACT_CHOICES = ["email", "sms", "none"] as const;
export type ContactChoice = (typeof CONTACT_CHOICES)[number];

/** What a person gave: the channel they chose (null for no updates) and their details for it. */
export type Contact = { channel: Channel | null; email: string | null; phone: string | null };

/** A UK mobile number in international form (+447700900123), or null if it is not one. */
export function ukMobile(value: string): string | null {
  const number = parsePhoneNumberFromString(value, "GB");
  return number?.isValid() && number.country === "GB" && number.getType() === "MOBILE" ? number.number : null;
}

/** A UK mobile number as typed (spaces, +44, 0044 all welcome), checked and put in international form. */
function mobile() {
  return z.preprocess(
    (value) => (typeof value === "string" ? value.trim() : ""),
    z.string().transform((value, ctx) => {
      if (!value) return "";
      if (value.length > 30) {
        ctx.addIssue({ code: "custom", message: translate("contact.phone.format") });
        return z.NEVER;
      }
      const number = ukMobile(value);
      if (!number) ctx.addIssue({ code: "custom", message: translate("contact.phone.format") });
      return number ?? z.NEVER;
    }),
  );
}

/** The contact fields of a form, to spread into its schema. */
export function contactFields() {
  return {
    contact: z.enum(CONTACT_CHOICES, { message: translate("contact.choose") }).optional(),
    email: email(translate("validation.email.label"), false),
    phone: mobile(),
  };
}

/**
 * The contact a form's fields add up to, or the field to put right. With no choice made (a form
 * from before the choice, or a browser that sent none), details given are taken as the choice.
 */
export function readContact(fields: {
  contact?: ContactChoice;
  email: string;
  phone: string;
}): { ok: true; contact: Contact } | { ok: false; field: "email" | "phone"; message: string } {
  const choice = fields.contact ?? (fields.email ? "email" : fields.phone ? "sms" : "none");
  if (choice === "email" && !fields.email) return { ok: false, field: "email", message: translate("contact.email.required") };
  if (choice === "sms" && !fields.phone) return { ok: false, field: "phone", message: translate("contact.phone.required") };
  // An email given with a text message is where news goes if a text cannot reach them.
  if (choice === "sms") return { ok: true, contact: { channel: "sms", email: fields.email || null, phone: fields.phone } };
  if (choice === "email") return { ok: true, contact: { channel: "email", email: fields.email, phone: null } };
  return { ok: true, contact: { channel: null, email: null, phone: null } };
}

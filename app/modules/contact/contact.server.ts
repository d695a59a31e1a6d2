import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { z } from "zod";
import type { FollowChannel } from "~db/schema/enums";
import { translate } from "~/modules/i18n/catalogue.server";
import { email, textField } from "~/utils/validation.server";

// How a person chose to hear back, wherever contact details are asked: by email, by text message,
// by letter, through the parent carer forum, or not at all. Read from the same fields on every form
// (components/contact.tsx draws them).

export const CONTACT_CHOICES = ["email", "sms", "post", "forum", "none"] as const;
export type ContactChoice = (typeof CONTACT_CHOICES)[number];

/** What a person gave: the channel they chose (null for no updates) and their details for it. */
export type Contact = {
  channel: FollowChannel | null;
  email: string | null;
  phone: string | null;
  forumContact: string | null;
  /** For letters: the address's lines, the postcode, and whether they asked for easy read. */
  postalAddress: string | null;
  postcode: string | null;
  easyRead: boolean;
};

/** A UK postcode, checked and written as Royal Mail does (BS23 1UJ), or null. */
export function ukPostcode(value: string): string | null {
  const compact = value.replace(/\s+/g, "").toUpperCase();
  const match = /^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$/.exec(compact);
  return match ? `${match[1]} ${match[2]}` : null;
}

function postcode() {
  return z.preprocess(
    (value) => (typeof value === "string" ? value.trim() : ""),
    z.string().transform((value, ctx) => {
      if (!value) return "";
      const checked = value.length <= 10 ? ukPostcode(value) : null;
      if (!checked) ctx.addIssue({ code: "custom", message: translate("contact.postcode.format") });
      return checked ?? z.NEVER;
    }),
  );
}

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
    forumContact: textField(translate("contact.forum.reach"), { max: 200, required: false }),
    postalAddress: textField(translate("contact.address"), { max: 300, required: false, multiline: true }),
    postcode: postcode(),
    easyRead: z.preprocess((v) => v === "yes", z.boolean()),
  };
}

/**
 * The contact a form's fields add up to, or the field to put right. With no choice made (a form
 * from before the choice, or a browser that sent none), details given are taken as the choice.
 * The forum needs a name to know who to tell: `name` is the form's, if it has one.
 */
export function readContact(fields: {
  contact?: ContactChoice;
  email: string;
  phone: string;
  forumContact: string;
  postalAddress: string;
  postcode: string;
  easyRead: boolean;
  name?: string;
}):
  { ok: true; contact: Contact } | { ok: false; field: "email" | "phone" | "forumContact" | "postalAddress" | "postcode" | "name"; message: string } {
  const choice = fields.contact ?? (fields.email ? "email" : fields.phone ? "sms" : "none");
  const none = { email: null, phone: null, forumContact: null, postalAddress: null, postcode: null, easyRead: false };
  if (choice === "email" && !fields.email) return { ok: false, field: "email", message: translate("contact.email.required") };
  if (choice === "sms" && !fields.phone) return { ok: false, field: "phone", message: translate("contact.phone.required") };
  if (choice === "forum" && !fields.forumContact) return { ok: false, field: "forumContact", message: translate("contact.forum.required") };
  if (choice === "post" && !fields.postalAddress.trim()) return { ok: false, field: "postalAddress", message: translate("contact.address.required") };
  if (choice === "post" && !fields.postcode) return { ok: false, field: "postcode", message: translate("contact.postcode.required") };
  // The forum needs to know who to tell, and a letter who to write to.
  if ((choice === "forum" || choice === "post") && fields.name !== undefined && !fields.name)
    return { ok: false, field: "name", message: translate(choice === "post" ? "contact.post.name" : "contact.forum.name") };
  // An email given with a text message is where news goes if a text cannot reach them.
  if (choice === "sms") return { ok: true, contact: { ...none, channel: "sms", email: fields.email || null, phone: fields.phone } };
  if (choice === "email") return { ok: true, contact: { ...none, channel: "email", email: fields.email } };
  if (choice === "forum") return { ok: true, contact: { ...none, channel: "forum", forumContact: fields.forumContact } };
  if (choice === "post")
    return {
      ok: true,
      contact: { ...none, channel: "post", postalAddress: fields.postalAddress.trim(), postcode: fields.postcode, easyRead: fields.easyRead },
    };
  return { ok: true, contact: { ...none, channel: null } };
}

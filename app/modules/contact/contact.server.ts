import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { z } from "zod";
import type { FollowChannel } from "~db/schema/enums";
import { translate } from "~/modules/i18n/catalogue.server";
import { email, textField } from "~/utils/validation.server";
import { CONTACT_CHOICES, type ContactChoice } from "./choices";

// How a person chose to hear back, wherever contact details are asked: by email, by text message,
// by letter, through the parent carer forum, or not at all. Read from the same fields on every form
// (components/contact.tsx draws them).

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

/** No way to hear back. */
export const NO_CONTACT: Contact = {
  channel: null,
  email: null,
  phone: null,
  forumContact: null,
  postalAddress: null,
  postcode: null,
  easyRead: false,
};

/** Hearing back by email at `address`, or not at all without one. */
export const byEmail = (address: string | null): Contact => (address ? { ...NO_CONTACT, channel: "email", email: address } : NO_CONTACT);

/** A UK postcode, checked and written as Royal Mail does (BS23 1UJ), or null. */
export function ukPostcode(value: string): string | null {
  const compact = value.replace(/\s+/g, "").toUpperCase();
  const match = /^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$/.exec(compact);
  return match ? `${match[1]} ${match[2]}` : null;
}

/** A UK mobile number in international form (+447700900123), or null if it is not one. */
export function ukMobile(value: string): string | null {
  const number = parsePhoneNumberFromString(value, "GB");
  return number?.isValid() && number.country === "GB" && number.getType() === "MOBILE" ? number.number : null;
}

/** Typed text, trimmed and limited in length: checked by `readContact` only for the way chosen. */
const typed = (label: string, max: number, multiline = false) => textField(translate(label), { max, required: false, multiline });

/** The contact fields of a form, to spread into its schema. */
export function contactFields() {
  return {
    contact: z.enum(CONTACT_CHOICES, { message: translate("contact.choose") }).optional(),
    email: typed("validation.email.label", 254),
    phone: typed("contact.phone", 30),
    forumContact: typed("contact.forum.reach", 200),
    postalAddress: typed("contact.address", 300, true),
    postcode: typed("contact.postcode", 10),
    easyRead: z.preprocess((v) => v === "yes", z.boolean()),
  };
}

type Fields = {
  contact?: ContactChoice;
  email: string;
  phone: string;
  forumContact: string;
  postalAddress: string;
  postcode: string;
  easyRead: boolean;
};
type Problem = { ok: false; field: "email" | "phone" | "forumContact" | "postalAddress" | "postcode" | "name"; message: string };

/**
 * The contact a form's fields add up to, or the field to put right. Only the way chosen is checked:
 * what was typed under another (hidden once JavaScript runs) is left alone. With no choice made (a
 * form from before the choice, or a browser that sent none), details given are taken as the choice.
 * The forum and letters need a name to know who to tell: `name` is the form's, if it has one.
 */
export function readContact(fields: Fields & { name?: string }): { ok: true; contact: Contact } | Problem {
  const choice = fields.contact ?? (fields.email ? "email" : fields.phone ? "sms" : "none");
  const none = NO_CONTACT;
  const problem = (field: Problem["field"], key: string): Problem => ({ ok: false, field, message: translate(key) });
  if ((choice === "forum" || choice === "post") && fields.name !== undefined && !fields.name)
    return problem("name", choice === "post" ? "contact.post.name" : "contact.forum.name");
  switch (choice) {
    case "email": {
      if (!fields.email) return problem("email", "contact.email.required");
      const checked = email().safeParse(fields.email);
      return checked.success
        ? { ok: true, contact: { ...none, channel: "email", email: checked.data } }
        : { ok: false, field: "email", message: checked.error.issues[0]!.message };
    }
    case "sms": {
      if (!fields.phone) return problem("phone", "contact.phone.required");
      const phone = ukMobile(fields.phone);
      if (!phone) return problem("phone", "contact.phone.format");
      // An email given with a text message is where news goes if a text cannot reach them.
      const backup = fields.email ? email().safeParse(fields.email) : null;
      return { ok: true, contact: { ...none, channel: "sms", phone, email: backup?.success ? backup.data : null } };
    }
    case "post": {
      if (!fields.postalAddress) return problem("postalAddress", "contact.address.required");
      if (!fields.postcode) return problem("postcode", "contact.postcode.required");
      const postcode = ukPostcode(fields.postcode);
      if (!postcode) return problem("postcode", "contact.postcode.format");
      return { ok: true, contact: { ...none, channel: "post", postalAddress: fields.postalAddress, postcode, easyRead: fields.easyRead } };
    }
    case "forum":
      if (!fields.forumContact) return problem("forumContact", "contact.forum.required");
      return { ok: true, contact: { ...none, channel: "forum", forumContact: fields.forumContact } };
    default:
      return { ok: true, contact: none };
  }
}

// The ways a person can choose to hear back, wherever contact details are asked (client-safe: the
// form's component offers them, contact.server reads them).
export const CONTACT_CHOICES = ["email", "sms", "post", "forum", "none"] as const;
export type ContactChoice = (typeof CONTACT_CHOICES)[number];

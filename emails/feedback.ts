import { renderEmail, type EmailContext } from "./layout";

// Emails of the "You said, we did" loop. They carry the public note and links,
// never anyone's original words except back to the person who wrote them.

export function suggestionReceipt(ctx: EmailContext, p: { name: string | null; reference: string; trackLink: string; stopLink: string }) {
  return renderEmail(ctx, "suggestion-receipt", `We have your suggestion ${p.reference}`, `Hello${p.name ? ` ${p.name}` : ""},`, [
    { paragraph: `Thank you for telling us what you think. Your reference is ${p.reference}.` },
    {
      paragraph:
        "An officer will read it and link it to the part of our SEND strategy that answers it. We will email you each time something changes.",
    },
    { paragraph: "You can see what is happening at any time with this private link. Keep it to yourself: anyone with it can see your suggestion." },
    { link: p.trackLink, label: `Follow ${p.reference}` },
    { paragraph: `If you no longer want these emails, stop them here: ${p.stopLink}` },
  ]);
}

export function suggestionUpdate(
  ctx: EmailContext,
  p: { reference: string; status: string; note: string; link: string; stopLink: string; yours: boolean },
) {
  return renderEmail(ctx, "suggestion-update", `Update on ${p.reference}: ${p.status}`, "Hello,", [
    {
      paragraph: p.yours
        ? `There is news about your suggestion ${p.reference}. It is now: ${p.status}.`
        : `There is news about suggestion ${p.reference}, which you supported. It is now: ${p.status}.`,
    },
    ...(p.note ? [{ paragraph: `What the officer said: ${p.note}` }] : []),
    { link: p.link, label: "See the full timeline" },
    { paragraph: `To stop updates about ${p.reference}: ${p.stopLink}` },
  ]);
}

export function suggestionMerged(ctx: EmailContext, p: { reference: string; into: string; note: string; link: string; stopLink: string }) {
  return renderEmail(ctx, "suggestion-merged", `${p.reference} has been joined with ${p.into}`, "Hello,", [
    { paragraph: `Other people said the same thing as ${p.reference}, so we have joined it with ${p.into}. You will now hear about ${p.into}.` },
    ...(p.note ? [{ paragraph: `What the officer said: ${p.note}` }] : []),
    { link: p.link, label: `Follow ${p.into}` },
    { paragraph: `To stop updates: ${p.stopLink}` },
  ]);
}

export function confirmMeToo(ctx: EmailContext, p: { reference: string; publicWording: string; link: string; updates: boolean }) {
  return renderEmail(ctx, "me-too-confirm", `Confirm your “me too” for ${p.reference}`, "Hello,", [
    { paragraph: `Someone said “me too” with this email address to suggestion ${p.reference}: “${p.publicWording}”.` },
    {
      paragraph: p.updates
        ? "It counts once you confirm it, and then we will email you each time something changes."
        : "It counts once you confirm it.",
    },
    { link: p.link, label: "Confirm my “me too”" },
    { paragraph: "If this was not you, ignore this email: nothing is counted and we will not email you again about it." },
  ]);
}

import { emailWords, renderEmail, type EmailContext } from "./layout";

// Emails of the "You said, we did" loop. They carry the public note and links,
// never anyone's original words except back to the person who wrote them.

export function suggestionReceipt(ctx: EmailContext, p: { name: string | null; reference: string; trackLink: string; stopLink: string }) {
  const { t } = emailWords(ctx);
  return renderEmail(ctx, "suggestion-receipt", t("email.receipt.subject", p), greeting(ctx, p.name), [
    { paragraph: t("email.receipt.thanks", p) },
    { paragraph: t("email.receipt.next") },
    { paragraph: t("email.receipt.private") },
    { link: p.trackLink, label: t("email.receipt.follow", p) },
    { paragraph: t("email.receipt.stop", p) },
  ]);
}

/** "Hello Sam," or "Hello," in the email's language. */
export function greeting(ctx: EmailContext, name?: string | null) {
  const { t } = emailWords(ctx);
  return name ? t("email.helloName", { name }) : t("email.hello");
}

export function suggestionUpdate(
  ctx: EmailContext,
  p: { reference: string; status: string; note: string; link: string; stopLink: string; yours: boolean },
) {
  const { t } = emailWords(ctx);
  return renderEmail(ctx, "suggestion-update", t("email.update.subject", p), greeting(ctx), [
    { paragraph: p.yours ? t("email.update.yours", p) : t("email.update.supported", p) },
    ...(p.note ? [{ paragraph: t("email.officerSaid", p) }] : []),
    { link: p.link, label: t("email.update.timeline") },
    { paragraph: t("email.update.stop", p) },
  ]);
}

export function suggestionMerged(ctx: EmailContext, p: { reference: string; into: string; note: string; link: string; stopLink: string }) {
  const { t } = emailWords(ctx);
  return renderEmail(ctx, "suggestion-merged", t("email.merged.subject", p), greeting(ctx), [
    { paragraph: t("email.merged.body", p) },
    ...(p.note ? [{ paragraph: t("email.officerSaid", p) }] : []),
    { link: p.link, label: t("email.receipt.follow", { reference: p.into }) },
    { paragraph: t("email.merged.stop", p) },
  ]);
}

export function confirmMeToo(ctx: EmailContext, p: { reference: string; publicWording: string; link: string; updates: boolean }) {
  const { t } = emailWords(ctx);
  return renderEmail(ctx, "me-too-confirm", t("email.meToo.subject", p), greeting(ctx), [
    { paragraph: t("email.meToo.someone", p) },
    { paragraph: p.updates ? t("email.meToo.countsAndUpdates") : t("email.meToo.counts") },
    { link: p.link, label: t("email.meToo.confirm") },
    { paragraph: t("email.meToo.notYou") },
  ]);
}

/** A fresh link to a person's own view of a suggestion, asked for from an expired one. */
export function newViewLink(ctx: EmailContext, p: { reference: string; link: string; stopLink: string }) {
  const { t } = emailWords(ctx);
  return renderEmail(ctx, "view-link", t("email.viewLink.subject", p), greeting(ctx), [
    { paragraph: t("email.viewLink.body", p) },
    { link: p.link, label: t("email.receipt.follow", p) },
    { paragraph: t("email.viewLink.private") },
    { paragraph: t("email.update.stop", p) },
  ]);
}

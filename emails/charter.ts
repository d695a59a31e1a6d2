import { emailWords, renderEmail, type EmailContext } from "./layout";
import { greeting } from "./feedback";

export function confirmSignature(ctx: EmailContext, p: { name: string; link: string }) {
  const { t } = emailWords(ctx);
  return renderEmail(ctx, "charter-confirm", t("email.charterConfirm.subject"), greeting(ctx, p.name), [
    { paragraph: t("email.charterConfirm.body", { areaName: ctx.areaName }) },
    { link: p.link, label: t("email.charterConfirm.button") },
    { paragraph: t("email.charterConfirm.notYou") },
  ]);
}

export function signatureConfirmed(ctx: EmailContext, p: { name: string; charterLink: string; withdrawLink: string }) {
  const { t } = emailWords(ctx);
  return renderEmail(ctx, "charter-thanks", t("email.charterThanks.subject"), greeting(ctx, p.name), [
    { paragraph: t("email.charterThanks.body") },
    { link: p.charterLink, label: t("email.charter.see") },
    { paragraph: t("email.charter.withdraw", p) },
  ]);
}

export function alreadySigned(ctx: EmailContext, p: { name: string; charterLink: string; withdrawLink: string }) {
  const { t } = emailWords(ctx);
  return renderEmail(ctx, "charter-already-signed", t("email.charterAlready.subject"), greeting(ctx, p.name), [
    { paragraph: t("email.charterAlready.body") },
    { link: p.charterLink, label: t("email.charter.see") },
    { paragraph: t("email.charter.withdraw", p) },
  ]);
}

export function signAgain(ctx: EmailContext, p: { name: string; summary: string; link: string }) {
  const { t } = emailWords(ctx);
  return renderEmail(ctx, "charter-sign-again", t("email.charterAgain.subject"), greeting(ctx, p.name), [
    { paragraph: t("email.charterAgain.body") },
    ...(p.summary ? [{ paragraph: t("email.charterAgain.summary", p) }] : []),
    { paragraph: t("email.charterAgain.stays") },
    { link: p.link, label: t("email.charterAgain.link") },
  ]);
}

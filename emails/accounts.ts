import { emailWords, renderEmail, type EmailContext } from "./layout";
import { greeting } from "./feedback";

// Emails about accounts, in the language of the person they go to.

export function verifyEmail(ctx: EmailContext, p: { name: string; link: string }) {
  const { t } = emailWords(ctx);
  return renderEmail(ctx, "verify-email", t("email.verify.subject"), greeting(ctx, p.name), [
    { paragraph: t("email.verify.thanks", { areaName: ctx.areaName }) },
    { paragraph: t("email.verify.body") },
    { link: p.link, label: t("email.verify.link") },
    { paragraph: t("email.verify.notYou") },
  ]);
}

export function accountAlreadyExists(ctx: EmailContext, p: { name: string; signInLink: string; resetLink: string }) {
  const { t } = emailWords(ctx);
  return renderEmail(ctx, "account-exists", t("email.exists.subject"), greeting(ctx, p.name), [
    { paragraph: t("email.exists.body") },
    { link: p.signInLink, label: t("nav.signIn") },
    { paragraph: t("email.exists.forgotten") },
    { link: p.resetLink, label: t("email.exists.reset") },
    { paragraph: t("email.exists.notYou") },
  ]);
}

export function resetPassword(ctx: EmailContext, p: { name: string; link: string }) {
  const { t } = emailWords(ctx);
  return renderEmail(ctx, "reset-password", t("auth.reset.title"), greeting(ctx, p.name), [
    { paragraph: t("email.reset.body") },
    { link: p.link, label: t("email.reset.link") },
    { paragraph: t("email.reset.notYou") },
  ]);
}

export function signInLink(ctx: EmailContext, p: { name: string; link: string }) {
  const { t } = emailWords(ctx);
  return renderEmail(ctx, "sign-in-link", t("email.signInLink.subject"), greeting(ctx, p.name), [
    { paragraph: t("email.signInLink.body") },
    { link: p.link, label: t("nav.signIn") },
    { paragraph: t("email.signInLink.notYou") },
  ]);
}

export function invitation(ctx: EmailContext, p: { name: string; link: string; roles: string; invitedBy: string }) {
  const { t } = emailWords(ctx);
  return renderEmail(ctx, "invitation", t("email.invitation.subject", { areaName: ctx.areaName }), greeting(ctx, p.name), [
    { paragraph: t("email.invitation.body", { ...p, areaName: ctx.areaName }) },
    { paragraph: t("email.invitation.start") },
    { link: p.link, label: t("email.invitation.link") },
  ]);
}

import { renderEmail, type EmailContext } from "./layout";

// Emails about accounts. Each returns the subject, HTML and plain text.

export function verifyEmail(ctx: EmailContext, p: { name: string; link: string }) {
  return renderEmail(ctx, "verify-email", "Confirm your email address", `Hello ${p.name},`, [
    { paragraph: `Thank you for creating an account with ${ctx.areaName} Coproduce.` },
    { paragraph: "Please confirm this is your email address and choose a password. The link works for 24 hours." },
    { link: p.link, label: "Confirm and choose a password" },
    { paragraph: "If you did not create an account, you can ignore this email: nobody can use the account until this link is used." },
  ]);
}

export function accountAlreadyExists(ctx: EmailContext, p: { name: string; signInLink: string; resetLink: string }) {
  return renderEmail(ctx, "account-exists", "You already have an account", `Hello ${p.name},`, [
    { paragraph: "Someone tried to create an account with this email address. You already have one." },
    { link: p.signInLink, label: "Sign in" },
    { paragraph: "If you have forgotten your password, you can choose a new one:" },
    { link: p.resetLink, label: "Reset my password" },
    { paragraph: "If this was not you, you can ignore this email. Nothing has changed." },
  ]);
}

export function resetPassword(ctx: EmailContext, p: { name: string; link: string }) {
  return renderEmail(ctx, "reset-password", "Reset your password", `Hello ${p.name},`, [
    { paragraph: "We received a request to reset your password. The link works once, for 1 hour." },
    { link: p.link, label: "Choose a new password" },
    { paragraph: "If you did not ask for this, you can ignore this email. Your password has not changed." },
  ]);
}

export function signInLink(ctx: EmailContext, p: { name: string; link: string }) {
  return renderEmail(ctx, "sign-in-link", "Your sign-in link", `Hello ${p.name},`, [
    { paragraph: "Use this link to sign in. It works once, for 15 minutes." },
    { link: p.link, label: "Sign in" },
    { paragraph: "If you did not ask for this, you can ignore this email." },
  ]);
}

export function invitation(ctx: EmailContext, p: { name: string; link: string; roles: string; invitedBy: string }) {
  return renderEmail(ctx, "invitation", `You have been invited to ${ctx.areaName} Coproduce`, `Hello ${p.name},`, [
    { paragraph: `${p.invitedBy} has invited you to ${ctx.areaName} Coproduce as: ${p.roles}.` },
    { paragraph: "Choose a password to start. The link works for 7 days." },
    { link: p.link, label: "Choose a password" },
  ]);
}

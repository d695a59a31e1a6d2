import { renderEmail, type EmailContext } from "./layout";

export function confirmSignature(ctx: EmailContext, p: { name: string; link: string }) {
  return renderEmail(ctx, "charter-confirm", "Confirm you are signing the co-production charter", `Hello ${p.name},`, [
    { paragraph: `Thank you for signing ${ctx.areaName}'s co-production charter. Your signature counts once you confirm it is you.` },
    { link: p.link, label: "Confirm my signature" },
    { paragraph: "If you did not sign the charter, ignore this email and nothing will happen." },
  ]);
}

export function signatureConfirmed(ctx: EmailContext, p: { name: string; charterLink: string; withdrawLink: string }) {
  return renderEmail(ctx, "charter-thanks", "Thank you for signing the co-production charter", `Hello ${p.name},`, [
    {
      paragraph:
        "Your signature is confirmed. Thank you for committing to work together with children and young people with SEND and their families.",
    },
    { link: p.charterLink, label: "See the charter and how we are keeping it" },
    { paragraph: `If you ever want to take your signature back: ${p.withdrawLink}` },
  ]);
}

export function alreadySigned(ctx: EmailContext, p: { name: string; charterLink: string; withdrawLink: string }) {
  return renderEmail(ctx, "charter-already-signed", "You have already signed the co-production charter", `Hello ${p.name},`, [
    {
      paragraph:
        "Someone asked to sign the co-production charter with this email address. It has already signed this version, so nothing has changed. Thank you.",
    },
    { link: p.charterLink, label: "See the charter and how we are keeping it" },
    { paragraph: `If you ever want to take your signature back: ${p.withdrawLink}` },
  ]);
}

export function signAgain(ctx: EmailContext, p: { name: string; summary: string; link: string }) {
  return renderEmail(ctx, "charter-sign-again", "The co-production charter has changed: will you sign again?", `Hello ${p.name},`, [
    { paragraph: "You signed our co-production charter. We have agreed a new version." },
    ...(p.summary ? [{ paragraph: `What changed: ${p.summary}` }] : []),
    { paragraph: "Your signature stays on the version you signed. If you agree with the new one, please sign it too." },
    { link: p.link, label: "Read and sign the new version" },
  ]);
}

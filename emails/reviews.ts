import { emailWords, renderEmail, type EmailContext } from "./layout";
import { greeting } from "./feedback";

// Emails to the young people who review documents, each in the language of their account.

export function reviewInvitation(ctx: EmailContext, p: { name: string; title: string; deadline: string; link: string }) {
  const { t } = emailWords(ctx);
  return renderEmail(ctx, "review-invitation", t("email.reviewInvitation.subject", p), greeting(ctx, p.name), [
    { paragraph: t("email.reviewInvitation.body", p) },
    { paragraph: t("email.reviewInvitation.how") },
    { paragraph: t("email.reviewInvitation.deadline", p) },
    { link: p.link, label: t("email.reviewInvitation.link") },
  ]);
}

export function reviewReminder(ctx: EmailContext, p: { name: string; title: string; deadline: string; link: string }) {
  const { t } = emailWords(ctx);
  return renderEmail(ctx, "review-reminder", t("email.reviewReminder.subject", p), greeting(ctx, p.name), [
    { paragraph: t("email.reviewReminder.body", p) },
    { paragraph: t("email.reviewReminder.saved") },
    { link: p.link, label: t("email.reviewReminder.link") },
  ]);
}

export function commentsAnswered(ctx: EmailContext, p: { name: string; title: string; count: number; link: string }) {
  const { t } = emailWords(ctx);
  return renderEmail(ctx, "review-answered", t("email.reviewAnswered.subject", p), greeting(ctx, p.name), [
    { paragraph: t("email.reviewAnswered.body", p) },
    { link: p.link, label: t("email.reviewAnswered.link") },
  ]);
}

export function newVersion(ctx: EmailContext, p: { name: string; title: string; number: number; summary: string; link: string }) {
  const { t } = emailWords(ctx);
  return renderEmail(ctx, "review-new-version", t("email.reviewVersion.subject", p), greeting(ctx, p.name), [
    { paragraph: t("email.reviewVersion.body", p) },
    ...(p.summary ? [{ paragraph: t("email.reviewVersion.summary", p) }] : []),
    { link: p.link, label: t("email.reviewVersion.link") },
  ]);
}

import { renderEmail, type EmailContext } from "./layout";

export function reviewInvitation(ctx: EmailContext, p: { name: string; title: string; deadline: string; link: string }) {
  return renderEmail(ctx, "review-invitation", `Will you review “${p.title}”?`, `Hello ${p.name},`, [
    { paragraph: `We have written a draft of “${p.title}” and we want to know what you think before it is finished.` },
    { paragraph: "Read it, comment on any part that is hard to understand or that you would change, and answer a couple of short questions." },
    { paragraph: `Please send your comments by the end of ${p.deadline}.` },
    { link: p.link, label: "Read and review the document" },
  ]);
}

export function reviewReminder(ctx: EmailContext, p: { name: string; title: string; deadline: string; link: string }) {
  return renderEmail(ctx, "review-reminder", `Reminder: your review of “${p.title}” is due ${p.deadline}`, `Hello ${p.name},`, [
    { paragraph: `This is a reminder that comments on “${p.title}” close at the end of ${p.deadline}.` },
    { paragraph: "If you have already started, your comments are saved. Remember to answer the questions and press “Send my review”." },
    { link: p.link, label: "Carry on with your review" },
  ]);
}

export function commentsAnswered(ctx: EmailContext, p: { name: string; title: string; count: number; link: string }) {
  return renderEmail(ctx, "review-answered", `Your comments on “${p.title}” have been answered`, `Hello ${p.name},`, [
    {
      paragraph: `Thank you for reviewing “${p.title}”. We have answered ${p.count === 1 ? "your comment" : `all ${p.count} of your comments`}: what we changed because of them, or why we kept something as it was.`,
    },
    { link: p.link, label: "See how we answered" },
  ]);
}

export function newVersion(ctx: EmailContext, p: { name: string; title: string; number: number; summary: string; link: string }) {
  return renderEmail(ctx, "review-new-version", `Version ${p.number} of “${p.title}” is ready`, `Hello ${p.name},`, [
    { paragraph: `You reviewed “${p.title}”. We have made a new version using what reviewers told us.` },
    ...(p.summary ? [{ paragraph: `What changed: ${p.summary}` }] : []),
    { link: p.link, label: "See what changed" },
  ]);
}

import { smsSegments } from "~/modules/notifications/segments";
import { emailWords, type EmailContext } from "./layout";

// Text messages: short and plain, in the person's language, each with the reference, a short link
// and how to stop. Kept to two segments where the words allow: a long outcome is shortened, and the
// link leads to the whole of it.

export type RenderedText = { body: string; summary: string; template: string };

/** The parts joined, with `shorten` cut (or left out) so the whole stays within two segments if it can. */
function fitted(before: string[], shorten: string, after: string[]): string {
  const join = (middle: string) => [...before, middle, ...after].filter(Boolean).join(" ");
  if (!shorten || smsSegments(join(shorten)) <= 2) return join(shorten);
  const chars = [...shorten];
  for (let keep = chars.length - 1; keep >= 20; keep -= 5) {
    // Three dots, not "…", which is outside the GSM alphabet and would halve the room.
    const cut = `${chars.slice(0, keep).join("").trimEnd()}...`;
    if (smsSegments(join(cut)) <= 2) return join(cut);
  }
  return join("");
}

export function suggestionReceiptText(ctx: EmailContext, p: { reference: string; link: string; stopLink: string }): RenderedText {
  const { t } = emailWords(ctx);
  return {
    template: "suggestion-receipt",
    summary: t("text.receipt.summary", p),
    body: [t("text.receipt", { ...p, areaName: ctx.areaName }), t("text.see", p), t("text.stop", p)].join(" "),
  };
}

export function suggestionUpdateText(
  ctx: EmailContext,
  p: { reference: string; status: string; outcome: string; link: string; stopLink: string },
): RenderedText {
  const { t } = emailWords(ctx);
  return {
    template: "suggestion-update",
    summary: t("text.update.summary", p),
    body: fitted(
      [t("text.update", { ...p, areaName: ctx.areaName })],
      p.outcome ? t("text.outcome", { outcome: p.outcome.replace(/\s+/g, " ").trim() }) : "",
      [t("text.see", p), t("text.stop", p)],
    ),
  };
}

/** A visitor said "me too" with this number: the link that counts it (and brings updates if they asked). */
export function meTooConfirmText(ctx: EmailContext, p: { reference: string; link: string; updates: boolean }): RenderedText {
  const { t } = emailWords(ctx);
  return {
    template: "me-too-confirm",
    summary: t("text.meToo.summary", p),
    body: [t(p.updates ? "text.meToo.updates" : "text.meToo", { ...p, areaName: ctx.areaName }), t("text.meToo.notYou")].join(" "),
  };
}

/** A link to carry on a survey from another device: the title shortened if it must be, to stay within two segments. */
export function surveyContinueText(ctx: EmailContext, p: { title: string; closesOn: string; link: string }): RenderedText {
  const { t } = emailWords(ctx);
  return {
    template: "survey-continue",
    summary: t("text.surveyContinue.summary"),
    body: fitted([t("text.surveyContinue", { areaName: ctx.areaName })], p.title, [t("text.surveyContinue.link", p), t("text.surveyContinue.once")]),
  };
}

export function suggestionMergedText(ctx: EmailContext, p: { reference: string; into: string; link: string; stopLink: string }): RenderedText {
  const { t } = emailWords(ctx);
  return {
    template: "suggestion-merged",
    summary: t("text.merged.summary", p),
    body: [t("text.merged", { ...p, areaName: ctx.areaName }), t("text.see", p), t("text.stop", p)].join(" "),
  };
}

/** The day before an event: its title (shortened if long), when, and the booking's page. */
export function eventReminderText(ctx: EmailContext, p: { title: string; when: string; link: string }): RenderedText {
  const { t } = emailWords(ctx);
  return {
    template: "event-reminder",
    summary: t("text.reminder.summary", p),
    body: fitted([t("text.reminder", { areaName: ctx.areaName })], p.title, [t("text.reminder.when", p), t("text.booking", p)]),
  };
}

/** A fresh link to a person's own view, asked for from an expired one. */
export function newViewLinkText(ctx: EmailContext, p: { reference: string; link: string; stopLink: string }): RenderedText {
  const { t } = emailWords(ctx);
  return {
    template: "view-link",
    summary: t("text.viewLink.summary", p),
    body: [t("text.viewLink", { ...p, areaName: ctx.areaName }), t("text.see", p), t("text.stop", p)].join(" "),
  };
}

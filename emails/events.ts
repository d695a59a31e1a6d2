import { emailWords, renderEmail, type EmailAttachment, type EmailBlock, type EmailContext } from "./layout";
import { greeting } from "./feedback";

// Emails to people who register for events. Each carries the details a family needs.

export type EventDetails = { title: string; when: string; where: string; joiningLink: string; accessibility: string };

function details(ctx: EmailContext, e: EventDetails): EmailBlock[] {
  const { t } = emailWords(ctx);
  return [
    { paragraph: t("email.event.what", e) },
    { paragraph: t("email.event.when", e) },
    { paragraph: t("email.event.where", e) },
    ...(e.joiningLink ? [{ paragraph: t("email.event.join", e) }] : []),
    ...(e.accessibility ? [{ paragraph: t("email.event.access", e) }] : []),
  ];
}

export function registrationConfirmed(
  ctx: EmailContext,
  p: { name: string; places: number; event: EventDetails; manageLink: string; calendar: EmailAttachment },
) {
  const { t } = emailWords(ctx);
  return {
    ...renderEmail(ctx, "registration-confirmed", t("email.booked.subject", p.event), greeting(ctx, p.name), [
      { paragraph: t("email.booked.places", { places: p.places }) },
      ...details(ctx, p.event),
      { paragraph: t("email.booked.access") },
      { link: p.manageLink, label: t("email.booking.manage") },
    ]),
    attachments: [p.calendar],
  };
}

export function registrationWaiting(ctx: EmailContext, p: { name: string; event: EventDetails; manageLink: string }) {
  const { t } = emailWords(ctx);
  return renderEmail(ctx, "registration-waiting", t("email.waiting.subject", p.event), greeting(ctx, p.name), [
    { paragraph: t("email.waiting.body") },
    ...details(ctx, { ...p.event, joiningLink: "" }),
    { link: p.manageLink, label: t("email.waiting.manage") },
  ]);
}

export function registrationPromoted(
  ctx: EmailContext,
  p: { name: string; places: number; event: EventDetails; manageLink: string; calendar: EmailAttachment },
) {
  const { t } = emailWords(ctx);
  return {
    ...renderEmail(ctx, "registration-promoted", t("email.promoted.subject", p.event), greeting(ctx, p.name), [
      { paragraph: t("email.promoted.body", { places: p.places }) },
      ...details(ctx, p.event),
      { link: p.manageLink, label: t("email.booking.manage") },
    ]),
    attachments: [p.calendar],
  };
}

export function registrationCancelled(ctx: EmailContext, p: { name: string; event: EventDetails }) {
  const { t } = emailWords(ctx);
  return renderEmail(ctx, "registration-cancelled", t("email.bookingCancelled.subject", p.event), greeting(ctx, p.name), [
    { paragraph: t("email.bookingCancelled.body", p.event) },
  ]);
}

export function eventReminder(ctx: EmailContext, p: { name: string; days: 7 | 1; event: EventDetails; manageLink: string }) {
  const { t } = emailWords(ctx);
  const values = { ...p.event, days: p.days };
  return renderEmail(ctx, `event-reminder-${p.days}d`, t("email.reminder.subject", values), greeting(ctx, p.name), [
    { paragraph: t("email.reminder.body", values) },
    ...details(ctx, p.event),
    { paragraph: t("email.reminder.cancel") },
    { link: p.manageLink, label: t("email.booking.manage") },
  ]);
}

export function eventCancelled(ctx: EmailContext, p: { name: string; event: EventDetails }) {
  const { t } = emailWords(ctx);
  return renderEmail(ctx, "event-cancelled", t("email.eventCancelled.subject", p.event), greeting(ctx, p.name), [
    { paragraph: t("email.eventCancelled.body", p.event) },
  ]);
}

export function eventChanged(ctx: EmailContext, p: { name: string; event: EventDetails; manageLink: string; calendar: EmailAttachment }) {
  const { t } = emailWords(ctx);
  return {
    ...renderEmail(ctx, "event-changed", t("email.eventChanged.subject", p.event), greeting(ctx, p.name), [
      { paragraph: t("email.eventChanged.body") },
      ...details(ctx, p.event),
      { link: p.manageLink, label: t("email.booking.manage") },
    ]),
    attachments: [p.calendar],
  };
}

export function eventThanks(ctx: EmailContext, p: { name: string; title: string; outcomesLink: string; following: boolean }) {
  const { t } = emailWords(ctx);
  return renderEmail(ctx, "event-thanks", t("email.eventThanks.subject", p), greeting(ctx, p.name), [
    { paragraph: t("email.eventThanks.body", p) },
    { link: p.outcomesLink, label: t("email.eventThanks.link") },
    { paragraph: p.following ? t("email.eventThanks.following") : t("email.eventThanks.check") },
  ]);
}

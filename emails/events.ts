import { renderEmail, type EmailAttachment, type EmailBlock, type EmailContext } from "./layout";

// Emails to people who register for events. Each carries the details a family needs.

export type EventDetails = { title: string; when: string; where: string; joiningLink: string; accessibility: string };

function details(e: EventDetails): EmailBlock[] {
  return [
    { paragraph: `What: ${e.title}` },
    { paragraph: `When: ${e.when}` },
    { paragraph: `Where: ${e.where}` },
    ...(e.joiningLink ? [{ paragraph: `How to join online: ${e.joiningLink}` }] : []),
    ...(e.accessibility ? [{ paragraph: `Access: ${e.accessibility}` }] : []),
  ];
}

export function registrationConfirmed(
  ctx: EmailContext,
  p: { name: string; places: number; event: EventDetails; manageLink: string; calendar: EmailAttachment },
) {
  return {
    ...renderEmail(ctx, "registration-confirmed", `You are booked: ${p.event.title}`, `Hello ${p.name},`, [
      {
        paragraph: `You have ${p.places === 1 ? "a place" : `${p.places} places`} at this event. The calendar file attached adds it to your calendar.`,
      },
      ...details(p.event),
      { paragraph: "If you told us about access needs, the organiser will be in touch about what has been arranged." },
      { link: p.manageLink, label: "See or cancel your booking" },
    ]),
    attachments: [p.calendar],
  };
}

export function registrationWaiting(ctx: EmailContext, p: { name: string; event: EventDetails; manageLink: string }) {
  return renderEmail(ctx, "registration-waiting", `You are on the waiting list: ${p.event.title}`, `Hello ${p.name},`, [
    { paragraph: "The event is full, so you are on the waiting list. If a place comes free we will give it to you and email you straight away." },
    ...details({ ...p.event, joiningLink: "" }),
    { link: p.manageLink, label: "See or leave the waiting list" },
  ]);
}

export function registrationPromoted(
  ctx: EmailContext,
  p: { name: string; places: number; event: EventDetails; manageLink: string; calendar: EmailAttachment },
) {
  return {
    ...renderEmail(ctx, "registration-promoted", `A place came free: you are booked for ${p.event.title}`, `Hello ${p.name},`, [
      {
        paragraph: `Good news: a place came free, so you now have ${p.places === 1 ? "a place" : `${p.places} places`}. The calendar file attached adds it to your calendar.`,
      },
      ...details(p.event),
      { link: p.manageLink, label: "See or cancel your booking" },
    ]),
    attachments: [p.calendar],
  };
}

export function registrationCancelled(ctx: EmailContext, p: { name: string; event: EventDetails }) {
  return renderEmail(ctx, "registration-cancelled", `Booking cancelled: ${p.event.title}`, `Hello ${p.name},`, [
    {
      paragraph: `Your booking for ${p.event.title} on ${p.event.when} is cancelled. Thank you for letting us know: your place can go to someone else.`,
    },
  ]);
}

export function eventReminder(ctx: EmailContext, p: { name: string; days: 7 | 1; event: EventDetails; manageLink: string }) {
  const soon = p.days === 1 ? "tomorrow" : "in a week";
  return renderEmail(ctx, `event-reminder-${p.days}d`, `Reminder: ${p.event.title} is ${soon}`, `Hello ${p.name},`, [
    { paragraph: `A reminder that ${p.event.title} is ${soon}.` },
    ...details(p.event),
    { paragraph: "If you can no longer come, please cancel so your place can go to someone on the waiting list." },
    { link: p.manageLink, label: "See or cancel your booking" },
  ]);
}

export function eventCancelled(ctx: EmailContext, p: { name: string; event: EventDetails }) {
  return renderEmail(ctx, "event-cancelled", `Cancelled: ${p.event.title}`, `Hello ${p.name},`, [
    { paragraph: `We are sorry: ${p.event.title} on ${p.event.when} has been cancelled. You do not need to do anything.` },
  ]);
}

export function eventChanged(ctx: EmailContext, p: { name: string; event: EventDetails; manageLink: string; calendar: EmailAttachment }) {
  return {
    ...renderEmail(ctx, "event-changed", `Changed: ${p.event.title}`, `Hello ${p.name},`, [
      {
        paragraph:
          "The time or place of an event you are booked on has changed. Here are the new details; the attached calendar file updates your calendar.",
      },
      ...details(p.event),
      { link: p.manageLink, label: "See or cancel your booking" },
    ]),
    attachments: [p.calendar],
  };
}

export function eventThanks(ctx: EmailContext, p: { name: string; title: string; outcomesLink: string; following: boolean }) {
  return renderEmail(ctx, "event-thanks", `Thank you for coming: ${p.title}`, `Hello ${p.name},`, [
    { paragraph: `Thank you for coming to ${p.title}. We have written up what we heard and linked each point to our SEND strategy.` },
    { link: p.outcomesLink, label: "See what we heard and what happens next" },
    {
      paragraph: p.following
        ? "You asked to hear what happens, so we will email you each time one of these points moves on."
        : "You can check the page above at any time to see what is happening.",
    },
  ]);
}

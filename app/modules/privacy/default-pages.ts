// The starting text of the pages an admin can edit, in the simple plain-text
// form the rich text field understands. {area} and {contact} are filled in. Titles are message keys.

export const DEFAULT_PAGES = {
  privacy: {
    title: "layout.privacy",
    text: `This notice explains how {area} Coproduce uses information about you. It is run by the council and its health partners with the parent carer forum, to plan services for children and young people with special educational needs and disabilities (SEND) together with families.

## What we collect

- your name and email address, if you create an account or ask us to keep you updated
- what you tell us: suggestions, survey answers, comments on documents and event bookings
- access needs you tell us about, so we can make events work for you
- whether you are under 18, so we can keep your name off public pages

## How we use it

We use what you tell us to improve SEND services and to tell you what happened as a result. We never publish your name, your email address or your own words. Anything we publish is written by an officer in general words, with personal details taken out. Every time we ask for your details, the form says what you are agreeing to, and we keep a record of that wording and when you agreed.

## Keeping children safe

If something you tell us makes us worried about a child or young person's safety, it is not published, and our safeguarding lead is told so they can act. They see where to read it, never a copy by email.

## Children and young people

Young people aged 13 and over can create an account. If you are under 13, ask a parent or carer to help you, or tell us what you think without leaving your contact details. If you are under 18, your name is never shown on any public page.

## How long we keep it

- names and contact details of people who booked an event: 12 months after the event
- who answered a survey: 6 months after it closes
- charter signatures that were never confirmed: 30 days
- emails we sent you: 90 days

After that, we remove who you are and keep only what was said and the numbers.

## Your rights

You can see and download everything we hold about you from your account, or delete your account there. You can also ask us to correct or delete your information by emailing {contact}, or by post. You can complain to the Information Commissioner's Office (ICO).

## Cookies

We use a cookie to keep you signed in; it is deleted when you sign out. Other cookies remember that this browser has said "me too" to a suggestion, that you asked for easy read, and where you were in a survey so you can carry on. We do not use cookies to track you.`,
  },
  accessibility: {
    title: "layout.accessibility",
    text: `This statement is about {area} Coproduce. We want as many people as possible to be able to use it. You should be able to:

- zoom in up to 400% without the text spilling off the screen
- get around the whole site using just a keyboard
- use it with a screen reader, such as NVDA, JAWS or VoiceOver
- use it with JavaScript turned off
- switch surveys and documents to easy read, and make the text of documents larger
- change colours, contrast and fonts using your browser or device settings

We have written the text to be as simple as we can.

## How accessible this website is

We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA. Every page is checked by automated accessibility tests each time we change the website. Automated tests do not find every problem, so please tell us about anything that is hard to use.

## Asking for information in a different format

If you need information in a different format, like easy read, large print, audio or British Sign Language, email {contact}. We will reply within 5 working days.

## Reporting problems

If you find a problem that is not listed here, or you think we are not meeting accessibility requirements, email {contact}.

## Enforcement procedure

The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how we respond to your complaint, contact the Equality Advisory and Support Service (EASS).`,
  },
} as const;

export type SitePageSlug = keyof typeof DEFAULT_PAGES;
export const SITE_PAGE_SLUGS = Object.keys(DEFAULT_PAGES) as SitePageSlug[];

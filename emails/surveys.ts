import { renderEmail, type EmailContext } from "./layout";

export function continueSurvey(ctx: EmailContext, p: { title: string; closesOn: string; link: string }) {
  return renderEmail(ctx, "survey-continue", `Carry on with “${p.title}”`, "Hello,", [
    { paragraph: `You asked us to email you a link to carry on answering “${p.title}”. Your answers so far are saved.` },
    { link: p.link, label: "Carry on with the survey" },
    {
      paragraph:
        `The link works once, in the browser where you open it. The survey closes at the end of ${p.closesOn}. ` +
        "Anyone with this link can see and change your answers, so keep it to yourself.",
    },
    { paragraph: "If you did not start this survey, ignore this email: nothing you have written is in it." },
  ]);
}

export function surveyReceipt(ctx: EmailContext, p: { name: string | null; title: string; reference: string }) {
  return renderEmail(ctx, "survey-receipt", `Thank you for answering “${p.title}”`, `Hello${p.name ? ` ${p.name}` : ""},`, [
    { paragraph: `Thank you for answering “${p.title}”. Your reference is ${p.reference}.` },
    {
      paragraph:
        "You gave us your contact details, so we may get in touch about your answers. When the survey closes " +
        "we publish what we heard and what we are doing about it.",
    },
  ]);
}

export function surveyInvitation(
  ctx: EmailContext,
  p: { name: string; title: string; audience: string; closesOn: string; link: string; preferencesLink: string },
) {
  return renderEmail(ctx, "survey-invitation", `Have your say: ${p.title}`, `Hello ${p.name},`, [
    {
      paragraph: `We have a new survey: “${p.title}”${p.audience ? `, for ${p.audience.toLowerCase()}` : ""}. It is open until the end of ${p.closesOn}.`,
    },
    { link: p.link, label: "Answer the survey" },
    { paragraph: `You get these emails because you asked to hear about new surveys. To stop them, change how we contact you: ${p.preferencesLink}` },
  ]);
}

import { emailWords, renderEmail, type EmailContext } from "./layout";
import { greeting } from "./feedback";

export function continueSurvey(ctx: EmailContext, p: { title: string; closesOn: string; link: string }) {
  const { t } = emailWords(ctx);
  return renderEmail(ctx, "survey-continue", t("email.surveyContinue.subject", p), greeting(ctx), [
    { paragraph: t("email.surveyContinue.body", p) },
    { link: p.link, label: t("email.surveyContinue.link") },
    { paragraph: t("email.surveyContinue.once", p) },
    { paragraph: t("email.surveyContinue.notYou") },
  ]);
}

export function surveyReceipt(ctx: EmailContext, p: { name: string | null; title: string; reference: string }) {
  const { t } = emailWords(ctx);
  return renderEmail(ctx, "survey-receipt", t("email.surveyReceipt.subject", p), greeting(ctx, p.name), [
    { paragraph: t("email.surveyReceipt.thanks", p) },
    { paragraph: t("email.surveyReceipt.contact") },
  ]);
}

export function surveyInvitation(
  ctx: EmailContext,
  p: { name: string; title: string; audience: string; closesOn: string; link: string; preferencesLink: string },
) {
  const { t } = emailWords(ctx);
  return renderEmail(ctx, "survey-invitation", t("email.surveyInvitation.subject", p), greeting(ctx, p.name), [
    {
      paragraph: p.audience ? t("email.surveyInvitation.bodyFor", { ...p, audience: p.audience.toLowerCase() }) : t("email.surveyInvitation.body", p),
    },
    { link: p.link, label: t("email.surveyInvitation.link") },
    { paragraph: t("email.surveyInvitation.why", p) },
  ]);
}

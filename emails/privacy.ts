import { emailWords, renderEmail, type EmailContext } from "./layout";

// Told to the safeguarding contact. It never carries what was written: only where to read it.
export function safeguardingAlert(ctx: EmailContext, p: { label: string; flaggedBy: string | null; link: string; recordLink: string }) {
  const { t } = emailWords(ctx);
  return renderEmail(ctx, "safeguarding-alert", t("email.safeguarding.subject", p), t("email.hello"), [
    { paragraph: p.flaggedBy ? t("email.safeguarding.flagged", { label: p.label, name: p.flaggedBy }) : t("email.safeguarding.words", p) },
    { paragraph: t("email.safeguarding.privacy") },
    { link: p.link, label: t("email.safeguarding.read") },
    { paragraph: t("email.safeguarding.record", p) },
  ]);
}

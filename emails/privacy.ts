import { renderEmail, type EmailContext } from "./layout";

// Told to the safeguarding contact. It never carries what was written: only where to read it.
export function safeguardingAlert(ctx: EmailContext, p: { label: string; how: string; link: string; recordLink: string }) {
  return renderEmail(ctx, "safeguarding-alert", `Safeguarding concern: ${p.label}`, "Hello,", [
    { paragraph: `${p.label} ${p.how}. It is held back: it will not be published or shown in any public results.` },
    { paragraph: "For privacy this email does not contain what was written. Sign in to read it." },
    { link: p.link, label: "Read it" },
    { paragraph: `When you have looked at it, record what you did: ${p.recordLink}` },
  ]);
}

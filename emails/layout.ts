import type { LanguageCode } from "~db/schema/enums";
import { translatorFor } from "~/modules/i18n/catalogue.server";
import { interfaceLanguage, LANGUAGES } from "~/modules/i18n/languages";

// One layout for every email: plain, readable HTML with a matching plain-text part, in the
// language of the person it goes to (`lang`): its words in the interface's language, what the area
// wrote in its translation into `lang` where there is one.

export type EmailContext = { areaName: string; appUrl: string; contactEmail: string; lang: LanguageCode };

/** The translator for an email's language: `t` for its words. */
export function emailWords(ctx: EmailContext) {
  return translatorFor(ctx.lang);
}
export type EmailAttachment = { filename: string; contentType: string; content: string };
export type RenderedEmail = { subject: string; html: string; text: string; template: string; attachments?: EmailAttachment[] };

export function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

const BUTTON = "display:inline-block;background:#00703c;color:#ffffff;padding:10px 16px;text-decoration:none;font-weight:bold";

/** A block of an email: a paragraph, or a link shown as a button in HTML and a bare URL in text. */
export type EmailBlock = { paragraph: string } | { link: string; label: string };

export function renderEmail(ctx: EmailContext, template: string, subject: string, greeting: string, blocks: EmailBlock[]): RenderedEmail {
  const { t } = emailWords(ctx);
  const questions = t("email.questions", { contactEmail: ctx.contactEmail });
  const { htmlLang, dir } = LANGUAGES[interfaceLanguage(ctx.lang)];
  const htmlBlocks = blocks
    .map((block) =>
      "paragraph" in block
        ? `<p style="margin:0 0 16px">${escapeHtml(block.paragraph)}</p>`
        : `<p style="margin:0 0 16px"><a href="${escapeHtml(block.link)}" style="${BUTTON}">${escapeHtml(block.label)}</a></p>` +
          `<p style="margin:0 0 16px;font-size:14px">${escapeHtml(t("email.copyLink", { link: block.link }))}</p>`,
    )
    .join("\n");
  const html = `<!doctype html>
<html lang="${htmlLang}" dir="${dir}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:0;background:#f3f2f1;font-family:Arial,sans-serif;font-size:19px;line-height:1.4;color:#0b0c0c">
<div style="max-width:580px;margin:0 auto;background:#ffffff;padding:24px">
<p style="margin:0 0 24px;font-weight:bold;font-size:22px;border-bottom:8px solid #1d70b8;padding-bottom:8px">${escapeHtml(ctx.areaName)} Coproduce</p>
<p style="margin:0 0 16px">${escapeHtml(greeting)}</p>
${htmlBlocks}
<p style="margin:24px 0 0;font-size:16px;color:#505a5f">${escapeHtml(questions)}<br>${escapeHtml(ctx.appUrl)}</p>
</div></body></html>`;
  const textBlocks = blocks.map((block) => ("paragraph" in block ? block.paragraph : `${block.label}:\n${block.link}`)).join("\n\n");
  const text = `${ctx.areaName} Coproduce\n\n${greeting}\n\n${textBlocks}\n\n--\n${questions}\n${ctx.appUrl}\n`;
  return { subject, html, text, template };
}

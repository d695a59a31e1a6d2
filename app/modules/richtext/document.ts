// Rich text is stored as the editor's (tiptap) JSON document, checked by
// validate.server.ts against the small set of nodes and marks we allow, and
// turned into HTML here by our own allow-list renderer: no HTML from a person is
// ever stored or echoed. Shared by the server and the editor, so it holds no server code.

export type Mark = { type: "bold" | "italic" } | { type: "link"; attrs: { href: string } };
export type Inline = { type: "text"; text: string; marks?: Mark[] } | { type: "hardBreak" };
export type Block =
  | { type: "paragraph"; content?: Inline[] }
  | { type: "heading"; attrs: { level: 2 | 3 }; content?: Inline[] }
  | { type: "bulletList" | "orderedList"; content: { type: "listItem"; content: Block[] }[] };
export type RichDoc = { type: "doc"; content: Block[] };

function escape(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

function renderInline(node: Inline): string {
  if (node.type === "hardBreak") return "<br>";
  let html = escape(node.text);
  for (const m of node.marks ?? []) {
    if (m.type === "link") html = `<a class="govuk-link" href="${escape(m.attrs.href)}" rel="noopener noreferrer">${html}</a>`;
    else html = m.type === "bold" ? `<strong>${html}</strong>` : `<em>${html}</em>`;
  }
  return html;
}

/** Safe HTML for one checked block. */
export function renderBlock(node: Block): string {
  const inner = (content?: Inline[]) => (content ?? []).map(renderInline).join("");
  switch (node.type) {
    case "paragraph":
      return `<p class="govuk-body">${inner(node.content)}</p>`;
    case "heading":
      return node.attrs.level === 2
        ? `<h2 class="govuk-heading-m">${inner(node.content)}</h2>`
        : `<h3 class="govuk-heading-s">${inner(node.content)}</h3>`;
    case "bulletList":
    case "orderedList": {
      const tag = node.type === "bulletList" ? "ul" : "ol";
      const items = node.content.map((item) => `<li>${item.content.map(renderBlock).join("")}</li>`).join("");
      return `<${tag} class="govuk-list govuk-list--${node.type === "bulletList" ? "bullet" : "number"}">${items}</${tag}>`;
    }
  }
}

/** Safe HTML for a checked document: every tag and attribute comes from this file. */
export function renderRichText(value: RichDoc): string {
  return value.content.map(renderBlock).join("");
}

/**
 * The plain-text form used when JavaScript is off: paragraphs separated by a
 * blank line, "## " and "### " for headings, "- " or "* " for bullets, "1. " for numbered lists.
 */
export function docFromPlainText(text: string): RichDoc {
  const blocks: Block[] = [];
  for (const chunk of text.replace(/\r\n/g, "\n").split(/\n\s*\n/)) {
    const lines = chunk
      .split("\n")
      .map((l) => l.trimEnd())
      .filter((l) => l.trim() !== "");
    if (!lines.length) continue;
    const heading = /^(#{2,3})\s+(.*)$/.exec(lines[0]!);
    if (heading && lines.length === 1) {
      blocks.push({ type: "heading", attrs: { level: heading[1]!.length as 2 | 3 }, content: textNodes(heading[2]!) });
    } else if (lines.every((l) => /^\s*[-*]\s+/.test(l)) || lines.every((l) => /^\s*\d+[.)]\s+/.test(l))) {
      const bullet = /^\s*[-*]\s+/.test(lines[0]!);
      blocks.push({
        type: bullet ? "bulletList" : "orderedList",
        content: lines.map((l) => ({
          type: "listItem" as const,
          content: [{ type: "paragraph" as const, content: textNodes(l.replace(/^\s*([-*]|\d+[.)])\s+/, "")) }],
        })),
      });
    } else {
      const content: Inline[] = [];
      lines.forEach((line, i) => {
        if (i > 0) content.push({ type: "hardBreak" });
        content.push(...textNodes(line.trim()));
      });
      blocks.push({ type: "paragraph", content });
    }
  }
  return { type: "doc", content: blocks };
}

function textNodes(text: string): Inline[] {
  return text ? [{ type: "text", text }] : [];
}

const inlineText = (content?: Inline[]) => (content ?? []).map((n) => (n.type === "text" ? n.text : "\n")).join("");

/** One block as plain text, in the same simple markup as docFromPlainText. */
export function blockText(b: Block): string {
  if (b.type === "paragraph") return inlineText(b.content);
  if (b.type === "heading") return `${"#".repeat(b.attrs.level)} ${inlineText(b.content)}`;
  return b.content
    .map(
      (item, i) =>
        `${b.type === "bulletList" ? "-" : `${i + 1}.`} ${item.content.map((c) => (c.type === "paragraph" || c.type === "heading" ? inlineText(c.content) : "")).join(" ")}`,
    )
    .join("\n");
}

/** The reverse of docFromPlainText, for editing without JavaScript. Formatting other than structure is dropped. */
export function plainTextFromDoc(value: RichDoc): string {
  return value.content.map(blockText).join("\n\n");
}

export function textLength(value: RichDoc | Block | Inline): number {
  if (value.type === "text") return value.text.length;
  if (value.type === "hardBreak") return 1;
  const content = (value as { content?: (Block | Inline | { type: "listItem"; content: Block[] })[] }).content ?? [];
  return content.reduce(
    (n, child) => n + (child.type === "listItem" ? child.content.reduce((m, b) => m + textLength(b), 0) : textLength(child as Block | Inline)),
    0,
  );
}

export const EMPTY_DOC: RichDoc = { type: "doc", content: [] };

/**
 * Clears what a word processor adds to pasted HTML before the editor reads it:
 * comments (Word's conditional blocks), style, script and Office XML elements,
 * and the bullet characters Word types in front of list paragraphs. The editor's
 * schema then keeps only headings, paragraphs, lists, bold, italic and links.
 */
export function cleanPastedHtml(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(style|script|xml|title|head)\b[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/<\/?(o|w|m|v):[^>]*>/gi, "")
    .replace(/<span[^>]*mso-list:\s*Ignore[^>]*>[\s\S]*?<\/span>/gi, "")
    .replace(/<(meta|link)\b[^>]*>/gi, "");
}

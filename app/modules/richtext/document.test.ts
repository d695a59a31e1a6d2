import { describe, expect, it } from "vitest";
import { cleanPastedHtml, docFromPlainText, plainTextFromDoc, renderRichText } from "./document";
import { parseRichText } from "./validate.server";

describe("rich text", () => {
  it("refuses lists nested too deeply, and oversized documents, with a clear message instead of failing", () => {
    // Written as text: JSON.stringify itself would overflow on 8,000 levels.
    const open = '{"type":"bulletList","content":[{"type":"listItem","content":[';
    const nested = (depth: number) =>
      `{"type":"doc","content":[${open.repeat(depth)}{"type":"paragraph","content":[{"type":"text","text":"deep"}]}${"]}]}".repeat(depth)}]}`;
    expect(parseRichText(nested(5)).ok).toBe(true);
    for (const depth of [11, 2000]) {
      expect(parseRichText(nested(depth))).toEqual({ ok: false, message: "Lists can go at most 10 levels deep. Make the list flatter." });
    }
    // 8,000 levels, as the probe sent: over the size limit before any walking.
    expect(parseRichText(nested(8000))).toEqual({ ok: false, message: "The text is too long or has too much formatting. Make it shorter." });
    const huge = JSON.stringify({ type: "doc", content: Array.from({ length: 40_000 }, () => ({ type: "paragraph" })) });
    expect(parseRichText(huge)).toEqual({ ok: false, message: "The text is too long or has too much formatting. Make it shorter." });
  });

  it("renders allowed nodes and escapes text", () => {
    const parsed = parseRichText(
      JSON.stringify({
        type: "doc",
        content: [
          { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "What to expect" }] },
          { type: "paragraph", content: [{ type: "text", text: "<script>alert(1)</script> & tea", marks: [{ type: "bold" }] }] },
          {
            type: "bulletList",
            content: [
              {
                type: "listItem",
                content: [
                  {
                    type: "paragraph",
                    content: [{ type: "text", text: "Quiet room", marks: [{ type: "link", attrs: { href: "https://example.org/a?b=1&c=2" } }] }],
                  },
                ],
              },
            ],
          },
        ],
      }),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const html = renderRichText(parsed.doc);
    expect(html).toContain('<h2 class="govuk-heading-m">What to expect</h2>');
    expect(html).toContain("<strong>&lt;script&gt;alert(1)&lt;/script&gt; &amp; tea</strong>");
    expect(html).toContain('href="https://example.org/a?b=1&amp;c=2"');
    expect(html).not.toContain("<script>");
  });

  it("refuses unsafe links, unknown nodes and level-1 headings", () => {
    const bad = (content: unknown[]) => parseRichText(JSON.stringify({ type: "doc", content }));
    expect(
      bad([{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }]),
    ).toEqual({ ok: false, message: "Links must start with https:// or mailto:" });
    expect(bad([{ type: "image", attrs: { src: "https://evil.example/x.png" } }]).ok).toBe(false);
    expect(bad([{ type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "x" }] }]).ok).toBe(false);
    expect(parseRichText("not json").ok).toBe(false);
  });

  it("drops attributes it does not know rather than rendering them", () => {
    const parsed = parseRichText(
      JSON.stringify({
        type: "doc",
        content: [{ type: "paragraph", attrs: { onclick: "x" }, content: [{ type: "text", text: "Hi", style: "color:red" }] }],
      }),
    );
    expect(parsed.ok && renderRichText(parsed.doc)).toBe('<p class="govuk-body">Hi</p>');
  });

  it("turns the plain-text form into a document and back", () => {
    const text = "## Who it is for\n\nParents and carers.\nAll welcome.\n\n- Tea and cake\n- Quiet room\n\n1. Arrive\n2. Talk";
    const doc = docFromPlainText(text);
    expect(doc.content.map((b) => b.type)).toEqual(["heading", "paragraph", "bulletList", "orderedList"]);
    expect(parseRichText(JSON.stringify(doc)).ok).toBe(true);
    expect(plainTextFromDoc(doc)).toBe(text);
  });

  it("clears a word processor's extras from pasted HTML", () => {
    const word = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8"><style>p.MsoNormal{margin:0}</style></head><body><!--StartFragment--><p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>·<span>&nbsp;&nbsp;</span></span><![endif]>Short breaks<o:p></o:p></p><!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]--><p class=MsoNormal><b>Bold</b> words<o:p></o:p></p></body></html>`;
    const cleaned = cleanPastedHtml(word);
    expect(cleaned).not.toMatch(/<style|<o:p|mso-list:Ignore|<!--|<meta|·/);
    expect(cleaned).toContain("Short breaks");
    expect(cleaned).toContain("<b>Bold</b> words");
  });
});

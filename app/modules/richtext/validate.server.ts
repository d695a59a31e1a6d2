import { z } from "zod";
import { docFromPlainText, EMPTY_DOC, textLength, type Block, type Inline, type Mark, type RichDoc } from "./document";
import { translate } from "~/modules/i18n/catalogue.server";

export const MAX_RICH_TEXT_CHARACTERS = 20_000;

const safeHref = z
  .string()
  .max(2000)
  .refine((href) => /^(https:\/\/|mailto:)[^\s<>"']+$/i.test(href), "Links must start with https:// or mailto:");

const mark: z.ZodType<Mark> = z.union([
  z.object({ type: z.enum(["bold", "italic"]) }).strip(),
  z.object({ type: z.literal("link"), attrs: z.object({ href: safeHref }).strip() }).strip(),
]);

const inline: z.ZodType<Inline> = z.union([
  z.object({ type: z.literal("text"), text: z.string().min(1).max(MAX_RICH_TEXT_CHARACTERS), marks: z.array(mark).max(3).optional() }).strip(),
  z.object({ type: z.literal("hardBreak") }).strip(),
]);

const block: z.ZodType<Block> = z.lazy(() =>
  z.union([
    z.object({ type: z.literal("paragraph"), content: z.array(inline).max(500).optional() }).strip(),
    z
      .object({
        type: z.literal("heading"),
        // The page title is the only h1; headings inside start at level 2.
        attrs: z.object({ level: z.union([z.literal(2), z.literal(3)]) }).strip(),
        content: z.array(inline).max(100).optional(),
      })
      .strip(),
    z
      .object({
        type: z.enum(["bulletList", "orderedList"]),
        content: z
          .array(z.object({ type: z.literal("listItem"), content: z.array(block).max(20) }).strip())
          .min(1)
          .max(200),
      })
      .strip(),
  ]),
);

const doc = z.object({ type: z.literal("doc"), content: z.array(block).max(500) }).strip();

const MAX_LIST_DEPTH = 10;
const MAX_JSON_CHARACTERS = 500_000;
const MAX_NODES = 20_000;

/**
 * Measures a parsed document without recursion, before the schema (which recurses) walks it:
 * thousands of nested lists would otherwise overflow the stack.
 */
function shapeProblem(value: unknown): string | null {
  const stack: { node: unknown; lists: number }[] = [{ node: value, lists: 0 }];
  let nodes = 0;
  while (stack.length) {
    const { node, lists } = stack.pop()!;
    if (++nodes > MAX_NODES) return translate("editor.error.json");
    if (typeof node !== "object" || node === null) continue;
    const type = (node as { type?: unknown }).type;
    const depth = type === "bulletList" || type === "orderedList" ? lists + 1 : lists;
    if (depth > MAX_LIST_DEPTH) return `Lists can go at most ${MAX_LIST_DEPTH} levels deep. Make the list flatter.`;
    const content = (node as { content?: unknown }).content;
    if (Array.isArray(content)) for (const child of content) stack.push({ node: child, lists: depth });
  }
  return null;
}

/** Reads and checks a stored or posted document. Anything not allowed is refused, not cleaned. */
export function parseRichText(json: string): { ok: true; doc: RichDoc } | { ok: false; message: string } {
  if (json.length > MAX_JSON_CHARACTERS) return { ok: false, message: translate("editor.error.json") };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, message: translate("editor.error.unreadable") };
  }
  const problem = shapeProblem(value);
  if (problem) return { ok: false, message: problem };
  const result = doc.safeParse(value);
  if (!result.success) {
    const linkProblem = result.error.issues.find((i) => i.message.startsWith("Links must"));
    return {
      ok: false,
      message: linkProblem?.message ?? "The text has formatting we cannot accept. Use headings, lists, bold, italic and links only.",
    };
  }
  if (textLength(result.data) > MAX_RICH_TEXT_CHARACTERS) {
    return { ok: false, message: translate("editor.error.long", { max: MAX_RICH_TEXT_CHARACTERS }) };
  }
  return { ok: true, doc: result.data };
}

/** A document read back from the database: it was checked when saved, so anything unreadable shows as empty. */
export function storedRichText(json: string): RichDoc {
  const parsed = parseRichText(json);
  return parsed.ok ? parsed.doc : EMPTY_DOC;
}

/**
 * Reads a rich text field from a posted form: the editor's JSON when JavaScript
 * ran, otherwise the plain-text form of the same field.
 */
export function readRichTextField(formData: FormData, name: string, label: string): { ok: true; doc: RichDoc } | { ok: false; message: string } {
  const json = formData.get(`${name}Json`);
  const parsed =
    typeof json === "string" && json.trim()
      ? parseRichText(json)
      : parseRichText(JSON.stringify(docFromPlainText(String(formData.get(name) ?? "").normalize("NFC"))));
  if (parsed.ok && textLength(parsed.doc) === 0) return { ok: false, message: translate("editor.error.empty", { label: label.toLowerCase() }) };
  return parsed;
}

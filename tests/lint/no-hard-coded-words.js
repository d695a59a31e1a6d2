// An ESLint rule: the words people read come from the message catalogue (app/modules/i18n), so a
// page or email can be in any language. It reports English written straight into JSX (text between
// tags, a string child, the words of a label, legend, hint, title or aria-label) and into an
// email's subject, paragraphs and link labels. Class names, ids, addresses and punctuation pass.

const WORD_ATTRIBUTES = new Set(["label", "legend", "hint", "title", "alt", "aria-label", "placeholder", "caption", "submitLabel"]);
const EMAIL_PARTS = new Set(["paragraph", "label", "subject"]);
// Two letters in a row make a word; "·", "(", "%" or a lone "x" do not. The service's name is the same in every language.
const WORDS = /\p{L}{2,}/u;
const NAMES = /\bCoproduce\b/g;

const hasWords = (text) => typeof text === "string" && WORDS.test(text.replace(NAMES, ""));
const templateHasWords = (node) => node.quasis.some((quasi) => hasWords(quasi.value.cooked));

/** @type {import("eslint").Rule.RuleModule} */
const rule = {
  meta: {
    type: "problem",
    docs: { description: "Words people read come from the message catalogue" },
    messages: { words: "Words people read come from the message catalogue (t(…)), not the code: “{{text}}”" },
    schema: [],
  },
  create(context) {
    const report = (node, text) => context.report({ node, messageId: "words", data: { text: String(text).trim().slice(0, 40) } });
    const literalWords = (node) =>
      node && ((node.type === "Literal" && hasWords(node.value)) || (node.type === "TemplateLiteral" && templateHasWords(node)));
    return {
      JSXText(node) {
        if (hasWords(node.value)) report(node, node.value);
      },
      JSXExpressionContainer(node) {
        if (node.parent.type !== "JSXAttribute" && literalWords(node.expression)) report(node, context.sourceCode.getText(node.expression));
      },
      JSXAttribute(node) {
        const name = typeof node.name.name === "string" ? node.name.name : "";
        if (!WORD_ATTRIBUTES.has(name) || !node.value) return;
        const value = node.value.type === "JSXExpressionContainer" ? node.value.expression : node.value;
        if (literalWords(value)) report(node, context.sourceCode.getText(value));
      },
      Property(node) {
        if (!context.filename.includes("/emails/")) return;
        const key = node.key.type === "Identifier" ? node.key.name : node.key.value;
        if (EMAIL_PARTS.has(key) && literalWords(node.value)) report(node, context.sourceCode.getText(node.value));
      },
      CallExpression(node) {
        // renderEmail(ctx, template, subject, greeting, blocks): the subject and greeting are words.
        if (!context.filename.includes("/emails/") || node.callee.type !== "Identifier" || node.callee.name !== "renderEmail") return;
        for (const argument of node.arguments.slice(2, 4)) if (literalWords(argument)) report(argument, context.sourceCode.getText(argument));
      },
    };
  },
};

export default { rules: { "no-hard-coded-words": rule } };

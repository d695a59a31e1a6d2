import { useState } from "react";
import { useHydrated } from "./hydrated";
import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { cleanPastedHtml, plainTextFromDoc, type RichDoc } from "~/modules/richtext/document";
import { fieldId, Textarea, useFieldState, type FieldErrors, type FormValues } from "./form";
import { useT } from "./i18n";

// A rich text field. Without JavaScript it is a plain textarea with simple
// markup the server understands; with JavaScript it becomes a tiptap editor
// that posts its JSON document in a hidden field.

type Props = { name: string; label: string; hint?: string; doc: RichDoc | null; errors?: FieldErrors; values?: FormValues };

// The editor's own words. Asked for before it is hydrated too, so the page carries them: the switch to the
// editor happens straight after hydration, when waiting for the catalogue is not allowed.
const EDITOR_WORDS = [
  "editor.toolbar",
  "editor.heading",
  "editor.subheading",
  "editor.bold",
  "editor.italic",
  "editor.bullets",
  "editor.numbers",
  "editor.link",
  "editor.linkPrompt",
  "form.errorPrefix",
];

export function RichTextField(props: Props) {
  const { t } = useT();
  for (const key of EDITOR_WORDS) t(key);
  if (!useHydrated()) {
    return (
      <Textarea
        name={props.name}
        label={props.label}
        labelClass="govuk-label--s"
        hint={`${props.hint ? `${props.hint} ` : ""}${t("editor.plainHint")}`}
        rows={10}
        defaultValue={props.doc ? plainTextFromDoc(props.doc) : ""}
      />
    );
  }
  return <Enhanced {...props} />;
}

function Enhanced(props: Props) {
  const { name, label, hint, doc } = props;
  const { t } = useT();
  const { errors, values } = useFieldState(props);
  const error = errors?.[name];
  const id = fieldId(name);
  // After a failed save, what the person wrote comes back as the editor's JSON.
  const posted = values?.[`${name}Json`];
  const [json, setJson] = useState(typeof posted === "string" && posted ? posted : doc ? JSON.stringify(doc) : "");
  const editor = useEditor({
    immediatelyRender: false,
    // tiptap would add a <style> element, which our Content-Security-Policy refuses; app.css has its rules.
    injectCSS: false,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        code: false,
        codeBlock: false,
        blockquote: false,
        horizontalRule: false,
        strike: false,
        underline: false,
        link: { openOnClick: false, autolink: true, protocols: ["https", "mailto"], defaultProtocol: "https" },
      }),
    ],
    content: parseOrEmpty(json),
    editorProps: {
      transformPastedHTML: cleanPastedHtml,
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": `${id}-label`,
        ...(hint || error ? { "aria-describedby": [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") } : {}),
        class: `govuk-textarea app-editor ${error ? "govuk-textarea--error" : ""}`,
        id,
      },
    },
    onUpdate: ({ editor: current }) => setJson(JSON.stringify(current.getJSON())),
  });
  return (
    <div className={`govuk-form-group ${error ? "govuk-form-group--error" : ""}`}>
      <span className="govuk-label govuk-label--s" id={`${id}-label`}>
        {label}
      </span>
      {hint ? (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">{t("form.errorPrefix")}</span> {error}
        </p>
      ) : null}
      {editor ? <Toolbar editor={editor} /> : null}
      <EditorContent editor={editor} />
      <input type="hidden" name={`${name}Json`} value={json} />
    </div>
  );
}

function Toolbar({ editor }: { editor: Editor }) {
  const { t } = useT();
  const button = (label: string, active: boolean, run: () => void) => (
    <button type="button" className={`govuk-button govuk-button--secondary app-editor__button`} aria-pressed={active} onClick={run}>
      {label}
    </button>
  );
  return (
    <div className="app-editor__toolbar" role="toolbar" aria-label={t("editor.toolbar")}>
      {button(t("editor.heading"), editor.isActive("heading", { level: 2 }), () => editor.chain().focus().toggleHeading({ level: 2 }).run())}
      {button(t("editor.subheading"), editor.isActive("heading", { level: 3 }), () => editor.chain().focus().toggleHeading({ level: 3 }).run())}
      {button(t("editor.bold"), editor.isActive("bold"), () => editor.chain().focus().toggleBold().run())}
      {button(t("editor.italic"), editor.isActive("italic"), () => editor.chain().focus().toggleItalic().run())}
      {button(t("editor.bullets"), editor.isActive("bulletList"), () => editor.chain().focus().toggleBulletList().run())}
      {button(t("editor.numbers"), editor.isActive("orderedList"), () => editor.chain().focus().toggleOrderedList().run())}
      {button(t("editor.link"), editor.isActive("link"), () => {
        const href = window.prompt(t("editor.linkPrompt"), editor.getAttributes("link").href ?? "https://");
        if (href === null) return;
        if (href === "") editor.chain().focus().unsetLink().run();
        else editor.chain().focus().setLink({ href }).run();
      })}
    </div>
  );
}

function parseOrEmpty(json: string): object | string {
  try {
    return json ? (JSON.parse(json) as object) : "";
  } catch {
    return "";
  }
}

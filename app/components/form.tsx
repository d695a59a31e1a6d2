import { createContext, Fragment, useContext, useEffect, useRef, useState, type ComponentProps, type ReactNode } from "react";
import { Form, useActionData, useLocation } from "@remix-run/react";
import { useT } from "~/components/i18n";
import { useHydrated } from "./hydrated";

// GOV.UK Frontend form markup as React components. After a failed post every
// field shows its error and the value the person typed. Both come from one
// place: the page's action data (see `invalid()` in validation.server), or, on a
// page with several forms, only for the <PostForm> whose intent was posted.

export type FieldErrors = Record<string, string>;
export type FormValues = Record<string, string | string[]>;
type FormState = { errors?: FieldErrors; values?: FormValues };

/** What the page's action sent back after a failed post, if anything. */
function usePageFailure(): FormState & { intent?: string; scope?: string } {
  const data = useActionData() as { errors?: FieldErrors; values?: FormValues; intent?: string; scope?: string } | undefined;
  return data && typeof data === "object" && "errors" in data ? data : {};
}

// Inside a <PostForm>, the state of that form; outside any, undefined (the page's).
const FormStateContext = createContext<FormState | undefined>(undefined);
// Inside a scoped <PostForm>, its intent: field ids carry it, so a page can repeat a form (one per
// grouping, say) with no two fields sharing an id.
const IdScope = createContext("");

/** Errors and typed values for the fields here: a prop given wins, then the enclosing form's, then the page's. */
export function useFieldState(props: FormState): FormState {
  const page = usePageFailure();
  const form = useContext(FormStateContext) ?? page;
  return { errors: props.errors ?? form.errors, values: props.values ?? form.values };
}

/**
 * A form that posts to this page's action. On a page with several forms, `intent`
 * tells them apart: it is posted as a hidden field, and the errors and typed values
 * that come back belong to this form only.
 */
export function PostForm({
  intent,
  scoped = false,
  children,
  ...props
}: { intent?: string; scoped?: boolean } & Omit<ComponentProps<typeof Form>, "method">) {
  const page = usePageFailure();
  const state = intent === undefined || page.intent === intent ? page : {};
  const scope = scoped && intent ? intent : "";
  return (
    <Form method="post" {...props}>
      {intent === undefined ? null : <input type="hidden" name="intent" value={intent} />}
      {scope ? <input type="hidden" name="scope" value={scope} /> : null}
      <IdScope.Provider value={scope}>
        <FormStateContext.Provider value={state}>{children}</FormStateContext.Provider>
      </IdScope.Provider>
    </Form>
  );
}

/** What came back for one of the page's forms, given the page's action data: for opening the folded section that holds it. */
export function failureOf(data: unknown, intent: string): FormState {
  const failed = data as (FormState & { intent?: string }) | undefined;
  return failed?.intent === intent ? { errors: failed.errors, values: failed.values } : {};
}

export function fieldId(name: string, scope = "") {
  return scope ? `field-${scope}-${name}` : `field-${name}`;
}

/** The id of a field here, in the scope of the form it is in. */
export function useFieldId(name: string) {
  return fieldId(name, useContext(IdScope));
}

/** The error summary at the top of a page (the page's failed post unless given). It takes focus so screen readers announce it. */
export function ErrorSummary(props: { errors?: FieldErrors }) {
  const { t } = useT();
  const ref = useRef<HTMLDivElement>(null);
  const page = usePageFailure();
  const entries = Object.entries(props.errors ?? page.errors ?? {});
  useEffect(() => {
    if (entries.length) ref.current?.focus();
  });
  if (!entries.length) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={ref} tabIndex={-1} role="alert">
      <h2 className="govuk-error-summary__title">{t("form.errorSummary")}</h2>
      <div className="govuk-error-summary__body">
        <ul className="govuk-list govuk-error-summary__list">
          {entries.map(([field, message]) => (
            <li key={field}>{field === "form" ? message : <a href={`#${fieldId(field, page.scope)}`}>{message}</a>}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function describedBy(id: string, hint?: ReactNode, error?: string) {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

function valueOf(values: FormValues | undefined, name: string, fallback = ""): string {
  const value = values?.[name];
  return typeof value === "string" ? value : fallback;
}

type FieldProps = {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: FieldErrors;
  values?: FormValues;
  defaultValue?: string;
  labelClass?: string;
};

/** The form group around one control: label, hint, error message, then the control. */
function Field({
  name,
  label,
  hint,
  error,
  labelClass,
  children,
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  labelClass?: string;
  children: ReactNode;
}) {
  const id = useFieldId(name);
  return (
    <div className={`govuk-form-group ${error ? "govuk-form-group--error" : ""}`}>
      <label className={`govuk-label ${labelClass ?? ""}`} htmlFor={id}>
        {label}
      </label>
      <HintAndError name={name} hint={hint} error={error} />
      {children}
    </div>
  );
}

function HintAndError({ name, hint, error }: { name: string; hint?: ReactNode; error?: string }) {
  const { t } = useT();
  const id = useFieldId(name);
  return (
    <>
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
    </>
  );
}

export function TextInput(
  props: FieldProps & {
    type?: "text" | "email" | "password" | "url" | "tel" | "date" | "time";
    autoComplete?: string;
    spellCheck?: boolean;
    widthClass?: string;
  },
) {
  const { name, hint, type = "text" } = props;
  const id = useFieldId(name);
  const { errors, values } = useFieldState(props);
  const error = errors?.[name];
  return (
    <Field name={name} label={props.label} hint={hint} error={error} labelClass={props.labelClass}>
      <input
        className={`govuk-input ${props.widthClass ?? ""} ${error ? "govuk-input--error" : ""}`}
        id={id}
        name={name}
        type={type}
        defaultValue={type === "password" ? undefined : valueOf(values, name, props.defaultValue)}
        autoComplete={props.autoComplete}
        spellCheck={props.spellCheck}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </Field>
  );
}

/** A text box; `lang` and `dir` for text written in another language than the page's (a translation). */
export function Textarea(props: FieldProps & { rows?: number; lang?: string; dir?: "ltr" | "rtl" }) {
  const { name, hint } = props;
  const id = useFieldId(name);
  const { errors, values } = useFieldState(props);
  const error = errors?.[name];
  return (
    <Field name={name} label={props.label} hint={hint} error={error} labelClass={props.labelClass}>
      <textarea
        className={`govuk-textarea ${error ? "govuk-textarea--error" : ""}`}
        id={id}
        name={name}
        rows={props.rows ?? 5}
        lang={props.lang}
        dir={props.dir}
        defaultValue={valueOf(values, name, props.defaultValue)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </Field>
  );
}

/** A file to send (a CSV to import), in the GOV.UK pattern; its form needs encType="multipart/form-data". */
export function FileUpload(props: FieldProps & { accept: string }) {
  const { name, hint } = props;
  const id = useFieldId(name);
  const { errors } = useFieldState(props);
  const error = errors?.[name];
  return (
    <Field name={name} label={props.label} hint={hint} error={error} labelClass={props.labelClass}>
      <input
        className={`govuk-file-upload ${error ? "govuk-file-upload--error" : ""}`}
        id={id}
        name={name}
        type="file"
        accept={props.accept}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </Field>
  );
}

type SelectOption = { value: string; label: string; group?: string };

/** A select; options with a `group` are shown under it (an optgroup), in the order given. */
export function Select(props: FieldProps & { options: SelectOption[] }) {
  const { name, hint } = props;
  const id = useFieldId(name);
  const { errors, values } = useFieldState(props);
  const error = errors?.[name];
  const option = (o: SelectOption) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  );
  const groups: { group: string | undefined; options: SelectOption[] }[] = [];
  for (const o of props.options) {
    const last = groups.at(-1);
    if (last && last.group === o.group) last.options.push(o);
    else groups.push({ group: o.group, options: [o] });
  }
  return (
    <Field name={name} label={props.label} hint={hint} error={error} labelClass={props.labelClass}>
      <select
        className={`govuk-select ${error ? "govuk-select--error" : ""}`}
        id={id}
        name={name}
        defaultValue={valueOf(values, name, props.defaultValue)}
        aria-describedby={describedBy(id, hint, error)}
      >
        {groups.map((g) =>
          g.group === undefined ? (
            g.options.map(option)
          ) : (
            <optgroup key={g.group} label={g.group}>
              {g.options.map(option)}
            </optgroup>
          ),
        )}
      </select>
    </Field>
  );
}

/** `conditional`: fields shown under a radio when it is chosen (all shown without JavaScript). */
type Option = { value: string; label: ReactNode; hint?: ReactNode; conditional?: ReactNode };

type ChoiceProps = {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  options: Option[];
  errors?: FieldErrors;
  values?: FormValues;
  legendClass?: string;
};

const toggled = (list: string[], value: string, on: boolean) => (on ? [...list, value] : list.filter((v) => v !== value));

/** Radios or checkboxes in a fieldset: the GOV.UK markup is the same but for the class names. */
function Choices({ kind, checked, inline, ...props }: ChoiceProps & { kind: "radios" | "checkboxes"; checked: string[]; inline?: boolean }) {
  const { name, hint } = props;
  const error = useFieldState(props).errors?.[name];
  const id = useFieldId(name);
  // Once the page runs JavaScript, only the chosen radio's fields show (GOV.UK's conditional reveal).
  const [picked, setPicked] = useState<string[] | null>(null);
  const chosen = useHydrated() ? (picked ?? checked) : null;
  return (
    <div className={`govuk-form-group ${error ? "govuk-form-group--error" : ""}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className={`govuk-fieldset__legend ${props.legendClass ?? "govuk-fieldset__legend--s"}`}>{props.legend}</legend>
        <HintAndError name={name} hint={hint} error={error} />
        <div className={`govuk-${kind} govuk-${kind}--small ${inline ? `govuk-${kind}--inline` : ""}`}>
          {props.options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${index}`;
            return (
              <Fragment key={option.value}>
                <div className={`govuk-${kind}__item`}>
                  <input
                    className={`govuk-${kind}__input`}
                    id={optionId}
                    name={name}
                    type={kind === "radios" ? "radio" : "checkbox"}
                    value={option.value}
                    defaultChecked={checked.includes(option.value)}
                    aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                    aria-controls={option.conditional && chosen ? `${optionId}-conditional` : undefined}
                    onChange={(event) =>
                      setPicked(kind === "radios" ? [option.value] : toggled(chosen ?? checked, option.value, event.target.checked))
                    }
                  />
                  <label className={`govuk-label govuk-${kind}__label`} htmlFor={optionId}>
                    {option.label}
                  </label>
                  {option.hint ? (
                    <div id={`${optionId}-hint`} className={`govuk-hint govuk-${kind}__hint`}>
                      {option.hint}
                    </div>
                  ) : null}
                </div>
                {option.conditional ? (
                  <div
                    id={`${optionId}-conditional`}
                    className={`govuk-${kind}__conditional ${chosen && !chosen.includes(option.value) ? `govuk-${kind}__conditional--hidden` : ""}`}
                  >
                    {option.conditional}
                  </div>
                ) : null}
              </Fragment>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export function Checkboxes(props: ChoiceProps & { defaultValues?: string[] }) {
  const { values } = useFieldState(props);
  const posted = values?.[props.name];
  // After a failed post an unticked group is absent from the values: nothing was ticked.
  const checked = posted === undefined ? (values ? [] : (props.defaultValues ?? [])) : Array.isArray(posted) ? posted : [posted];
  return <Choices kind="checkboxes" checked={checked} {...props} />;
}

export function Radios(props: ChoiceProps & { defaultValue?: string; inline?: boolean }) {
  const { values } = useFieldState(props);
  return <Choices kind="radios" checked={[valueOf(values, props.name, props.defaultValue)]} {...props} />;
}

/** A field people cannot see or reach; bots fill it in and their post is quietly dropped. */
export function Honeypot() {
  const { t } = useT();
  return (
    <div className="app-honeypot" aria-hidden="true">
      <label htmlFor="website">{t("form.honeypot")}</label>
      <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
    </div>
  );
}

export function Button({
  children,
  secondary,
  warning,
  name,
  value,
}: {
  children: ReactNode;
  secondary?: boolean;
  warning?: boolean;
  name?: string;
  value?: string;
}) {
  const variant = secondary ? "govuk-button--secondary" : warning ? "govuk-button--warning" : "";
  return (
    <button type="submit" className={`govuk-button ${variant}`} data-module="govuk-button" name={name} value={value}>
      {children}
    </button>
  );
}

/**
 * A key that changes after each successful save (every save redirects to a new
 * location). Put it on a page's forms so they show the saved values, not what
 * was last typed. While the last save failed it stays fixed, so nothing the
 * person types is wiped as the page finishes loading.
 */
export function useSavedKey(actionData: unknown): string {
  const { key } = useLocation();
  return actionData ? "unsaved" : key;
}

/**
 * A small box that chooses one row of a list for a step on many (a suggestion, an answer). The
 * first row's box carries the field's id, so the error summary's link lands on it.
 */
export function ChooseBox({
  name,
  value,
  first,
  label,
  form,
  children,
}: {
  name: string;
  value: string;
  first: boolean;
  label: string;
  /** The id of the form it belongs to, when it sits outside it (among other forms, which cannot nest). */
  form?: string;
  children?: ReactNode;
}) {
  const fieldBoxId = useFieldId(name);
  const id = first ? fieldBoxId : `${fieldBoxId}-${value.replace(/[^a-zA-Z0-9-]/g, "-")}`;
  return (
    <div className="govuk-checkboxes govuk-checkboxes--small">
      <div className="govuk-checkboxes__item">
        <input className="govuk-checkboxes__input" type="checkbox" name={name} value={value} id={id} form={form} />
        <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
          {children ?? <span className="govuk-visually-hidden">{label}</span>}
        </label>
      </div>
    </div>
  );
}

/** "All 37 that match the filter, not only the ones ticked", for a step on many. */
export function AllMatching({ total, most, by }: { total: number; most: number; by: "filter" | "search" }) {
  const { t } = useT();
  return (
    <Checkboxes
      name="allMatching"
      legend={t("manage.allMatching.legend")}
      options={[
        {
          value: "yes",
          label: t("manage.allMatching.label", { total, by }),
          hint: total > most ? t("manage.allMatching.most", { most, by }) : undefined,
        },
      ]}
    />
  );
}

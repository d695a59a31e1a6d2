import { useEffect, useRef, type ReactNode } from "react";
import { useLocation } from "@remix-run/react";

// GOV.UK Frontend form markup as React components. Every field takes its error
// and the value the person typed, so a failed post shows both.

export type FieldErrors = Record<string, string>;
export type FormValues = Record<string, string | string[]>;

export function fieldId(name: string) {
  return `field-${name}`;
}

/** The error summary at the top of a page. It takes focus so screen readers announce it. */
export function ErrorSummary({ errors }: { errors?: FieldErrors }) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors ?? {});
  useEffect(() => {
    if (entries.length) ref.current?.focus();
  });
  if (!entries.length) return null;
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1} role="alert">
      <h2 className="govuk-error-summary__title">There is a problem</h2>
      <div className="govuk-error-summary__body">
        <ul className="govuk-list govuk-error-summary__list">
          {entries.map(([field, message]) => (
            <li key={field}>{field === "form" ? message : <a href={`#${fieldId(field)}`}>{message}</a>}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function ErrorMessage({ name, error }: { name: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={`${fieldId(name)}-error`} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {error}
    </p>
  );
}

function describedBy(name: string, hint?: ReactNode, error?: string) {
  const ids = [hint ? `${fieldId(name)}-hint` : "", error ? `${fieldId(name)}-error` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

function valueOf(values: FormValues | undefined, name: string, fallback = ""): string {
  const value = values?.[name];
  return typeof value === "string" ? value : fallback;
}

type InputProps = {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: FieldErrors;
  values?: FormValues;
  defaultValue?: string;
  type?: "text" | "email" | "password" | "url" | "tel" | "number";
  autoComplete?: string;
  spellCheck?: boolean;
  widthClass?: string;
  labelClass?: string;
  isPageHeading?: boolean;
  maxLength?: number;
};

export function TextInput(props: InputProps) {
  const { name, label, hint, errors, values, type = "text", widthClass, labelClass, isPageHeading } = props;
  const error = errors?.[name];
  const id = fieldId(name);
  const labelEl = (
    <label className={`govuk-label ${labelClass ?? ""}`} htmlFor={id}>
      {label}
    </label>
  );
  return (
    <div className={`govuk-form-group ${error ? "govuk-form-group--error" : ""}`}>
      {isPageHeading ? <h1 className="govuk-label-wrapper">{labelEl}</h1> : labelEl}
      {hint ? (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      ) : null}
      <ErrorMessage name={name} error={error} />
      <input
        className={`govuk-input ${widthClass ?? ""} ${error ? "govuk-input--error" : ""}`}
        id={id}
        name={name}
        type={type}
        defaultValue={type === "password" ? undefined : valueOf(values, name, props.defaultValue)}
        autoComplete={props.autoComplete}
        spellCheck={props.spellCheck}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}

export function Textarea(props: Omit<InputProps, "type"> & { rows?: number }) {
  const { name, label, hint, errors, values, labelClass } = props;
  const error = errors?.[name];
  const id = fieldId(name);
  return (
    <div className={`govuk-form-group ${error ? "govuk-form-group--error" : ""}`}>
      <label className={`govuk-label ${labelClass ?? ""}`} htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      ) : null}
      <ErrorMessage name={name} error={error} />
      <textarea
        className={`govuk-textarea ${error ? "govuk-textarea--error" : ""}`}
        id={id}
        name={name}
        rows={props.rows ?? 5}
        defaultValue={valueOf(values, name, props.defaultValue)}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}

type Option = { value: string; label: ReactNode; hint?: ReactNode };

export function Checkboxes(props: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  options: Option[];
  errors?: FieldErrors;
  values?: FormValues;
  defaultValues?: string[];
  legendClass?: string;
}) {
  const { name, legend, hint, options, errors, values } = props;
  const error = errors?.[name];
  const posted = values?.[name];
  const checked = posted === undefined ? (values ? [] : props.defaultValues ?? []) : Array.isArray(posted) ? posted : [posted];
  const id = fieldId(name);
  return (
    <div className={`govuk-form-group ${error ? "govuk-form-group--error" : ""}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(name, hint, error)}>
        <legend className={`govuk-fieldset__legend ${props.legendClass ?? "govuk-fieldset__legend--s"}`}>{legend}</legend>
        {hint ? (
          <div id={`${id}-hint`} className="govuk-hint">
            {hint}
          </div>
        ) : null}
        <ErrorMessage name={name} error={error} />
        <div className="govuk-checkboxes govuk-checkboxes--small">
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${index}`;
            return (
              <div className="govuk-checkboxes__item" key={option.value}>
                <input
                  className="govuk-checkboxes__input"
                  id={optionId}
                  name={name}
                  type="checkbox"
                  value={option.value}
                  defaultChecked={checked.includes(option.value)}
                  aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={optionId}>
                  {option.label}
                </label>
                {option.hint ? (
                  <div id={`${optionId}-hint`} className="govuk-hint govuk-checkboxes__hint">
                    {option.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** A field people cannot see or reach; bots fill it in and their post is quietly dropped. */
export function Honeypot() {
  return (
    <div className="app-honeypot" aria-hidden="true">
      <label htmlFor="website">Leave this empty</label>
      <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
    </div>
  );
}

export function Button({ children, secondary, warning, name, value }: { children: ReactNode; secondary?: boolean; warning?: boolean; name?: string; value?: string }) {
  const variant = secondary ? "govuk-button--secondary" : warning ? "govuk-button--warning" : "";
  return (
    <button type="submit" className={`govuk-button ${variant}`} data-module="govuk-button" name={name} value={value}>
      {children}
    </button>
  );
}

export function Radios(props: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  options: Option[];
  errors?: FieldErrors;
  values?: FormValues;
  defaultValue?: string;
  legendClass?: string;
  inline?: boolean;
}) {
  const { name, legend, hint, options, errors, values } = props;
  const error = errors?.[name];
  const selected = valueOf(values, name, props.defaultValue);
  const id = fieldId(name);
  return (
    <div className={`govuk-form-group ${error ? "govuk-form-group--error" : ""}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(name, hint, error)}>
        <legend className={`govuk-fieldset__legend ${props.legendClass ?? "govuk-fieldset__legend--s"}`}>{legend}</legend>
        {hint ? (
          <div id={`${id}-hint`} className="govuk-hint">
            {hint}
          </div>
        ) : null}
        <ErrorMessage name={name} error={error} />
        <div className={`govuk-radios govuk-radios--small ${props.inline ? "govuk-radios--inline" : ""}`}>
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${index}`;
            return (
              <div className="govuk-radios__item" key={option.value}>
                <input
                  className="govuk-radios__input"
                  id={optionId}
                  name={name}
                  type="radio"
                  value={option.value}
                  defaultChecked={selected === option.value}
                  aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={optionId}>
                  {option.label}
                </label>
                {option.hint ? (
                  <div id={`${optionId}-hint`} className="govuk-hint govuk-radios__hint">
                    {option.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export function Select(props: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  options: { value: string; label: string }[];
  errors?: FieldErrors;
  values?: FormValues;
  defaultValue?: string;
  labelClass?: string;
}) {
  const { name, label, hint, options, errors, values } = props;
  const error = errors?.[name];
  const id = fieldId(name);
  return (
    <div className={`govuk-form-group ${error ? "govuk-form-group--error" : ""}`}>
      <label className={`govuk-label ${props.labelClass ?? ""}`} htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      ) : null}
      <ErrorMessage name={name} error={error} />
      <select
        className={`govuk-select ${error ? "govuk-select--error" : ""}`}
        id={id}
        name={name}
        defaultValue={valueOf(values, name, props.defaultValue)}
        aria-describedby={describedBy(name, hint, error)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
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

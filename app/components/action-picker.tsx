import { useId, useState, type ReactNode } from "react";
import { useHydrated } from "./hydrated";
import { useFieldId, useFieldState, type FieldErrors, type FormValues } from "./form";
import { useT } from "./i18n";

// Choosing strategy actions when there are hundreds: tick boxes grouped by the strategy's areas,
// the most used first in each, so the likely ones are near the top. A box above finds actions by
// their number or words: with JavaScript as you type, without it by pressing "Find actions", which
// sends the form back with nothing saved (see `searchedOnly`) and shows the page again filtered,
// with what was typed and ticked kept. Ticked actions are always shown.

export type ActionChoice = { id: number; code: string; title: string; area: string; uses: number };

type Props = {
  name: string;
  legend: ReactNode;
  legendClass?: string;
  actions: ActionChoice[];
  defaultValues: string[];
  errors?: FieldErrors;
  values?: FormValues;
};

/** Actions grouped by area (in the strategy's order), the most used first within each. */
export function mostUsedByArea<A extends ActionChoice>(actions: A[]): A[] {
  const areas = [...new Set(actions.map((a) => a.area))];
  return areas.flatMap((area) => actions.filter((a) => a.area === area).sort((a, b) => b.uses - a.uses));
}

const matches = (a: ActionChoice, words: string[]) => words.every((w) => `${a.code} ${a.title}`.toLowerCase().includes(w));

export function ActionPicker(props: Props) {
  const { name, legend, actions } = props;
  const { t } = useT();
  const { errors, values } = useFieldState(props);
  const id = useFieldId(name);
  const error = errors?.[name];
  const posted = values?.[name];
  const checked = new Set(posted === undefined ? (values ? [] : props.defaultValues) : Array.isArray(posted) ? posted : [posted]);
  // The search box needs JavaScript.
  const enhanced = useHydrated();
  const searchName = `${name}Search`;
  const searched = values?.[searchName];
  const [query, setQuery] = useState(typeof searched === "string" ? searched : "");
  const searchId = useId();
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const ordered = mostUsedByArea(actions);
  const areas = [...new Set(ordered.map((a) => a.area))].map((area) => ({ area, actions: ordered.filter((a) => a.area === area) }));
  const shown = actions.filter((a) => matches(a, words) || checked.has(String(a.id))).length;
  let first = true;
  // Both wordings are made on every render, so the page carries both messages: typing switches between them
  // without waiting for the catalogue.
  const filtered = t("picker.shown", { shown, total: actions.length });
  const unfiltered = t("picker.all", { total: actions.length });
  return (
    <div className={`govuk-form-group ${error ? "govuk-form-group--error" : ""}`}>
      <fieldset className="govuk-fieldset" aria-describedby={error ? `${id}-error` : undefined}>
        <legend className={`govuk-fieldset__legend ${props.legendClass ?? "govuk-fieldset__legend--s"}`}>{legend}</legend>
        {error ? (
          <p id={`${id}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">{t("form.errorPrefix")}</span> {error}
          </p>
        ) : null}
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor={searchId}>
            {t("picker.find")}
          </label>
          <input
            className="govuk-input govuk-input--width-20"
            id={searchId}
            name={searchName}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            // With JavaScript the list filters as you type, so Enter must not send the whole form.
            onKeyDown={(e) => {
              if (e.key === "Enter") e.preventDefault();
            }}
          />{" "}
          {enhanced ? null : (
            <button type="submit" name="find" value={name} className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">
              {t("picker.findButton")}
            </button>
          )}
          <p className="govuk-hint" aria-live="polite">
            {words.length ? filtered : unfiltered}
          </p>
        </div>
        {areas.map(({ area, actions: inArea }) => {
          const visible = inArea.filter((a) => matches(a, words) || checked.has(String(a.id)));
          return (
            <fieldset key={area} className="govuk-fieldset govuk-!-margin-bottom-4" hidden={visible.length === 0}>
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{area}</legend>
              <div className="govuk-checkboxes govuk-checkboxes--small">
                {inArea.map((a) => {
                  // The first box carries the field's id, so the error summary's link lands on it.
                  const optionId = first ? id : `${id}-${a.id}`;
                  first = false;
                  return (
                    <div className="govuk-checkboxes__item" key={a.id} hidden={!visible.includes(a)}>
                      <input
                        className="govuk-checkboxes__input"
                        id={optionId}
                        name={name}
                        type="checkbox"
                        value={a.id}
                        defaultChecked={checked.has(String(a.id))}
                      />
                      <label className="govuk-label govuk-checkboxes__label" htmlFor={optionId}>
                        {a.code} {a.title}
                      </label>
                    </div>
                  );
                })}
              </div>
            </fieldset>
          );
        })}
      </fieldset>
    </div>
  );
}

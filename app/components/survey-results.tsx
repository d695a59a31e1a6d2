import { Form } from "@remix-run/react";
import type { ContributorKind } from "~db/schema/enums";

/** How many answered, by whom, and a filter to see one group's answers. Works without JavaScript. */
export function ResultsFilter({
  total,
  byKind,
  who,
  extra,
}: {
  total: number;
  byKind: { kind: ContributorKind; label: string; n: number }[];
  who: ContributorKind | null;
  extra?: Record<string, string>;
}) {
  const all = byKind.reduce((n, k) => n + k.n, 0);
  return (
    <>
      <p className="govuk-body-l">
        {who
          ? `${total} of ${all} people who answered were ${byKind.find((k) => k.kind === who)!.label.toLowerCase()}.`
          : `${total} ${total === 1 ? "person" : "people"} answered.`}
      </p>
      <p className="govuk-body">{byKind.map((k) => `${k.label}: ${k.n}`).join(" · ")}</p>
      <Form method="get" className="govuk-!-margin-bottom-6">
        {Object.entries(extra ?? {}).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="who">
            Show answers from
          </label>
          <select className="govuk-select" id="who" name="who" defaultValue={who ?? ""}>
            <option value="">Everyone</option>
            {byKind.map((k) => (
              <option key={k.kind} value={k.kind}>
                {k.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary">
          Show
        </button>
      </Form>
    </>
  );
}

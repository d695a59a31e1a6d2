import { Form } from "@remix-run/react";
import type { ContributorKind } from "~db/schema/enums";
import { useT } from "./i18n";

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
  const { t } = useT();
  return (
    <>
      <p className="govuk-body-l">
        {who ? t("results.ofGroup", { total, all, group: byKind.find((k) => k.kind === who)!.label }) : t("surveySummary.answered", { count: total })}
      </p>
      <p className="govuk-body">{byKind.map((k) => t("results.byKind", { label: k.label, count: k.n })).join(" · ")}</p>
      <Form method="get" className="govuk-!-margin-bottom-6">
        {Object.entries(extra ?? {}).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="who">
            {t("results.showFrom")}
          </label>
          <select className="govuk-select" id="who" name="who" defaultValue={who ?? ""}>
            <option value="">{t("results.everyone")}</option>
            {byKind.map((k) => (
              <option key={k.kind} value={k.kind}>
                {k.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary">
          {t("results.show")}
        </button>
      </Form>
    </>
  );
}

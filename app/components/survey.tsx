import type { ContributorKind } from "~db/schema/enums";
import { choiceLabel, choicesOf, RESPONDENT_KIND_LABELS, wordingOf, type Question } from "~/modules/surveys/questions";
import { Checkboxes, Radios, Textarea, TextInput } from "./form";
import type { ReactNode } from "react";
import { useT, Written } from "./i18n";

type Saved = { value: string; other: string } | undefined;

export function RespondentKindField({ easy, saved }: { easy: boolean; saved: ContributorKind | null }) {
  const { t } = useT();
  return (
    <Radios
      name="respondentKind"
      legend={easy ? t("tellUs.kind.legend") : t("survey.kind.legend")}
      legendClass="govuk-fieldset__legend--s"
      options={(Object.keys(RESPONDENT_KIND_LABELS) as ContributorKind[]).map((k) => ({
        value: k,
        label: t(easy ? RESPONDENT_KIND_LABELS[k].easy : RESPONDENT_KIND_LABELS[k].label),
      }))}
      defaultValue={saved ?? ""}
    />
  );
}

/** One question as a form field, in standard or easy-read wording, showing any saved answer. */
export function QuestionField({ q, easy, saved }: { q: Question & { untranslated?: string[] }; easy: boolean; saved: Saved }) {
  const { t, rich } = useT();
  const name = `q${q.id}`;
  // The officer's words, marked with their language where it is not the page's (a translation, or English).
  const words = (field: string, text: string) => <Written english={Boolean(q.untranslated?.includes(field))}>{text}</Written>;
  const wording = words(easy && q.easyText ? "easyText" : "text", wordingOf(q, easy));
  const label = q.required ? wording : rich("survey.optional", { question: wording });
  const hint = easy && q.easyText ? undefined : q.hint ? words("hint", q.hint) : undefined;
  const options = choicesOf(q).map((c): { value: string; label: ReactNode } => ({
    value: c.id,
    label: officerWrote(q, c) ? words(choiceField(q, c.id, easy && Boolean(c.easy)), choiceLabel(c, easy, t)) : choiceLabel(c, easy, t),
  }));
  if (q.allowOther) options.push({ value: "other", label: easy ? t("survey.other.easy") : t("survey.other") });
  const other = q.allowOther ? (
    <TextInput name={`${name}-other`} label={easy ? t("survey.other.sayEasy") : t("survey.other.say")} defaultValue={saved?.other ?? ""} />
  ) : null;
  switch (q.kind) {
    case "short_text":
      return <TextInput name={name} label={label} labelClass="govuk-label--s" hint={hint} defaultValue={saved?.value ?? ""} />;
    case "long_text":
      return <Textarea name={name} label={label} labelClass="govuk-label--s" hint={hint} rows={5} defaultValue={saved?.value ?? ""} />;
    case "multiple":
      return (
        <>
          <Checkboxes
            name={name}
            legend={label}
            hint={hint ?? (easy ? t("survey.multiple.easy") : t("survey.multiple"))}
            options={options}
            defaultValues={saved ? (JSON.parse(saved.value) as string[]) : []}
          />
          {other}
        </>
      );
    default:
      return (
        <>
          <Radios
            name={name}
            legend={label}
            hint={hint}
            options={options}
            inline={q.kind === "rating" || q.kind === "yes_no"}
            defaultValue={saved?.value ?? ""}
          />
          {other}
        </>
      );
  }
}

/** Whether a choice's words are the officer's: not the catalogue's, nor a rating's bare number. */
const officerWrote = (q: Question, c: { id: string; catalogue?: boolean }) =>
  !c.catalogue && (q.kind !== "rating" || (c.id === "1" && Boolean(q.lowLabel)) || (c.id === "5" && Boolean(q.highLabel)));

/** Which translatable field a choice's words come from: a rating's end labels, or the option itself. */
function choiceField(q: Question, id: string, easy: boolean): string {
  if (q.kind === "rating") return id === "1" ? "lowLabel" : "highLabel";
  return `${easy ? "choiceEasy" : "choice"}.${id}`;
}

/** What someone answered, as text: choice labels, not ids. */
export function answerText(q: Question, saved: Saved, easy: boolean, t: (key: string, values?: Record<string, string>) => string): string {
  if (!saved) return t("survey.notAnswered");
  const label = (id: string) =>
    id === "other"
      ? t("survey.otherAnswer", { other: saved.other, name: easy ? t("survey.other.easy") : t("survey.other") })
      : choiceLabel(choicesOf(q).find((c) => c.id === id) ?? { id, label: id, easy: "" }, easy, t);
  if (q.kind === "short_text" || q.kind === "long_text") return saved.value;
  if (q.kind === "multiple") return (JSON.parse(saved.value) as string[]).map(label).join(", ");
  return label(saved.value);
}

type ResultQuestion = {
  id: number;
  text: string;
  kind: string;
  answered: number;
  rows: { key: string; label: string; n: number; percent: number }[];
  average: number | null;
};

/** One question's results: a sentence, a bar chart (an image with the same words), and the figures in a table. */
export function QuestionResult({ q }: { q: ResultQuestion }) {
  const { t } = useT();
  const summary = q.rows.length
    ? [
        t("survey.result.answered", { count: q.answered }),
        q.average !== null ? t("survey.result.average", { average: q.average }) : "",
        t("survey.result.most", { answer: [...q.rows].sort((a, b) => b.n - a.n)[0]!.label }),
      ]
        .filter(Boolean)
        .join(" ")
    : t("survey.result.ownWords", { count: q.answered });
  const max = Math.max(1, ...q.rows.map((r) => r.percent));
  const barHeight = 28;
  return (
    <section className="govuk-!-margin-bottom-8" aria-labelledby={`result-${q.id}`}>
      <h3 className="govuk-heading-s" id={`result-${q.id}`}>
        {q.text}
      </h3>
      <p className="govuk-body">{summary}</p>
      {q.rows.length ? (
        <>
          <svg
            className="app-chart"
            role="img"
            aria-label={t("survey.result.chart", { bars: q.rows.map((r) => `${r.label} ${r.percent}%`).join(", ") })}
            viewBox={`0 0 600 ${q.rows.length * (barHeight + 8)}`}
            width="100%"
            preserveAspectRatio="xMinYMin meet"
          >
            {q.rows.map((r, i) => (
              <g key={r.key} transform={`translate(0 ${i * (barHeight + 8)})`}>
                <text x="0" y={barHeight / 2 + 6} className="app-chart__label">
                  {r.label.length > 28 ? `${r.label.slice(0, 27)}…` : r.label}
                </text>
                <rect x="220" y="0" width={Math.max(1, (r.percent / max) * 300)} height={barHeight} className="app-chart__bar" />
                <text x={228 + (r.percent / max) * 300} y={barHeight / 2 + 6} className="app-chart__value">
                  {r.percent}%
                </text>
              </g>
            ))}
          </svg>
          <table className="govuk-table">
            <caption className="govuk-visually-hidden">{t("survey.result.caption", { question: q.text })}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  {t("survey.result.answer")}
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  {t("survey.result.people")}
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  {t("survey.result.percent")}
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {q.rows.map((r) => (
                <tr key={r.key} className="govuk-table__row">
                  <th scope="row" className="govuk-table__header">
                    {r.label}
                  </th>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{r.n}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{r.percent}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}

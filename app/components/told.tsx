import type { FollowChannel } from "~db/schema/enums";
import { TOLD_CHANNELS, TOLD_LABELS, WILL_BE_TOLD } from "~/modules/feedback/told";
import { useT } from "./i18n";

// Closing the loop, shown: who heard of the outcomes of a period (the dashboard, the evidence report)
// and who will hear of one change (the triage page). The figures come from modules/feedback/told.

type ByChannel = Record<FollowChannel, number>;

/** The people told of a period's outcomes, by the way they chose, and those who were not. */
export function ToldTable({ told }: { told: { outcomes: number; byChannel: ByChannel; waiting: number; notTold: number; reachedNobody: number } }) {
  const { t } = useT();
  const rows: [string, number][] = [
    ...TOLD_CHANNELS.map((c) => [t(TOLD_LABELS[c]), told.byChannel[c]] as [string, number]),
    [t("told.waiting"), told.waiting],
    [t("told.notTold"), told.notTold],
    [t("told.reachedNobody"), told.reachedNobody],
  ];
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--s">{t("told.caption", { outcomes: told.outcomes })}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            {t("told.way")}
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            {t("told.people")}
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map(([label, n]) => (
          <tr className="govuk-table__row" key={label}>
            <th scope="row" className="govuk-table__header">
              {label}
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">{n}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Who a change to one suggestion will reach, and how, read before the officer confirms it. */
export function WillBeTold({ told }: { told: { byChannel: ByChannel; total: number; notTold: number } }) {
  const { t } = useT();
  const ways = TOLD_CHANNELS.filter((c) => told.byChannel[c] > 0);
  return (
    <div className="govuk-inset-text" id="will-be-told">
      <h3 className="govuk-heading-s">{t("told.will.heading")}</h3>
      {told.total ? (
        <ul className="govuk-list govuk-list--bullet">
          {ways.map((c) => (
            <li key={c}>{t(WILL_BE_TOLD[c], { count: told.byChannel[c] })}</li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">{t("told.will.nobody")}</p>
      )}
      {told.notTold ? <p className="govuk-body">{t("told.will.notTold", { count: told.notTold })}</p> : null}
    </div>
  );
}

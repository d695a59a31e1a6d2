import type { MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { publicCharter } from "~/modules/charter/charter.server";
import { formatDate, londonDate } from "~/utils/dates";
import type { LanguageCode } from "~db/schema/enums";
import { metaText, NotTranslatedNote, useT, Written } from "~/components/i18n";
import type { PageHandle } from "~/utils/page-handle";

export const handle: PageHandle = { publicPage: "shared", hydrate: false };

export const meta: MetaFunction = () => [{ title: metaText("charter.title") }];

// Message keys.
const KIND_LABELS = {
  parent_carer: "charter.kind.parent_carer",
  young_person: "charter.kind.young_person",
  professional: "charter.kind.professional",
  organisation: "charter.kind.organisation",
} as const;
const KIND_PLURALS = {
  parent_carer: "charter.kinds.parent_carer",
  young_person: "charter.kinds.young_person",
  professional: "charter.kinds.professional",
  organisation: "charter.kinds.organisation",
} as const;

const dayOf = (moment: string, lang: LanguageCode) => formatDate(londonDate(new Date(moment)), lang);

export function loader() {
  return json({ charter: publicCharter() ?? null });
}

export default function Charter() {
  const { charter } = useLoaderData<typeof loader>();
  const { t, rich, lang } = useT();
  const worded = new Map<string, string>();
  const listedAs = (kind: keyof typeof KIND_LABELS, version: number) => {
    const key = `${kind} ${version}`;
    if (!worded.has(key)) worded.set(key, t("charter.listedAs", { kind: t(KIND_LABELS[kind]).toLowerCase(), version }));
    return worded.get(key)!;
  };
  if (!charter) {
    return (
      <>
        <h1 className="govuk-heading-l">{t("charter.title")}</h1>
        <p className="govuk-body">{t("charter.notYet")}</p>
      </>
    );
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">
          {t("charter.versionAdopted", { number: charter.version.number, date: dayOf(charter.version.adoptedAt, lang) })}
        </span>
        <h1 className="govuk-heading-l">{t("charter.title")}</h1>
        <NotTranslatedNote show={charter.version.untranslated} />
        <Link to="/charter/sign" className="govuk-button" data-module="govuk-button">
          {t("charterSign.title")}
        </Link>
        <Written english={charter.version.untranslated} html={charter.version.html} />
        <p className="govuk-body">
          <Link className="govuk-link" to="/charter/evidence">
            {t("charter.keeping")}
          </Link>
        </p>

        <h2 className="govuk-heading-m">{t("charter.whoSigned")}</h2>
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">
            {t("charter.signaturesOn", { count: charter.total, number: charter.version.number })}
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                {t("charter.who")}
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                {t("charter.signatures")}
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {(Object.keys(KIND_LABELS) as (keyof typeof KIND_LABELS)[]).map((kind) => (
              <tr className="govuk-table__row" key={kind}>
                <th scope="row" className="govuk-table__header">
                  {t(KIND_PLURALS[kind])}
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric">{charter.counts[kind]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {charter.listed.length ? (
          <ul className="govuk-list">
            {/* Thousands of names share a few of these words: each is worded once. */}
            {charter.listed.map((s, i) => (
              <li key={`${s.name}-${i}`}>
                <strong>{s.name}</strong>
                {s.organisation ? `, ${s.organisation}` : ""} <span className="govuk-body-s">{listedAs(s.kind, s.version)}</span>
              </li>
            ))}
          </ul>
        ) : null}
        <p className="govuk-body-s">{t("charter.onlyListed")}</p>

        <h2 className="govuk-heading-m">{t("charter.versions")}</h2>
        <ol className="govuk-list">
          {charter.history.map((v) => (
            <li key={v.id}>
              {rich("charter.versionLine", { number: v.number, date: dayOf(v.publishedAt, lang), strong: (parts) => <strong>{parts}</strong> })}
              {v.changeSummary ? `: ${v.changeSummary}` : ""}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}

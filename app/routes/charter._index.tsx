import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { Pagination } from "~/components/pagination";
import { intParam } from "~/utils/query.server";
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

// A hundred names a page: two thousand would take a phone a long scroll to get past.
const NAMES_PER_PAGE = 100;

export function loader({ request }: LoaderFunctionArgs) {
  const charter = publicCharter();
  if (!charter) return json({ charter: null, page: 1, pages: 1 });
  const pages = Math.max(1, Math.ceil(charter.listed.length / NAMES_PER_PAGE));
  const page = Math.min(intParam(new URL(request.url).searchParams, "page", 100_000) ?? 1, pages);
  const listed = charter.listed.slice((page - 1) * NAMES_PER_PAGE, page * NAMES_PER_PAGE);
  return json({ charter: { ...charter, listed }, page, pages });
}

export default function Charter() {
  const { charter, page, pages } = useLoaderData<typeof loader>();
  const { search } = useLocation();
  const { t, rich, lang } = useT();
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
          <>
            <ul className="govuk-list">
              {charter.listed.map((s, i) => (
                <li key={`${s.name}-${i}`}>
                  <strong>{s.name}</strong>
                  {s.organisation ? `, ${s.organisation}` : ""}{" "}
                  <span className="govuk-body-s">{t("charter.listedAs", { kind: t(KIND_LABELS[s.kind]).toLowerCase(), version: s.version })}</span>
                </li>
              ))}
            </ul>
            <Pagination page={page} pages={pages} search={search} />
          </>
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

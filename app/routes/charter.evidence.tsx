import type { MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { BackLink } from "~/components/page";
import { evidenceByCommitment } from "~/modules/charter/charter.server";
import { formatDate } from "~/utils/dates";
import type { PageHandle } from "~/utils/page-handle";
import { metaText, NotTranslatedNote, useT, Written } from "~/components/i18n";

export const handle: PageHandle = { publicPage: "shared", hydrate: false };

export const meta: MetaFunction = () => [{ title: metaText("charterEvidence.title") }];

export function loader() {
  return json({ commitments: evidenceByCommitment() });
}

export default function Evidence() {
  const { commitments } = useLoaderData<typeof loader>();
  const { t, lang } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/charter">{t("charterEvidence.back")}</BackLink>
        <h1 className="govuk-heading-l">{t("charterEvidence.title")}</h1>
        <p className="govuk-body">{t("charterEvidence.lead")}</p>
        <NotTranslatedNote show={lang !== "en" && commitments.some((c) => c.evidence.length > 0 || c.untranslated)} />
        {commitments.map((c) => (
          <section key={c.id} aria-labelledby={`commitment-${c.id}`} className="app-suggestion">
            <h2 className="govuk-heading-s" id={`commitment-${c.id}`}>
              <Written english={c.untranslated}>{c.text}</Written>
            </h2>
            {c.evidence.length ? (
              <ul className="govuk-list">
                {c.evidence.map((e) => (
                  <li key={e.id}>
                    <strong>{formatDate(e.date, lang)}</strong>: <Written english>{e.note}</Written>{" "}
                    {e.link ? (
                      e.link.startsWith("/") ? (
                        <Link className="govuk-link" to={e.link}>
                          {t("charterEvidence.seeIt")}
                          <span className="govuk-visually-hidden">: {e.note}</span>
                        </Link>
                      ) : (
                        <a className="govuk-link" href={e.link} rel="noopener noreferrer">
                          {t("charterEvidence.seeIt")}
                          <span className="govuk-visually-hidden">: {e.note}</span>
                        </a>
                      )
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="govuk-body">{t("charterEvidence.none")}</p>
            )}
          </section>
        ))}
      </div>
    </div>
  );
}

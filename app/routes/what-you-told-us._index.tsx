import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { publishedReports } from "~/modules/themes/told-us.server";
import { formatDate } from "~/utils/dates";
import type { PageHandle } from "~/utils/page-handle";
import { linkPart, metaText, useT, Written } from "~/components/i18n";
import { localise } from "~/modules/i18n/content.server";

export const handle: PageHandle = { publicPage: "shared", hydrate: false };

export const meta: MetaFunction = () => [{ title: metaText("toldUs.title") }];

export function loader({ context }: LoaderFunctionArgs) {
  const reports = publishedReports().map((r) => ({ id: r.id, title: r.title, from: r.periodFrom, to: r.periodTo }));
  return json({ reports: localise("report", reports, ["title"], context.lang) });
}

export default function WhatYouToldUs() {
  const { reports } = useLoaderData<typeof loader>();
  const { t, rich, lang } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t("toldUs.title")}</h1>
        <p className="govuk-body">{rich("toldUs.intro", { link: linkPart("/you-said-we-did") })}</p>
        {reports.length ? (
          <ul className="govuk-list">
            {reports.map((r) => (
              <li key={r.id}>
                <Link className="govuk-link" to={`/what-you-told-us/${r.id}`}>
                  <Written english={r.untranslated.length > 0}>{r.title}</Written>
                </Link>{" "}
                <span className="govuk-body-s">{t("toldUs.period", { from: formatDate(r.from, lang), to: formatDate(r.to, lang) })}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body">{t("toldUs.nothing")}</p>
        )}
      </div>
    </div>
  );
}

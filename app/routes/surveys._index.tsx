import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { publicSurveys } from "~/modules/surveys/surveys.server";
import { formatDate } from "~/utils/dates";
import type { PageHandle } from "~/utils/page-handle";
import { metaText, useT, Written } from "~/components/i18n";
import { localise } from "~/modules/i18n/content.server";

export const handle: PageHandle = { publicPage: "shared each minute", hydrate: false };

export const meta: MetaFunction = () => [{ title: metaText("nav.surveys") }];

export async function loader({ context }: LoaderFunctionArgs) {
  const { open, finished } = publicSurveys();
  return json({
    open: localise("survey", open, ["title", "audience"], context.lang),
    finished: localise("survey", finished, ["title"], context.lang),
  });
}

export default function Surveys() {
  const { open, finished } = useLoaderData<typeof loader>();
  const { t, lang } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t("nav.surveys")}</h1>
        <h2 className="govuk-heading-m">{t("surveys.haveYourSay")}</h2>
        {open.length ? (
          <ul className="govuk-list govuk-list--spaced">
            {open.map((s) => (
              <li key={s.id}>
                <Link className="govuk-link govuk-!-font-weight-bold" to={`/surveys/${s.id}`}>
                  <Written english={s.untranslated.includes("title")}>{s.title}</Written>
                </Link>
                <br />
                {s.audience ? (
                  <>
                    <Written english={s.untranslated.includes("audience")}>{s.audience}</Written>.{" "}
                  </>
                ) : null}
                {t("surveys.openUntil", { date: formatDate(s.closesOn, lang) })}
              </li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body">{t("surveys.noneOpen")}</p>
        )}
        <h2 className="govuk-heading-m">{t("surveys.found")}</h2>
        {finished.length ? (
          <ul className="govuk-list govuk-list--spaced">
            {finished.map((s) => (
              <li key={s.id}>
                <strong>
                  <Written english={s.untranslated.length > 0}>{s.title}</Written>
                </strong>{" "}
                {t("surveys.closedOn", { date: formatDate(s.closesOn, lang) })}
                <br />
                {s.summary ? (
                  <Link className="govuk-link" to={`/surveys/${s.id}/summary`}>
                    {t("surveys.weAsked")}
                  </Link>
                ) : null}
                {s.summary && s.results ? " · " : null}
                {s.results ? (
                  <Link className="govuk-link" to={`/surveys/${s.id}/results`}>
                    {t("surveys.results")}
                  </Link>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body">{t("surveys.noResults")}</p>
        )}
      </div>
    </div>
  );
}

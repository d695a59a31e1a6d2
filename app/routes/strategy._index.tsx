import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ActionStatusTag } from "~/components/status";
import { LEVEL_KEYS } from "~/modules/impact/levels";
import { currentStrategyId, getStrategy } from "~/modules/strategy/strategy.server";
import { formatDate } from "~/utils/dates";
import type { PageHandle } from "~/utils/page-handle";
import { linkPart, metaText, NotTranslatedNote, useT, Written } from "~/components/i18n";
import { localise, localiseLists } from "~/modules/i18n/content.server";

export const handle: PageHandle = { publicPage: "shared", hydrate: false };

export const meta: MetaFunction = () => [{ title: metaText("strategyPage.title") }];

export function loader({ context }: LoaderFunctionArgs) {
  const id = currentStrategyId();
  const strategy = id ? getStrategy(id) : undefined;
  if (!strategy) return json({ strategy: null });
  // Its name, summary, areas and actions in the visitor's language where translated.
  const { areas, ...shown } = localise("strategy", [strategy], ["name", "summary"], context.lang)[0]!;
  const actions = localiseLists(
    "action",
    areas.map((area) => area.actions),
    ["title"],
    context.lang,
  );
  return json({
    strategy: {
      ...shown,
      areas: localise("area", areas, ["name"], context.lang).map((area, i) => ({ ...area, actions: actions[i]! })),
    },
  });
}

export default function Strategy() {
  const { t, rich, lang } = useT();
  const { strategy } = useLoaderData<typeof loader>();
  if (!strategy) {
    return (
      <>
        <h1 className="govuk-heading-l">{t("strategyPage.title")}</h1>
        <p className="govuk-body">{t("strategyPage.notYet")}</p>
      </>
    );
  }
  return (
    <>
      <span className="govuk-caption-l">{strategy.period}</span>
      <h1 className="govuk-heading-l">
        <Written english={strategy.untranslated.includes("name")}>{strategy.name}</Written>
      </h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <NotTranslatedNote show={strategy.untranslated.length > 0 || strategy.areas.some((a) => a.untranslated.length > 0)} />
          <p className="govuk-body-l">
            <Written english={strategy.untranslated.includes("summary")}>{strategy.summary}</Written>
          </p>
          <p className="govuk-body">
            {rich("strategyPage.intro", {
              link: linkPart("/tell-us"),
            })}
          </p>
        </div>
      </div>
      {strategy.areas.map((area) => (
        <section key={area.id} aria-labelledby={`area-${area.id}`}>
          <h2 className="govuk-heading-m" id={`area-${area.id}`}>
            <Written english={area.untranslated.length > 0}>{area.name}</Written>
          </h2>
          <table className="govuk-table">
            <caption className="govuk-visually-hidden">{t("strategyPage.actionsIn", { area: area.name })}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  {t("strategyPage.action")}
                </th>
                <th scope="col" className="govuk-table__header">
                  {t("strategyPage.lead")}
                </th>
                <th scope="col" className="govuk-table__header">
                  {t("strategyPage.due")}
                </th>
                <th scope="col" className="govuk-table__header">
                  {t("board.status")}
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  {t("strategyPage.suggestions")}
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {area.actions.map((action) => (
                <tr className="govuk-table__row" key={action.id}>
                  <td className="govuk-table__cell">
                    <Link className="govuk-link" to={`/strategy/actions/${action.id}`}>
                      <strong>{action.code}</strong> <Written english={action.untranslated.includes("title")}>{action.title}</Written>
                    </Link>
                    {action.participationLevel ? (
                      <>
                        <br />
                        <span className="govuk-body-s">
                          {t("strategyPage.familiesInvolved", { level: t(LEVEL_KEYS[action.participationLevel].label).toLowerCase() })}
                        </span>
                      </>
                    ) : null}
                  </td>
                  <td className="govuk-table__cell">{action.lead}</td>
                  <td className="govuk-table__cell">{formatDate(action.dueDate, lang)}</td>
                  <td className="govuk-table__cell">
                    <ActionStatusTag status={action.status} />
                  </td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{action.suggestionCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}

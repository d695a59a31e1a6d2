import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation } from "@remix-run/react";
import { SUGGESTION_STATUSES } from "~db/schema/enums";
import { Pagination } from "~/components/pagination";
import { SUGGESTION_STATUS, SuggestionStatusTag } from "~/components/status";
import { EasyReadSwitch } from "~/components/easy-read";
import { OutcomeLine } from "~/components/suggestion";
import { isEasyRead } from "~/utils/easy-read.server";
import { boardFigures, boardPage } from "~/modules/feedback/board.server";
import { listTopics } from "~/modules/feedback/topics.server";
import { listActionChoices } from "~/modules/strategy/strategy.server";
import { enumParam, intParam, textParam } from "~/utils/query.server";
import { formatDateTime } from "~/utils/dates";
import type { PageHandle } from "~/utils/page-handle";
import { metaText, NotTranslatedNote, useT, Written } from "~/components/i18n";
import { localise } from "~/modules/i18n/content.server";
import type { LanguageCode } from "~db/schema/enums";

const figure = (parts: React.ReactNode[]) => <span className="app-figures__number">{parts}</span>;

export const handle: PageHandle = { publicPage: "shared", hydrate: false };

export const meta: MetaFunction = () => [
  { title: metaText("nav.youSaidWeDid") },
  { tagName: "link", rel: "alternate", type: "application/atom+xml", title: metaText("board.feedTitle"), href: "/you-said-we-did/outcomes.xml" },
];

const BOARD_STATUSES = SUGGESTION_STATUSES.filter((s) => s !== "merged");

// Public wordings and outcomes in the visitor's language where translated.
function localiseBoard(board: ReturnType<typeof boardPage>, lang: LanguageCode) {
  return { ...board, suggestions: localise("suggestion", board.suggestions, ["publicWording", "outcome", "outcomeEasyRead"], lang) };
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const filters = {
    topicId: intParam(params, "topic"),
    status: enumParam(params, "status", BOARD_STATUSES),
    actionId: intParam(params, "action"),
    q: textParam(params, "q"),
    page: intParam(params, "page", 100_000),
  };
  return json({
    filters,
    easy: await isEasyRead(request),
    figures: boardFigures(),
    board: localiseBoard(boardPage(filters), context.lang),
    topics: listTopics().map(({ id, name }) => ({ id, name })),
    actions: listActionChoices().map(({ id, code }) => ({ id, code })),
  });
}

export default function Board() {
  const { t, rich, lang } = useT();
  const { filters, easy, figures, board, topics, actions } = useLoaderData<typeof loader>();
  const { search } = useLocation();
  const filtered = Boolean(filters.topicId || filters.status || filters.actionId || filters.q);
  return (
    <>
      <h1 className="govuk-heading-xl">{t("nav.youSaidWeDid")}</h1>
      <p className="govuk-body-l">{t("board.lead")}</p>
      <EasyReadSwitch easy={easy} />
      <ul className="app-figures" aria-label={t("board.figures")}>
        <li className="app-figures__item">{rich("board.figures.heard", { count: figures.heard, figure })}</li>
        <li className="app-figures__item">{rich("board.figures.outcomeShare", { share: figures.outcomeShare / 100, figure })}</li>
        <li className="app-figures__item">
          {figures.medianDaysToFirstResponse === null
            ? rich("board.figures.noResponseYet", { figure })
            : rich("board.figures.days", { days: figures.medianDaysToFirstResponse, figure })}
        </li>
      </ul>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <Form method="get" className="app-no-print">
            <h2 className="govuk-heading-m">{t("board.filter")}</h2>
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="q">
                {t("board.search")}
              </label>
              <input className="govuk-input" id="q" name="q" type="search" defaultValue={filters.q ?? ""} />
            </div>
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="topic">
                {t("board.topic")}
              </label>
              <select className="govuk-select" id="topic" name="topic" defaultValue={filters.topicId ?? ""}>
                <option value="">{t("board.allTopics")}</option>
                {topics.map((topic) => (
                  <option key={topic.id} value={topic.id}>
                    {topic.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="status">
                {t("board.status")}
              </label>
              <select className="govuk-select" id="status" name="status" defaultValue={filters.status ?? ""}>
                <option value="">{t("board.anyStatus")}</option>
                {BOARD_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(SUGGESTION_STATUS[s].labelKey)}
                  </option>
                ))}
              </select>
            </div>
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="action">
                {t("board.action")}
              </label>
              <select className="govuk-select" id="action" name="action" defaultValue={filters.actionId ?? ""}>
                <option value="">{t("board.anyAction")}</option>
                {actions.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.code}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
              {t("board.showResults")}
            </button>
            {filtered ? (
              <p className="govuk-body">
                <Link className="govuk-link" to="/you-said-we-did">
                  {t("board.clearFilters")}
                </Link>
              </p>
            ) : null}
          </Form>
          <h2 className="govuk-heading-s">{t("board.more")}</h2>
          <ul className="govuk-list">
            <li>
              <Link className="govuk-link" to="/tell-us">
                {t("home.tellUs")}
              </Link>
            </li>
            <li>
              <Link className="govuk-link" to="/what-you-told-us">
                {t("board.keyMessages")}
              </Link>
            </li>
            <li>
              <Link className="govuk-link" to="/you-said-we-did/report">
                {t("board.report")}
              </Link>
            </li>
            <li>
              <a className="govuk-link" href="/you-said-we-did/outcomes.xml">
                {t("board.feed")}
              </a>
            </li>
            <li>
              <a className="govuk-link" href="/you-said-we-did.csv">
                {t("board.csv")}
              </a>
            </li>
          </ul>
        </div>
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m" aria-live="polite">
            {filtered ? t("board.matching", { count: board.total }) : t("board.count", { count: board.total })}
          </h2>
          {board.suggestions.length === 0 ? <p className="govuk-body">{t("board.nothing")}</p> : null}
          {board.suggestions.map((s) => (
            <article key={s.id} className="app-suggestion">
              <h3 className="govuk-heading-s govuk-!-margin-bottom-2">
                <Link className="govuk-link" to={`/you-said-we-did/${s.id}`}>
                  <span className="govuk-visually-hidden">{s.reference}: </span>
                  <Written english={s.untranslated.includes("publicWording")}>{s.publicWording}</Written>
                </Link>
              </h3>
              <p className="govuk-body-s">
                <SuggestionStatusTag status={s.status} /> {s.topic ? <>· {s.topic} </> : null}
                {s.actions.length ? <>· {t("board.actions", { codes: s.actions.map((a) => a.code).join(", ") })} </> : null}
                {s.supporters ? <>· {t("board.meToo", { count: s.supporters })}</> : null}
              </p>
              {s.outcome ? (
                <OutcomeLine status={s.status} outcome={s.outcome} outcomeEasyRead={s.outcomeEasyRead} easy={easy} untranslated={s.untranslated} />
              ) : s.latestUpdate ? (
                <p className="govuk-body">
                  <strong>{t("board.latest")}</strong> {s.latestUpdate.publicNote}{" "}
                  <span className="govuk-body-s">({formatDateTime(s.latestUpdate.createdAt, lang)})</span>
                </p>
              ) : null}
            </article>
          ))}
          <NotTranslatedNote show={board.suggestions.some((s) => s.untranslated.length > 0)} />
          <Pagination page={board.page} pages={board.pages} search={search} />
        </div>
      </div>
    </>
  );
}

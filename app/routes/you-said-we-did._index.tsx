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
import { useT } from "~/components/i18n";

export const handle: PageHandle = { publicPage: "shared" };

export const meta: MetaFunction = () => [
  { title: "You said, we did" },
  { tagName: "link", rel: "alternate", type: "application/atom+xml", title: "Outcomes", href: "/you-said-we-did/outcomes.xml" },
];

const BOARD_STATUSES = SUGGESTION_STATUSES.filter((s) => s !== "merged");

export async function loader({ request }: LoaderFunctionArgs) {
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
    board: boardPage(filters),
    topics: listTopics().map(({ id, name }) => ({ id, name })),
    actions: listActionChoices().map(({ id, code }) => ({ id, code })),
  });
}

export default function Board() {
  const { t } = useT();
  const { filters, easy, figures, board, topics, actions } = useLoaderData<typeof loader>();
  const { search } = useLocation();
  const filtered = Boolean(filters.topicId || filters.status || filters.actionId || filters.q);
  return (
    <>
      <h1 className="govuk-heading-xl">You said, we did</h1>
      <p className="govuk-body-l">What parents, carers and young people told us, what we are doing about it, and what happened.</p>
      <EasyReadSwitch easy={easy} />
      <ul className="app-figures" aria-label="Headline figures">
        <li className="app-figures__item">
          <span className="app-figures__number">{figures.heard.toLocaleString("en-GB")}</span> suggestions heard
        </li>
        <li className="app-figures__item">
          <span className="app-figures__number">{figures.outcomeShare}%</span> of published suggestions have an outcome
        </li>
        <li className="app-figures__item">
          <span className="app-figures__number">{figures.medianDaysToFirstResponse ?? "–"}</span> working days, typically, to a first response
        </li>
      </ul>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <Form method="get" className="app-no-print">
            <h2 className="govuk-heading-m">Filter</h2>
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="q">
                Search words
              </label>
              <input className="govuk-input" id="q" name="q" type="search" defaultValue={filters.q ?? ""} />
            </div>
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="topic">
                Topic
              </label>
              <select className="govuk-select" id="topic" name="topic" defaultValue={filters.topicId ?? ""}>
                <option value="">All topics</option>
                {topics.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="status">
                Status
              </label>
              <select className="govuk-select" id="status" name="status" defaultValue={filters.status ?? ""}>
                <option value="">Any status</option>
                {BOARD_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(SUGGESTION_STATUS[s].labelKey)}
                  </option>
                ))}
              </select>
            </div>
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="action">
                Strategy action
              </label>
              <select className="govuk-select" id="action" name="action" defaultValue={filters.actionId ?? ""}>
                <option value="">Any action</option>
                {actions.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.code}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
              Show results
            </button>
            {filtered ? (
              <p className="govuk-body">
                <Link className="govuk-link" to="/you-said-we-did">
                  Clear filters
                </Link>
              </p>
            ) : null}
          </Form>
          <h2 className="govuk-heading-s">More</h2>
          <ul className="govuk-list">
            <li>
              <Link className="govuk-link" to="/tell-us">
                Tell us what you think
              </Link>
            </li>
            <li>
              <Link className="govuk-link" to="/what-you-told-us">
                What you told us: the key messages
              </Link>
            </li>
            <li>
              <Link className="govuk-link" to="/you-said-we-did/report">
                Printable report
              </Link>
            </li>
            <li>
              <a className="govuk-link" href="/you-said-we-did/outcomes.xml">
                Outcomes feed (Atom)
              </a>
            </li>
            <li>
              <a className="govuk-link" href="/you-said-we-did.csv">
                Download as a spreadsheet (CSV)
              </a>
            </li>
          </ul>
        </div>
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m" aria-live="polite">
            {board.total.toLocaleString("en-GB")} {board.total === 1 ? "suggestion" : "suggestions"}
            {filtered ? " match" : ""}
          </h2>
          {board.suggestions.length === 0 ? <p className="govuk-body">Nothing matches. Try fewer words or clear the filters.</p> : null}
          {board.suggestions.map((s) => (
            <article key={s.id} className="app-suggestion">
              <h3 className="govuk-heading-s govuk-!-margin-bottom-2">
                <Link className="govuk-link" to={`/you-said-we-did/${s.id}`}>
                  <span className="govuk-visually-hidden">{s.reference}: </span>
                  {s.publicWording}
                </Link>
              </h3>
              <p className="govuk-body-s">
                <SuggestionStatusTag status={s.status} /> {s.topic ? <>· {s.topic} </> : null}
                {s.actions.length ? <>· Action {s.actions.map((a) => a.code).join(", ")} </> : null}
                {s.supporters ? (
                  <>
                    · {s.supporters} {s.supporters === 1 ? "person" : "people"} said “me too”
                  </>
                ) : null}
              </p>
              {s.outcome ? (
                <OutcomeLine status={s.status} outcome={s.outcome} outcomeEasyRead={s.outcomeEasyRead} easy={easy} />
              ) : s.latestUpdate ? (
                <p className="govuk-body">
                  <strong>Latest:</strong> {s.latestUpdate.publicNote}{" "}
                  <span className="govuk-body-s">({formatDateTime(s.latestUpdate.createdAt)})</span>
                </p>
              ) : null}
            </article>
          ))}
          <Pagination page={board.page} pages={board.pages} search={search} />
        </div>
      </div>
    </>
  );
}

import { Link } from "@remix-run/react";
import type { ActionStatus, SuggestionStatus } from "~db/schema/enums";
import { easyReadOr } from "./easy-read";
import { formatDateTime } from "~/utils/dates";
import { ACTION_STATUS, ActionStatusTag, SUGGESTION_STATUS, SuggestionStatusTag } from "./status";
import { useT } from "~/components/i18n";

type Entry = {
  id: number;
  status: SuggestionStatus | null;
  publicNote: string;
  createdAt: string;
  officer?: string | null;
  isPublic?: boolean;
  kind?: string;
};

/** What happened to a suggestion, newest first. The same list on every page that shows it. */
export function Timeline({ entries, showPrivate = false }: { entries: Entry[]; showPrivate?: boolean }) {
  const { t } = useT();
  return (
    <ol className="govuk-list app-timeline">
      {entries.map((entry) => (
        <li key={entry.id} className="app-timeline__item">
          <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
            {entry.status ? t(SUGGESTION_STATUS[entry.status].labelKey) : entry.kind === "published" ? "Published" : "Update"}
          </h3>
          <p className="govuk-body-s govuk-!-margin-bottom-1">
            <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>
            {showPrivate && entry.officer ? ` by ${entry.officer}` : ""}
            {showPrivate && entry.isPublic === false ? " (not shown publicly)" : ""}
          </p>
          {entry.publicNote ? <p className="govuk-body">{entry.publicNote}</p> : null}
        </li>
      ))}
    </ol>
  );
}

type OutcomeProps = {
  status: SuggestionStatus;
  outcome: string;
  outcomeEasyRead?: string;
  /** Whether the visitor asked for easy read. */
  easy?: boolean;
  /** When the council and the parent carer forum both agreed it, under joint sign-off. */
  agreed?: { forumAgreedAt: string } | null;
};

/** "We did" (or "what we cannot do"), when a suggestion has an outcome: in easy read when asked for and written. */
export function Outcome({ status, outcome, outcomeEasyRead, easy = false, agreed }: OutcomeProps) {
  if (!outcome) return null;
  const shown = easyReadOr(easy, outcome, outcomeEasyRead);
  return (
    <div className="app-outcome govuk-!-margin-bottom-6">
      <h2 className="govuk-heading-m">{status === "not_possible" ? "What we cannot do, and why" : "We did"}</h2>
      <p className="govuk-body">{shown.text}</p>
      {easy && !shown.easyRead ? <p className="govuk-body-s">There is no easy-read version of this yet.</p> : null}
      {agreed ? <p className="govuk-body-s">Agreed by the council and the parent carer forum on {formatDateTime(agreed.forumAgreedAt)}.</p> : null}
    </div>
  );
}

/** The outcome in one line, for lists such as the board. */
export function OutcomeLine({ status, outcome, outcomeEasyRead, easy = false }: Omit<OutcomeProps, "agreed">) {
  if (!outcome) return null;
  return (
    <div className="app-outcome">
      <p className="govuk-body">
        <strong>{status === "not_possible" ? "We can’t, because:" : "We did:"}</strong> {easyReadOr(easy, outcome, outcomeEasyRead).text}
      </p>
    </div>
  );
}

/** The strategy actions a suggestion is linked to, each with its status. */
export function LinkedActions({ actions }: { actions: { id: number; code: string; title: string; status: ActionStatus }[] }) {
  if (!actions.length) return null;
  return (
    <>
      <h2 className="govuk-heading-m">Part of our SEND strategy</h2>
      <ul className="govuk-list">
        {actions.map((a) => (
          <li key={a.id}>
            <Link className="govuk-link" to={`/strategy/actions/${a.id}`}>
              {a.code} {a.title}
            </Link>{" "}
            <ActionStatusTag status={a.status} />
          </li>
        ))}
      </ul>
    </>
  );
}

/** An action's dated status updates, newest first. */
export function ActionHistory({ history }: { history: { id: number; status: ActionStatus; note: string; createdAt: string }[] }) {
  const { t } = useT();
  if (!history.length) return <p className="govuk-body">No updates yet.</p>;
  return (
    <ol className="govuk-list app-timeline">
      {history.map((update) => (
        <li key={update.id} className="app-timeline__item">
          <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{t(ACTION_STATUS[update.status].labelKey)}</h3>
          <p className="govuk-body-s govuk-!-margin-bottom-1">{formatDateTime(update.createdAt)}</p>
          {update.note ? <p className="govuk-body">{update.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}

type ContributorSuggestion = {
  id: number;
  reference: string;
  body: string;
  status: SuggestionStatus;
  outcome: string;
  publicWording: string;
  published: boolean;
  createdAt: string;
  mergedInto: { id: number; reference: string; published: boolean } | null;
  timeline: Entry[];
  actions: { id: number; code: string; title: string; status: ActionStatus }[];
};

/** What a contributor sees of their own suggestion: their words, its status, the outcome and the timeline. */
export function ContributorView({ suggestion }: { suggestion: ContributorSuggestion }) {
  return (
    <>
      <p className="govuk-body">
        Status: <SuggestionStatusTag status={suggestion.status} />
      </p>
      {suggestion.mergedInto ? (
        <p className="govuk-body">
          Other people said the same thing, so we joined your suggestion with {suggestion.mergedInto.reference}.{" "}
          {suggestion.mergedInto.published ? (
            <Link className="govuk-link" to={`/you-said-we-did/${suggestion.mergedInto.id}`}>
              Follow {suggestion.mergedInto.reference}
            </Link>
          ) : null}
        </p>
      ) : null}
      <h2 className="govuk-heading-m">What you told us</h2>
      <p className="govuk-body app-original">{suggestion.body}</p>
      <p className="govuk-body-s">Sent {formatDateTime(suggestion.createdAt)}. Only you and our officers can see these words.</p>
      {suggestion.published ? (
        <>
          <h2 className="govuk-heading-m">How it appears publicly</h2>
          <p className="govuk-body">{suggestion.publicWording}</p>
        </>
      ) : null}
      <Outcome status={suggestion.status} outcome={suggestion.outcome} />
      <LinkedActions actions={suggestion.actions} />
      <h2 className="govuk-heading-m">What has happened</h2>
      <Timeline entries={suggestion.timeline} />
    </>
  );
}

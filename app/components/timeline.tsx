import { formatDateTime } from "./page";
import { SUGGESTION_STATUS } from "./status";
import type { SuggestionStatus } from "~db/schema/enums";

type Entry = { id: number; status: SuggestionStatus | null; publicNote: string; createdAt: string; officer?: string | null; isPublic?: boolean; kind?: string };

/** What happened to a suggestion, newest first. The same list on every page that shows it. */
export function Timeline({ entries, showPrivate = false }: { entries: Entry[]; showPrivate?: boolean }) {
  return (
    <ol className="govuk-list app-timeline">
      {entries.map((entry) => (
        <li key={entry.id} className="app-timeline__item">
          <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
            {entry.status ? SUGGESTION_STATUS[entry.status].label : entry.kind === "published" ? "Published" : "Update"}
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

import { Link } from "@remix-run/react";
import type { ActionStatus, SuggestionStatus } from "~db/schema/enums";
import { easyReadOr } from "./easy-read";
import { formatDateTime } from "~/utils/dates";
import { ACTION_STATUS, ActionStatusTag, SUGGESTION_STATUS, SuggestionStatusTag } from "./status";
import { NotTranslatedNote, useT, Written } from "~/components/i18n";
import { systemNote } from "~/modules/feedback/timeline-notes";

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
  const { t, lang } = useT();
  return (
    <ol className="govuk-list app-timeline">
      {entries.map((entry) => (
        <li key={entry.id} className="app-timeline__item">
          <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
            {entry.status ? t(SUGGESTION_STATUS[entry.status].labelKey) : entry.kind === "published" ? t("timeline.published") : t("timeline.update")}
          </h3>
          <p className="govuk-body-s govuk-!-margin-bottom-1">
            <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt, lang)}</time>
            {showPrivate && entry.officer ? ` ${t("timeline.by", { officer: entry.officer })}` : ""}
            {showPrivate && entry.isPublic === false ? ` ${t("timeline.notPublic")}` : ""}
          </p>
          {entry.publicNote ? <TimelineNote note={entry.publicNote} /> : null}
        </li>
      ))}
    </ol>
  );
}

/** A note the service wrote, in the reader's language; an officer's own note as written (marked as English). */
function TimelineNote({ note }: { note: string }) {
  const { t, lang } = useT();
  const message = systemNote(note);
  if (message) return <p className="govuk-body">{t(message.key, message.values)}</p>;
  return (
    <p className="govuk-body">
      <Written english={lang !== "en"}>{note}</Written>
    </p>
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
  /** Fields shown in English for want of a translation into the visitor's language. */
  untranslated?: string[];
};

/** Whether the outcome as shown (easy read or standard) is the English original for want of a translation. */
const outcomeInEnglish = (shownEasyRead: boolean, untranslated: string[] = []) =>
  untranslated.includes(shownEasyRead ? "outcomeEasyRead" : "outcome");

/** "We did" (or "what we cannot do"), when a suggestion has an outcome: in easy read when asked for and written. */
export function Outcome({ status, outcome, outcomeEasyRead, easy = false, agreed, untranslated }: OutcomeProps) {
  const { t, lang } = useT();
  if (!outcome) return null;
  const shown = easyReadOr(easy, outcome, outcomeEasyRead);
  return (
    <div className="app-outcome govuk-!-margin-bottom-6">
      <h2 className="govuk-heading-m">{status === "not_possible" ? t("outcome.cannot") : t("outcome.weDid")}</h2>
      <p className="govuk-body">
        <Written english={outcomeInEnglish(shown.easyRead, untranslated)}>{shown.text}</Written>
      </p>
      <NotTranslatedNote show={outcomeInEnglish(shown.easyRead, untranslated)} />
      {easy && !shown.easyRead ? <p className="govuk-body-s">{t("outcome.noEasyRead")}</p> : null}
      {agreed ? <p className="govuk-body-s">{t("outcome.agreed", { when: formatDateTime(agreed.forumAgreedAt, lang) })}</p> : null}
    </div>
  );
}

/** The outcome in one line, for lists such as the board. */
export function OutcomeLine({ status, outcome, outcomeEasyRead, easy = false, untranslated }: Omit<OutcomeProps, "agreed">) {
  const { t } = useT();
  if (!outcome) return null;
  const shown = easyReadOr(easy, outcome, outcomeEasyRead);
  return (
    <div className="app-outcome">
      <p className="govuk-body">
        <strong>{status === "not_possible" ? t("outcome.line.cannot") : t("outcome.line.weDid")}</strong>{" "}
        <Written english={outcomeInEnglish(shown.easyRead, untranslated)}>{shown.text}</Written>
      </p>
    </div>
  );
}

/** The strategy actions a suggestion is linked to, each with its status. */
export function LinkedActions({
  actions,
}: {
  actions: { id: number; code: string; title: string; status: ActionStatus; untranslated?: string[] }[];
}) {
  const { t } = useT();
  if (!actions.length) return null;
  return (
    <>
      <h2 className="govuk-heading-m">{t("suggestion.partOfStrategy")}</h2>
      <ul className="govuk-list">
        {actions.map((a) => (
          <li key={a.id}>
            <Link className="govuk-link" to={`/strategy/actions/${a.id}`}>
              {a.code} <Written english={Boolean(a.untranslated?.includes("title"))}>{a.title}</Written>
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
  const { t, lang } = useT();
  if (!history.length) return <p className="govuk-body">{t("actionHistory.none")}</p>;
  return (
    <ol className="govuk-list app-timeline">
      {history.map((update) => (
        <li key={update.id} className="app-timeline__item">
          <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{t(ACTION_STATUS[update.status].labelKey)}</h3>
          <p className="govuk-body-s govuk-!-margin-bottom-1">{formatDateTime(update.createdAt, lang)}</p>
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
  untranslated?: string[];
};

/**
 * What a person sees of a suggestion they follow: its status, the outcome and the timeline, and their
 * own words if they wrote it (or wrote `mergedFrom`, joined with it); a supporter sees no one's words.
 */
export function ContributorView({
  suggestion,
  role = "contributor",
  mergedFrom = null,
}: {
  suggestion: ContributorSuggestion;
  role?: "contributor" | "supporter";
  mergedFrom?: string | null;
}) {
  const { t, lang } = useT();
  return (
    <>
      <p className="govuk-body">
        {t("suggestion.status")} <SuggestionStatusTag status={suggestion.status} />
      </p>
      {suggestion.mergedInto ? (
        <p className="govuk-body">
          {t("suggestion.mergedInto", { reference: suggestion.mergedInto.reference })}{" "}
          {suggestion.mergedInto.published ? (
            <Link className="govuk-link" to={`/you-said-we-did/${suggestion.mergedInto.id}`}>
              {t("email.receipt.follow", { reference: suggestion.mergedInto.reference })}
            </Link>
          ) : null}
        </p>
      ) : null}
      {mergedFrom ? <p className="govuk-body">{t("suggestion.joinedFrom", { reference: mergedFrom })}</p> : null}
      {role === "contributor" ? (
        <>
          <h2 className="govuk-heading-m">{t("suggestion.whatYouToldUs")}</h2>
          <p className="govuk-body app-original">{suggestion.body}</p>
          <p className="govuk-body-s">{t("suggestion.sentPrivately", { when: formatDateTime(suggestion.createdAt, lang) })}</p>
        </>
      ) : (
        <p className="govuk-body">{t("suggestion.youSupported")}</p>
      )}
      {suggestion.published ? (
        <>
          <h2 className="govuk-heading-m">{t("suggestion.howItAppears")}</h2>
          <p className="govuk-body">
            <Written english={Boolean(suggestion.untranslated?.includes("publicWording"))}>{suggestion.publicWording}</Written>
          </p>
        </>
      ) : null}
      <Outcome status={suggestion.status} outcome={suggestion.outcome} untranslated={suggestion.untranslated} />
      <LinkedActions actions={suggestion.actions} />
      <h2 className="govuk-heading-m">{t("suggestion.whatHasHappened")}</h2>
      <Timeline entries={suggestion.timeline} />
    </>
  );
}

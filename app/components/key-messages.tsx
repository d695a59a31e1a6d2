import { Link } from "@remix-run/react";
import type { ActionStatus, SuggestionStatus } from "~db/schema/enums";
import { easyReadOr } from "./easy-read";
import { ActionStatusTag } from "./status";
import { reference } from "~/modules/feedback/reference";
import { useT, Written } from "./i18n";

// The key messages of a "What you told us" page, as the public reads them and as officers preview
// them: counts, descriptions, actions and outcomes, never anyone's own words or name.

export type KeyMessage = {
  id: number;
  name: string;
  description: string;
  descriptionEasyRead: string;
  raisedBy: string;
  actions: { id: number; code: string; title: string; status: ActionStatus }[];
  outcomes: { id: number; wording: string; status: SuggestionStatus; outcome: string }[];
  /** Fields shown in English for want of a translation. */
  untranslated?: string[];
};

export function KeyMessages({ themes, easy }: { themes: KeyMessage[]; easy: boolean }) {
  const { t } = useT();
  return (
    <ol className="govuk-list app-key-messages">
      {themes.map((theme, i) => {
        const description = easyReadOr(easy, theme.description, theme.descriptionEasyRead);
        const raised = theme.raisedBy.charAt(0).toUpperCase() + theme.raisedBy.slice(1);
        return (
          <li key={theme.id} className="app-report__group govuk-!-margin-bottom-8">
            <h2 className="govuk-heading-m" id={`key-message-${theme.id}`}>
              {i + 1}. <Written english={Boolean(theme.untranslated?.includes("name"))}>{theme.name}</Written>
            </h2>
            <p className="govuk-body govuk-!-font-weight-bold">{raised}.</p>
            {description.text ? (
              <p className="govuk-body">
                <Written english={Boolean(theme.untranslated?.includes(description.easyRead ? "descriptionEasyRead" : "description"))}>
                  {description.text}
                </Written>
              </p>
            ) : null}
            {easy && !description.easyRead ? <p className="govuk-body-s">{t("outcome.noEasyRead")}</p> : null}
            <h3 className="govuk-heading-s">{t("toldUs.beingDone")}</h3>
            {theme.actions.length ? (
              <ul className="govuk-list">
                {theme.actions.map((a) => (
                  <li key={a.id}>
                    <Link className="govuk-link" to={`/strategy/actions/${a.id}`}>
                      {t("toldUs.action", { code: a.code, title: a.title })}
                    </Link>{" "}
                    <ActionStatusTag status={a.status} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="govuk-body">{t("toldUs.noAction")}</p>
            )}
            {theme.outcomes.length ? (
              <ul className="govuk-list">
                {theme.outcomes.map((o) => (
                  <li key={o.id}>
                    <Link className="govuk-link" to={`/you-said-we-did/${o.id}`}>
                      {reference(o.id)}
                    </Link>{" "}
                    {o.wording} <strong>{o.status === "not_possible" ? t("outcome.line.cannot") : t("outcome.line.weDid")}</strong> {o.outcome}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

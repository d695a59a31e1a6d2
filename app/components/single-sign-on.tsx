import { Link } from "@remix-run/react";
import { useT } from "~/components/i18n";

const MESSAGES = {
  "not started here": "sso.problem.notStartedHere",
  "refused by provider": "sso.problem.refused",
  "untrusted answer": "sso.problem.untrusted",
  "unverified email": "sso.problem.unverified",
  uninvited: "sso.problem.uninvited",
  deactivated: "sso.problem.deactivated",
  unavailable: "sso.problem.unavailable",
} as const;

/** Why signing in through the council's account did not work, and what to do next. */
export function SingleSignOnProblem({ problem, email }: { problem: keyof typeof MESSAGES; email?: string | null }) {
  const { t } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t("sso.problem.heading")}</h1>
        <p className="govuk-body">{t(MESSAGES[problem], { email: email ?? "" })}</p>
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" to="/sign-in">
              {t("sso.problem.again")}
            </Link>
          </li>
        </ul>
      </div>
    </div>
  );
}

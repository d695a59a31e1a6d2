import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";

export const meta: MetaFunction = () => [{ title: "Your account has been deleted" }];

export default function AccountDeleted() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <div className="govuk-panel govuk-panel--confirmation">
          <h1 className="govuk-panel__title">Your account has been deleted</h1>
        </div>
        <p className="govuk-body">Your name and contact details have been erased. Thank you for taking part.</p>
        <p className="govuk-body">
          You can still{" "}
          <Link className="govuk-link" to="/tell-us">
            tell us what you think
          </Link>{" "}
          without an account.
        </p>
      </div>
    </div>
  );
}

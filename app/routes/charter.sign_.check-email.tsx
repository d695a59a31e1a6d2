import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";

export const meta: MetaFunction = () => [{ title: "Check your email" }];

export default function CharterCheckEmail() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Check your email</h1>
        <p className="govuk-body">We have sent you a link. Your signature counts once you follow it, so nobody can sign for someone else.</p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/charter">
            Back to the charter
          </Link>
        </p>
      </div>
    </div>
  );
}

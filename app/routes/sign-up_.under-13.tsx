import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";

export const meta: MetaFunction = () => [{ title: "You need to be 13 or over to have an account" }];

// Where the sign-up form sends under-13s. Nothing they typed was kept.
export default function UnderThirteen() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">You need to be 13 or over to have an account</h1>
        <p className="govuk-body">We have not kept anything you typed.</p>
        <p className="govuk-body">You can still tell us what you think:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>
            <Link className="govuk-link" to="/tell-us">
              Tell us your idea without an account
            </Link>
            . You do not need to give your name or email.
          </li>
          <li>Ask a parent, carer or someone at school to help you, or to tell us for you.</li>
          <li>
            <Link className="govuk-link" to="/surveys">
              Answer a survey
            </Link>
            . Some are just for young people, and you do not need an account.
          </li>
        </ul>
      </div>
    </div>
  );
}

import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";

export const meta: MetaFunction = () => [{ title: "Thank you" }];

// Where a post that looks automated is sent: a plain thank-you with nothing saved.
export default function Thanks() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Thank you</h1>
        <p className="govuk-body">
          <Link className="govuk-link" to="/you-said-we-did">
            See what we have done about what people said
          </Link>
        </p>
      </div>
    </div>
  );
}

import { Link } from "@remix-run/react";
import { useRootData } from "~/root";
import type { PageHandle } from "~/utils/page-handle";

export const handle: PageHandle = { publicPage: "shared" };

export default function Home() {
  const data = useRootData();
  const areaName = data?.area.areaName ?? "our local area";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Have your say on SEND services in {areaName}</h1>
        <p className="govuk-body-l">
          Coproduce is where families of children and young people with special educational needs and disabilities (SEND) help shape the services they
          use, and find out what happened to what they said.
        </p>
        <div className="govuk-button-group">
          <Link to="/tell-us" className="govuk-button" data-module="govuk-button">
            Tell us what you think
          </Link>
          <Link to="/you-said-we-did" className="govuk-link">
            See what we did about what people said
          </Link>
        </div>
        <p className="govuk-body">
          Everything people tell us is linked to an action in{" "}
          <Link className="govuk-link" to="/strategy">
            our SEND strategy
          </Link>
          , so you can see what changed because of it.
        </p>
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" to="/surveys">
              Answer a survey, and see what surveys found
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to="/events">
              Come to a listening event
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to="/reviews">
              Documents young people reviewed: they said, we changed
            </Link>
          </li>
        </ul>
        {data?.user ? (
          <p className="govuk-body">
            You are signed in as {data.user.name}.{" "}
            <Link className="govuk-link" to="/account">
              Go to your account
            </Link>
            .
          </p>
        ) : (
          <>
            <h2 className="govuk-heading-m">Your account</h2>
            <p className="govuk-body">
              You do not need an account to have your say. With one, you can see everything you have told us in one place and choose how we contact
              you.
            </p>
            <div className="govuk-button-group">
              <Link to="/sign-up" className="govuk-button govuk-button--secondary" data-module="govuk-button">
                Create an account
              </Link>
              <Link to="/sign-in" className="govuk-link">
                Sign in
              </Link>
            </div>
          </>
        )}
      </div>
    </div>
  );
}

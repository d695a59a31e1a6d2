import { Link } from "@remix-run/react";
import { useRootData } from "~/root";

export default function Home() {
  const data = useRootData();
  const areaName = data?.area.areaName ?? "our local area";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Have your say on SEND services in {areaName}</h1>
        <p className="govuk-body-l">
          Coproduce is where families of children and young people with special educational needs and disabilities
          (SEND) help shape the services they use, and find out what happened to what they said.
        </p>
        <p className="govuk-body">Here you can:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>tell us what is working and what could be better</li>
          <li>come to listening events run by the parent carer forum</li>
          <li>answer surveys about services</li>
          <li>read and sign our co-production charter</li>
          <li>see what we did about what you said</li>
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
              You do not need an account to have your say. With one, you can see everything you have told us in one
              place and choose how we contact you.
            </p>
            <div className="govuk-button-group">
              <Link to="/sign-up" className="govuk-button" data-module="govuk-button">
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

import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { verifyEmail } from "~/modules/auth/accounts.server";
import { tokenProblemMessage } from "~/modules/auth/tokens.server";

export const meta: MetaFunction = () => [{ title: "Confirm your email address" }];

// Following the link confirms the address: it proves the person reads that inbox.
export function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const result = verifyEmail(token);
  return json(result.ok ? { ok: true as const } : { ok: false as const, problem: tokenProblemMessage(result.reason) }, {
    status: result.ok ? 200 : 400,
  });
}

export default function VerifyEmail() {
  const data = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {data.ok ? (
          <>
            <div className="govuk-panel govuk-panel--confirmation">
              <h1 className="govuk-panel__title">Email address confirmed</h1>
            </div>
            <p className="govuk-body">You can now sign in to your account.</p>
            <Link to="/sign-in" className="govuk-button" data-module="govuk-button">
              Sign in
            </Link>
          </>
        ) : (
          <>
            <h1 className="govuk-heading-l">We could not confirm your email address</h1>
            <p className="govuk-body">{data.problem}</p>
            <p className="govuk-body">
              If you have already confirmed it, you can{" "}
              <Link className="govuk-link" to="/sign-in">
                sign in
              </Link>
              . If not, sign in with your email and password and we will send you a new link.
            </p>
          </>
        )}
      </div>
    </div>
  );
}

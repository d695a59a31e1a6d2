import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { tokenProblemMessage } from "~/modules/auth/tokens.server";

export const meta: MetaFunction = () => [{ title: "Confirm your email address" }];

// Confirmation links sent before accounts chose their password on confirming pointed here: they
// lead to the same page as new ones, where the address's owner confirms and chooses a password.
export function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  if (/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw redirect(`/password/${token}`);
  return json({ problem: tokenProblemMessage("unknown") }, { status: 400 });
}

export default function VerifyEmail() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">We could not confirm your email address</h1>
        <p className="govuk-body">{tokenProblemMessage("unknown")}</p>
        <p className="govuk-body">
          If you have already confirmed it, you can{" "}
          <Link className="govuk-link" to="/sign-in">
            sign in
          </Link>
          . If not,{" "}
          <Link className="govuk-link" to="/sign-up">
            create your account again
          </Link>{" "}
          and we will send you a new link.
        </p>
      </div>
    </div>
  );
}

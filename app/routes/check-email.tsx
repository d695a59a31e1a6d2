import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

export const meta: MetaFunction = () => [{ title: "Check your email" }];

const MESSAGES = {
  "sign-up": "If you can create an account with that address, we have sent you an email with a link to confirm it and choose a password.",
  reset: "If there is an account with that address, we have sent it a link to choose a new password. The link works for 1 hour.",
  link: "If there is an account with that address, we have sent it a link to sign in. The link works for 15 minutes.",
  booking:
    "Thank you. We have emailed the details of your booking to the address you gave: " +
    "whether you have a place or are on the waiting list, and a link to see, change or cancel it.",
} as const;

export function loader({ request }: LoaderFunctionArgs) {
  const reason = new URL(request.url).searchParams.get("reason");
  const key = reason && reason in MESSAGES ? (reason as keyof typeof MESSAGES) : "sign-up";
  return json({ message: MESSAGES[key] });
}

export default function CheckEmail() {
  const { message } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Check your email</h1>
        <p className="govuk-body">{message}</p>
        <p className="govuk-body">It can take a few minutes to arrive. Check your spam or junk folder if you cannot see it.</p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/sign-in">
            Go to sign in
          </Link>
        </p>
      </div>
    </div>
  );
}

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { Button } from "~/components/form";
import { NotificationBanner } from "~/components/page";
import { ROLE_DETAILS } from "~/components/people";
import { endAllSessions, requireUser } from "~/modules/auth/session.server";
import { listOwnBookings } from "~/modules/events/attendance.server";
import { formatEventTime } from "~/modules/events/labels";
import { listOwnSuggestions } from "~/modules/feedback/suggestions.server";
import { invitationsFor } from "~/modules/reviews/reviewing.server";
import { listOwnResponses } from "~/modules/surveys/responses.server";
import { SuggestionStatusTag } from "~/components/status";
import { useT } from "~/components/i18n";

export const meta: MetaFunction = () => [{ title: "Your account" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json({
    name: user.name,
    email: user.email,
    roles: user.roles,
    suggestions: listOwnSuggestions(user.id),
    bookings: listOwnBookings(user.id),
    reviews: invitationsFor(user.id).length,
    surveyAnswers: listOwnResponses(user.id),
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await request.formData();
  if (formData.get("intent") === "sign-out-everywhere") {
    return redirect("/signed-out", { headers: { "Set-Cookie": await endAllSessions(user.id) } });
  }
  return redirect("/account");
}

export default function Account() {
  const { lang } = useT();
  const { name, email, roles, suggestions, bookings, reviews, surveyAnswers } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {params.get("password") === "removed" ? (
          <NotificationBanner>
            <p className="govuk-notification-banner__heading">Your email address is confirmed and you are signed in.</p>
            <p className="govuk-body">
              A password had been set for this account before the address was confirmed. It may not have been yours, so we have removed it. To sign in
              with a password from now on,{" "}
              <Link className="govuk-notification-banner__link" to="/forgot-password">
                choose a password
              </Link>
              .
            </p>
          </NotificationBanner>
        ) : null}
        <h1 className="govuk-heading-l">Your account</h1>
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Name</dt>
            <dd className="govuk-summary-list__value">{name}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Email address</dt>
            <dd className="govuk-summary-list__value">{email}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Roles</dt>
            <dd className="govuk-summary-list__value">{roles.map((role) => ROLE_DETAILS[role].name).join(", ")}</dd>
          </div>
        </dl>
        <h2 className="govuk-heading-m">Your suggestions</h2>
        {suggestions.length ? (
          <ul className="govuk-list">
            {suggestions.map((s) => (
              <li key={s.id} className="app-suggestion">
                <Link className="govuk-link" to={`/account/suggestions/${s.id}`}>
                  {s.reference}
                </Link>{" "}
                <SuggestionStatusTag status={s.status} />
                <br />
                <span className="govuk-body-s">{s.excerpt.length > 160 ? `${s.excerpt.slice(0, 160)}…` : s.excerpt}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body">
            You have not made a suggestion while signed in.{" "}
            <Link className="govuk-link" to="/tell-us">
              Tell us what you think
            </Link>
            .
          </p>
        )}
        <h2 className="govuk-heading-m">Your event bookings</h2>
        {bookings.length ? (
          <ul className="govuk-list">
            {bookings.map((b) => (
              <li key={b.manageToken}>
                <Link className="govuk-link" to={`/bookings/${b.manageToken}`}>
                  {b.title}
                </Link>
                <br />
                <span className="govuk-body-s">
                  {formatEventTime(b.startsAt, b.endsAt, lang)}:{" "}
                  {b.eventStatus === "cancelled" ? "the event is cancelled" : b.status === "confirmed" ? "booked" : "on the waiting list"}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body">
            You have no bookings.{" "}
            <Link className="govuk-link" to="/events">
              See events
            </Link>
            .
          </p>
        )}
        <h2 className="govuk-heading-m">Your survey answers</h2>
        {surveyAnswers.length ? (
          <ul className="govuk-list">
            {surveyAnswers.map((r) => (
              <li key={r.id}>
                <Link className="govuk-link" to={`/surveys/${r.surveyId}/check`}>
                  {r.title}
                </Link>{" "}
                ({r.reference})
              </li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body">
            You have not answered a survey while signed in, or only anonymous ones (those are not linked to you).{" "}
            <Link className="govuk-link" to="/surveys">
              See surveys
            </Link>
            .
          </p>
        )}
        {reviews ? (
          <>
            <h2 className="govuk-heading-m">Document reviews</h2>
            <p className="govuk-body">
              You have been invited to review {reviews === 1 ? "a document" : `${reviews} documents`}.{" "}
              <Link className="govuk-link" to="/reviews">
                See your invitations and how your comments were answered
              </Link>
              .
            </p>
          </>
        ) : null}
        <h2 className="govuk-heading-m">Your data</h2>
        <p className="govuk-body">
          <Link className="govuk-link" to="/account/your-data">
            See and download everything we hold about you
          </Link>
          , or delete your account.
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/account/contact">
            Choose how we contact you
          </Link>
        </p>
        <h2 className="govuk-heading-m">Signing out</h2>
        <p className="govuk-body">
          If you signed in on a computer or phone you no longer use, or think someone else has used your account, sign out everywhere. You will need
          to sign in again on every device.
        </p>
        <Form method="post">
          <Button secondary name="intent" value="sign-out-everywhere">
            Sign out of every device
          </Button>
        </Form>
      </div>
    </div>
  );
}

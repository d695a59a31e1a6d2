import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { Button } from "~/components/form";
import { NotificationBanner } from "~/components/page";
import { endAllSessions, requireUser } from "~/modules/auth/session.server";
import { listOwnBookings } from "~/modules/events/attendance.server";
import { formatEventTime } from "~/modules/events/labels";
import { listOwnSuggestions } from "~/modules/feedback/suggestions.server";
import { invitationsFor } from "~/modules/reviews/reviewing.server";
import { listOwnResponses } from "~/modules/surveys/responses.server";
import { SuggestionStatusTag } from "~/components/status";
import { isStaff, twoFactorStatus } from "~/modules/auth/two-factor.server";
import { linkPart, metaText, useT } from "~/components/i18n";

export const meta: MetaFunction = () => [{ title: metaText("nav.account") }];

// Message keys for the roles' names.
const ROLE_NAMES = {
  member: "account.role.member",
  ambassador: "account.role.ambassador",
  organiser: "account.role.organiser",
  officer: "account.role.officer",
  admin: "account.role.admin",
} as const;

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
    // Staff see other people's details: they can add a second factor to their password.
    twoFactor: isStaff(user.roles) ? twoFactorStatus(user.id).state : null,
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
  const { t, rich, lang } = useT();
  const { name, email, roles, suggestions, bookings, reviews, surveyAnswers, twoFactor } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {params.get("password") === "removed" ? (
          <NotificationBanner>
            <p className="govuk-notification-banner__heading">{t("account.passwordRemoved.heading")}</p>
            <p className="govuk-body">
              {rich("account.passwordRemoved.body", {
                link: (parts) => (
                  <Link className="govuk-notification-banner__link" to="/forgot-password">
                    {parts}
                  </Link>
                ),
              })}
            </p>
          </NotificationBanner>
        ) : null}
        <h1 className="govuk-heading-l">{t("nav.account")}</h1>
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t("bookingPage.name")}</dt>
            <dd className="govuk-summary-list__value">{name}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t("validation.email.label")}</dt>
            <dd className="govuk-summary-list__value">{email}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t("account.roles")}</dt>
            <dd className="govuk-summary-list__value">{roles.map((role) => t(ROLE_NAMES[role])).join(", ")}</dd>
          </div>
        </dl>
        <h2 className="govuk-heading-m">{t("account.suggestions")}</h2>
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
          <p className="govuk-body">{rich("account.noSuggestions", { link: linkPart("/tell-us") })}</p>
        )}
        <h2 className="govuk-heading-m">{t("account.bookings")}</h2>
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
                  {b.eventStatus === "cancelled"
                    ? t("account.booking.cancelled")
                    : b.status === "confirmed"
                      ? t("account.booking.booked")
                      : t("account.booking.waiting")}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body">{rich("account.noBookings", { link: linkPart("/events") })}</p>
        )}
        <h2 className="govuk-heading-m">{t("account.surveyAnswers")}</h2>
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
          <p className="govuk-body">{rich("account.noAnswers", { link: linkPart("/surveys") })}</p>
        )}
        {reviews ? (
          <>
            <h2 className="govuk-heading-m">{t("account.reviews")}</h2>
            <p className="govuk-body">{rich("account.reviews.invited", { count: reviews, link: linkPart("/reviews") })}</p>
          </>
        ) : null}
        <h2 className="govuk-heading-m">{t("account.data")}</h2>
        <p className="govuk-body">{rich("account.data.see", { link: linkPart("/account/your-data") })}</p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/account/contact">
            {t("account.contact.link")}
          </Link>
        </p>
        {twoFactor ? (
          <>
            <h2 className="govuk-heading-m">{t("twoFactor.heading")}</h2>
            <p className="govuk-body">{t(twoFactor === "on" ? "twoFactor.account.on" : "twoFactor.account.off")}</p>
            <p className="govuk-body">
              <Link className="govuk-link" to="/account/two-factor">
                {t(twoFactor === "on" ? "twoFactor.account.manage" : "twoFactor.setUp.start")}
              </Link>
            </p>
          </>
        ) : null}
        <h2 className="govuk-heading-m">{t("account.signingOut")}</h2>
        <p className="govuk-body">{t("account.signingOut.why")}</p>
        <Form method="post">
          <Button secondary name="intent" value="sign-out-everywhere">
            {t("account.signingOut.button")}
          </Button>
        </Form>
      </div>
    </div>
  );
}

import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getUser } from "~/modules/auth/session.server";
import { invitationsFor } from "~/modules/reviews/reviewing.server";
import { listPublicReviews } from "~/modules/reviews/changes.server";
import { formatDate } from "~/utils/dates";
import type { PageHandle } from "~/utils/page-handle";
import { metaText, useT } from "~/components/i18n";

export const handle: PageHandle = { publicPage: "shared", hydrate: false };

export const meta: MetaFunction = () => [{ title: metaText("reviews.title") }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  return json({ invitations: user ? invitationsFor(user.id) : null, published: listPublicReviews().map(({ id, title }) => ({ id, title })) });
}

export default function Reviews() {
  const { invitations, published } = useLoaderData<typeof loader>();
  const { t, lang } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t("reviews.title")}</h1>
        <p className="govuk-body">{t("reviews.lead")}</p>
        {invitations ? (
          <>
            <h2 className="govuk-heading-m">{t("reviews.invitedTo")}</h2>
            {invitations.length ? (
              <ul className="govuk-list govuk-list--spaced">
                {invitations.map((i) => (
                  <li key={i.roundId}>
                    <Link className="govuk-link govuk-!-font-weight-bold" to={`/reviews/rounds/${i.roundId}`}>
                      {i.title}
                    </Link>{" "}
                    {t("reviews.version", { version: i.version })}
                    <br />
                    {i.open
                      ? t("reviews.sendBy", { date: formatDate(i.deadline, lang) })
                      : t("reviews.closedOn", { date: formatDate(i.deadline, lang) })}{" "}
                    {i.submittedAt ? t("reviews.sent") : i.open ? t("reviews.notSent") : ""}{" "}
                    {i.comments ? t("reviews.answeredOf", { answered: i.answered, count: i.comments }) : ""}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="govuk-body">{t("reviews.notInvited")}</p>
            )}
          </>
        ) : null}
        <h2 className="govuk-heading-m">{t("reviews.theySaid")}</h2>
        {published.length ? (
          <ul className="govuk-list">
            {published.map((d) => (
              <li key={d.id}>
                <Link className="govuk-link" to={`/reviews/${d.id}`}>
                  {d.title}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body">{t("reviews.nonePublished")}</p>
        )}
      </div>
    </div>
  );
}

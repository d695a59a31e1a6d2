import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getUser } from "~/modules/auth/session.server";
import { invitationsFor } from "~/modules/reviews/reviewing.server";
import { listPublicReviews } from "~/modules/reviews/changes.server";
import { formatDate } from "~/utils/dates";
import type { PageHandle } from "~/utils/page-handle";

export const handle: PageHandle = { publicPage: "shared" };

export const meta: MetaFunction = () => [{ title: "Document reviews" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  return json({ invitations: user ? invitationsFor(user.id) : null, published: listPublicReviews().map(({ id, title }) => ({ id, title })) });
}

export default function Reviews() {
  const { invitations, published } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Document reviews</h1>
        <p className="govuk-body">
          Before we publish a plan or a guide for children and young people with SEND, young SEND ambassadors read the draft and tell us what to
          change. We answer every comment.
        </p>
        {invitations ? (
          <>
            <h2 className="govuk-heading-m">Documents you are invited to review</h2>
            {invitations.length ? (
              <ul className="govuk-list govuk-list--spaced">
                {invitations.map((i) => (
                  <li key={i.roundId}>
                    <Link className="govuk-link govuk-!-font-weight-bold" to={`/reviews/rounds/${i.roundId}`}>
                      {i.title}
                    </Link>{" "}
                    (version {i.version})
                    <br />
                    {i.open ? `Send your review by the end of ${formatDate(i.deadline)}.` : `Closed ${formatDate(i.deadline)}.`}{" "}
                    {i.submittedAt ? "You have sent your review." : i.open ? "Not sent yet." : ""}{" "}
                    {i.comments ? `${i.answered} of your ${i.comments} ${i.comments === 1 ? "comment has" : "comments have"} been answered.` : ""}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="govuk-body">You have not been invited to review a document yet.</p>
            )}
          </>
        ) : null}
        <h2 className="govuk-heading-m">They said, we changed</h2>
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
          <p className="govuk-body">No reviews have been published yet.</p>
        )}
      </div>
    </div>
  );
}

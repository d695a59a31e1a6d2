import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { BackLink } from "~/components/page";
import { CommentAnswer } from "~/components/review";
import { ParticipationLevelNote } from "~/components/participation";
import { publicReview } from "~/modules/reviews/changes.server";
import { found, routeId } from "~/utils/query.server";
import type { PageHandle } from "~/utils/page-handle";

export const handle: PageHandle = { publicPage: "shared" };

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.title}: they said, we changed` : "Document review" }];

export async function loader({ params }: LoaderFunctionArgs) {
  return json(found(publicReview(routeId(params.id))));
}

export default function PublicReview() {
  const review = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/reviews">All document reviews</BackLink>
        <span className="govuk-caption-l">{review.title}</span>
        <h1 className="govuk-heading-l">Ambassadors reviewed this document: they said, we changed</h1>
        <ParticipationLevelNote level={review.participationLevel} />
        <p className="govuk-body-l">{review.intro}</p>
        <ul className="app-figures" aria-label="The review in numbers">
          <li className="app-figures__item">
            <span className="app-figures__number">{review.reviewers}</span> young people reviewed it
          </li>
          <li className="app-figures__item">
            <span className="app-figures__number">{review.comments}</span> comments, {review.answered} answered
          </li>
          <li className="app-figures__item">
            <span className="app-figures__number">{review.accepted}</span> comments accepted
          </li>
        </ul>
        {review.ratings.map((r) => (
          <p key={`${r.version}-${r.question}`} className="govuk-body">
            Version {r.version}, “{r.question}”: an average of {r.average} out of 5 from {r.count} {r.count === 1 ? "reviewer" : "reviewers"}.
          </p>
        ))}
        {review.version > 1 ? (
          <p className="govuk-body">
            <Link className="govuk-link" to={`/reviews/${review.id}/changes?from=1&to=${review.version}`}>
              See what changed from the first draft to version {review.version}
            </Link>
          </p>
        ) : null}
        <h2 className="govuk-heading-m">What they said, and what we did</h2>
        {review.said.length ? (
          review.said.map((s) => (
            <div key={s.id} className="govuk-!-margin-bottom-6">
              <div className="govuk-inset-text app-change">{s.passage}</div>
              <p className="govuk-body">
                <strong>They said:</strong> {s.said}
              </p>
              <CommentAnswer reply={s.reply} decision={s.decision} declineReason={s.declineReason} />
            </div>
          ))
        ) : (
          <p className="govuk-body">The answers to this review have not been written up yet.</p>
        )}
      </div>
    </div>
  );
}

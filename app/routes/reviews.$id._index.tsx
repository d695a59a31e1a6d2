import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { BackLink } from "~/components/page";
import { CommentAnswer } from "~/components/review";
import { ParticipationLevelNote } from "~/components/participation";
import { publicReview } from "~/modules/reviews/changes.server";
import { found, routeId } from "~/utils/query.server";
import type { PageHandle } from "~/utils/page-handle";
import { metaText, useT } from "~/components/i18n";
import type { ReactNode } from "react";

const figure = (parts: ReactNode[]) => <span className="app-figures__number">{parts}</span>;

export const handle: PageHandle = { publicPage: "shared", hydrate: false };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? metaText("reviews.public.metaTitle", { title: data.title }) : metaText("reviews.title") },
];

export async function loader({ params }: LoaderFunctionArgs) {
  return json(found(publicReview(routeId(params.id))));
}

export default function PublicReview() {
  const review = useLoaderData<typeof loader>();
  const { t, rich } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/reviews">{t("reviews.all")}</BackLink>
        <span className="govuk-caption-l">{review.title}</span>
        <h1 className="govuk-heading-l">{t("reviews.public.heading")}</h1>
        <ParticipationLevelNote level={review.participationLevel} />
        <p className="govuk-body-l">{review.intro}</p>
        <ul className="app-figures" aria-label={t("reviews.public.figures")}>
          <li className="app-figures__item">{rich("reviews.public.reviewers", { count: review.reviewers, n: figure })}</li>
          <li className="app-figures__item">{rich("reviews.public.comments", { count: review.comments, answered: review.answered, n: figure })}</li>
          <li className="app-figures__item">{rich("reviews.public.accepted", { count: review.accepted, n: figure })}</li>
        </ul>
        {review.ratings.map((r) => (
          <p key={`${r.version}-${r.question}`} className="govuk-body">
            {t("reviews.public.rating", { version: r.version, question: r.question, average: r.average, count: r.count })}
          </p>
        ))}
        {review.version > 1 ? (
          <p className="govuk-body">
            <Link className="govuk-link" to={`/reviews/${review.id}/changes?from=1&to=${review.version}`}>
              {t("reviews.public.changesLink", { version: review.version })}
            </Link>
          </p>
        ) : null}
        <h2 className="govuk-heading-m">{t("reviews.public.saidDid")}</h2>
        {review.said.length ? (
          review.said.map((s) => (
            <div key={s.id} className="govuk-!-margin-bottom-6">
              <div className="govuk-inset-text app-change">{s.passage}</div>
              <p className="govuk-body">
                <strong>{t("reviews.public.theySaid")}</strong> {s.said}
              </p>
              <CommentAnswer reply={s.reply} decision={s.decision} declineReason={s.declineReason} />
            </div>
          ))
        ) : (
          <p className="govuk-body">{t("reviews.public.notYet")}</p>
        )}
      </div>
    </div>
  );
}

import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { BackLink } from "~/components/page";
import { ResultsFilter } from "~/components/survey-results";
import { QuestionResult } from "~/components/survey";
import { CONTRIBUTOR_KINDS } from "~db/schema/enums";
import { surveyResults } from "~/modules/surveys/results.server";
import { enumParam, found, routeId } from "~/utils/query.server";
import type { PageHandle } from "~/utils/page-handle";

export const handle: PageHandle = { publicPage: "shared" };

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `Results: ${data.title}` : "Results" }];

// Public results: figures only. People's own words are never shown here.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const who = enumParam(new URL(request.url).searchParams, "who", CONTRIBUTOR_KINDS);
  const results = found(surveyResults(routeId(params.id), who));
  if (!results.resultsPublished) throw new Response("Not found", { status: 404 });
  return json({ ...results, questions: results.questions.filter((q) => q.rows.length) });
}

export default function PublicResults() {
  const r = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/surveys">All surveys</BackLink>
        <span className="govuk-caption-l">Survey results</span>
        <h1 className="govuk-heading-l">{r.title}</h1>
        <ResultsFilter total={r.total} byKind={r.byKind} who={r.who} />
        {r.questions.map((q) => (
          <QuestionResult key={q.id} q={q} />
        ))}
      </div>
    </div>
  );
}

import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { BackLink } from "~/components/page";
import { ResultsFilter } from "~/components/survey-results";
import { QuestionResult } from "~/components/survey";
import { CONTRIBUTOR_KINDS } from "~db/schema/enums";
import { surveyResults } from "~/modules/surveys/results.server";
import { enumParam, found, notFound, routeId } from "~/utils/query.server";
import type { PageHandle } from "~/utils/page-handle";
import { metaText, NotTranslatedNote, useT } from "~/components/i18n";

export const handle: PageHandle = { publicPage: "shared", hydrate: false };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? metaText("results.metaTitle", { title: data.title }) : metaText("surveys.results") },
];

// Public results: figures only. People's own words are never shown here.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const who = enumParam(new URL(request.url).searchParams, "who", CONTRIBUTOR_KINDS);
  const results = found(surveyResults(routeId(params.id), who));
  if (!results.resultsPublished) throw notFound();
  return json({ ...results, questions: results.questions.filter((q) => q.rows.length) });
}

export default function PublicResults() {
  const r = useLoaderData<typeof loader>();
  const { t } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/surveys">{t("surveySummary.all")}</BackLink>
        <span className="govuk-caption-l">{t("results.caption")}</span>
        <h1 className="govuk-heading-l">{r.title}</h1>
        <NotTranslatedNote show={r.untranslated} />
        <ResultsFilter total={r.total} byKind={r.byKind} who={r.who} />
        {r.questions.map((q) => (
          <QuestionResult key={q.id} q={q} />
        ))}
      </div>
    </div>
  );
}

import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { BackLink } from "~/components/page";
import { ContributorView } from "~/components/suggestion";
import { requireUser } from "~/modules/auth/session.server";
import { findOwnSuggestion } from "~/modules/feedback/suggestions.server";
import { found, routeId } from "~/utils/query.server";

// A member's own suggestion: the same view as the private tracking link.

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `Your suggestion ${data.suggestion.reference}` : "Your suggestion" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const suggestion = found(findOwnSuggestion(user.id, routeId(params.id)));
  return json({ suggestion }, { headers: { "Cache-Control": "private, no-store" } });
}

export default function OwnSuggestion() {
  const { suggestion } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/account">Your account</BackLink>
        <span className="govuk-caption-l">{suggestion.reference}</span>
        <h1 className="govuk-heading-l">Your suggestion</h1>
        <ContributorView suggestion={suggestion} />
      </div>
    </div>
  );
}

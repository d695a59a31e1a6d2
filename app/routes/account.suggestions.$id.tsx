import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { BackLink } from "~/components/page";
import { ContributorView } from "~/components/suggestion";
import { requireUser } from "~/modules/auth/session.server";
import { findOwnSuggestion } from "~/modules/feedback/suggestions.server";
import { found, routeId } from "~/utils/query.server";
import { metaText, useT } from "~/components/i18n";
import { localise } from "~/modules/i18n/content.server";

// A member's own suggestion: the same view as the private tracking link.

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${metaText("track.title")} ${data.suggestion.reference}` : metaText("track.title") },
];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const own = found(findOwnSuggestion(user.id, routeId(params.id)));
  // As on the tracking page: the public words in the reader's language where translated.
  const suggestion = {
    ...localise("suggestion", [own], ["publicWording", "outcome"], context.lang)[0]!,
    actions: localise("action", own.actions, ["title"], context.lang),
  };
  return json({ suggestion }, { headers: { "Cache-Control": "private, no-store" } });
}

export default function OwnSuggestion() {
  const { suggestion } = useLoaderData<typeof loader>();
  const { t } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/account">{t("nav.account")}</BackLink>
        <span className="govuk-caption-l">{suggestion.reference}</span>
        <h1 className="govuk-heading-l">{t("track.title")}</h1>
        <ContributorView suggestion={suggestion} />
      </div>
    </div>
  );
}

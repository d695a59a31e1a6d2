import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ContributorView } from "~/components/suggestion";
import { findByTrackingToken } from "~/modules/feedback/suggestions.server";
import { similarPublished } from "~/modules/feedback/board.server";
import { OthersSaid } from "~/components/others-said";
import { found } from "~/utils/query.server";
import { metaText, useT } from "~/components/i18n";
import { localise } from "~/modules/i18n/content.server";

// A contributor's private view of their suggestion, reached by the unguessable
// link in their receipt. It shows their own words back to them, so it is never cached or indexed.

export const meta: MetaFunction = () => [{ title: metaText("track.title") }, { name: "robots", content: "noindex" }];

export function headers() {
  return { "Cache-Control": "private, no-store", "Referrer-Policy": "no-referrer" };
}

export function loader({ params, request, context }: LoaderFunctionArgs) {
  // The public wording and outcome in the reader's language where translated; their own words as they wrote them.
  const own = found(findByTrackingToken(params.token ?? ""));
  const suggestion = {
    ...localise("suggestion", [own], ["publicWording", "outcome"], context.lang)[0]!,
    actions: localise("action", own.actions, ["title"], context.lang),
  };
  const isNew = new URL(request.url).searchParams.get("new") === "1";
  // Just sent: what others said alike, so the person can add their voice to it too.
  const alike = isNew ? similarPublished(suggestion.body, { except: suggestion.id }) : [];
  return json({ suggestion, isNew, alike }, { headers: { "Cache-Control": "private, no-store" } });
}

export default function Track() {
  const { suggestion, isNew, alike } = useLoaderData<typeof loader>();
  const { t, rich } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {isNew ? (
          <div className="govuk-panel govuk-panel--confirmation">
            <h1 className="govuk-panel__title">{t("track.thanks")}</h1>
            <div className="govuk-panel__body">
              {t("track.yourReference")}
              <br />
              <strong>{suggestion.reference}</strong>
            </div>
          </div>
        ) : (
          <>
            <span className="govuk-caption-l">{suggestion.reference}</span>
            <h1 className="govuk-heading-l">{t("track.title")}</h1>
          </>
        )}
        {isNew ? (
          <>
            <h2 className="govuk-heading-m">{t("track.next.heading")}</h2>
            <p className="govuk-body">{t("track.next.body")}</p>
            <p className="govuk-body">{rich("track.keepAddress", { strong: (parts) => <strong>{parts}</strong> })}</p>
            <OthersSaid alike={alike} />
          </>
        ) : null}
        <ContributorView suggestion={suggestion} />
      </div>
    </div>
  );
}

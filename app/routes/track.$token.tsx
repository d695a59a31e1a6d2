import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ContributorView } from "~/components/suggestion";
import { Button, ErrorSummary, PostForm, TextInput } from "~/components/form";
import { findByTrackingToken } from "~/modules/feedback/suggestions.server";
import { openViewLink, sendNewViewLink } from "~/modules/feedback/view-links.server";
import { similarPublished } from "~/modules/feedback/board.server";
import { limitPublicForm, tryAgainMessage } from "~/modules/auth/rate-limit.server";
import { OthersSaid } from "~/components/others-said";
import { found, notFound } from "~/utils/query.server";
import { invalid, parseForm, textField } from "~/utils/validation.server";
import { translate } from "~/modules/i18n/catalogue.server";
import { metaText, useT } from "~/components/i18n";
import { localise } from "~/modules/i18n/content.server";
import { getAreaSettings } from "~/modules/settings/area.server";

// A person's private view of a suggestion they follow: from the unguessable link in their receipt
// (the contributor's own, for good), or from the link in any later message about it (one per
// message, for 6 months). It may show their own words back to them, so it is never cached or indexed.

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: metaText(data?.view?.role === "supporter" ? "track.following" : data?.expired ? "track.expired.title" : "track.title") },
  { name: "robots", content: "noindex" },
];

export function headers() {
  return { "Cache-Control": "private, no-store", "Referrer-Policy": "no-referrer" };
}

const noStore = { headers: { "Cache-Control": "private, no-store" } };

/** The suggestion behind a link, as this person may see it, or an expired link's reference. */
function viewOf(value: string) {
  const own = findByTrackingToken(value);
  if (own) return { expired: false as const, suggestion: own, role: "contributor" as const, mergedFrom: null };
  return openViewLink(value) ?? undefined;
}

export function loader({ params, request, context }: LoaderFunctionArgs) {
  const view = found(viewOf(params.token ?? ""));
  if (view.expired)
    return json(
      { expired: { reference: view.reference, contactEmail: getAreaSettings().contactEmail }, view: null, isNew: false, alike: [] },
      noStore,
    );
  // The public wording and outcome in the reader's language where translated; their own words as they wrote them.
  const suggestion = {
    ...localise("suggestion", [view.suggestion], ["publicWording", "outcome"], context.lang)[0]!,
    actions: localise("action", view.suggestion.actions, ["title"], context.lang),
  };
  const isNew = view.role === "contributor" && new URL(request.url).searchParams.get("new") === "1";
  // Just sent: what others said alike, so the person can add their voice to it too.
  const alike = isNew ? similarPublished(suggestion.body, { except: suggestion.id }) : [];
  return json({ expired: null, view: { suggestion, role: view.role, mergedFrom: view.mergedFrom }, isNew, alike }, noStore);
}

/** From an expired link: a new one, sent to the address the message went to. */
export async function action({ params, request, context }: ActionFunctionArgs) {
  const view = viewOf(params.token ?? "");
  if (!view?.expired) throw notFound();
  const formData = await request.formData();
  const parsed = parseForm(
    formData,
    z.object({ address: textField(translate("track.expired.address"), { max: 254, required: translate("track.expired.address.required") }) }),
  );
  if (!parsed.ok) return invalid(formData, parsed.errors);
  const limited = limitPublicForm("view-link", context.clientIp);
  if (!limited.ok) return invalid(formData, { address: tryAgainMessage(limited.retryAfterSeconds) }, undefined, 429);
  sendNewViewLink(params.token ?? "", parsed.data.address);
  return json({ sent: translate("track.expired.sent") }, noStore);
}

function Expired({ reference, contactEmail }: { reference: string; contactEmail: string }) {
  const { t } = useT();
  const sent = useActionData<typeof action>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary />
        <span className="govuk-caption-l">{reference}</span>
        <h1 className="govuk-heading-l">{t("track.expired.title")}</h1>
        {sent && "sent" in sent ? (
          <div className="govuk-inset-text" role="status">
            {sent.sent}
          </div>
        ) : (
          <>
            <p className="govuk-body">{t("track.expired.body", { reference, contactEmail })}</p>
            <PostForm intent="new-link" noValidate>
              <TextInput name="address" label={t("track.expired.address")} hint={t("track.expired.address.hint")} spellCheck={false} />
              <Button>{t("track.expired.send")}</Button>
            </PostForm>
          </>
        )}
      </div>
    </div>
  );
}

export default function Track() {
  const { expired, view, isNew, alike } = useLoaderData<typeof loader>();
  const { t, rich } = useT();
  if (expired || !view) return <Expired reference={expired?.reference ?? ""} contactEmail={expired?.contactEmail ?? ""} />;
  const { suggestion } = view;
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
            <h1 className="govuk-heading-l">{view.role === "supporter" ? t("track.following") : t("track.title")}</h1>
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
        <ContributorView suggestion={suggestion} role={view.role} mergedFrom={view.mergedFrom} />
      </div>
    </div>
  );
}

import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { BackLink } from "~/components/page";
import { can } from "~/modules/auth/permissions.server";
import { getUser } from "~/modules/auth/session.server";
import { isReviewerOf, versionChanges } from "~/modules/reviews/changes.server";
import { found, intParam, routeId } from "~/utils/query.server";
import { formatDateTime } from "~/utils/dates";
import type { PageHandle } from "~/utils/page-handle";
import { metaText, useT } from "~/components/i18n";
import { translate } from "~/modules/i18n/catalogue.server";

export const handle: PageHandle = { publicPage: "shared", hydrate: false };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? metaText("reviews.changes.metaTitle", { title: data.title }) : metaText("reviews.changes.title") },
];

// Drafts are not public: the comparison is for officers, the people who reviewed
// the document, and everyone once the review's public page is published.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = routeId(params.id);
  const query = new URL(request.url).searchParams;
  const changes = found(versionChanges(id, intParam(query, "from"), intParam(query, "to")));
  if (!changes.isPublic) {
    const user = await getUser(request);
    if (!user || !(can(user, "review:manage") || isReviewerOf(id, user.id))) {
      throw new Response(translate("reviews.changes.forbidden"), {
        status: 403,
        statusText: "Forbidden",
      });
    }
  }
  return json({ ...changes, back: changes.isPublic ? `/reviews/${id}` : "/reviews" });
}

export default function Changes() {
  const c = useLoaderData<typeof loader>();
  const { t, lang } = useT();
  const options = c.versions.map((v) => (
    <option key={v.number} value={v.number}>
      {t("reviews.changes.option", { number: v.number, date: formatDateTime(v.publishedAt, lang) })}
    </option>
  ));
  const changed = c.changes.filter((p) => p.kind !== "same").length;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={c.back}>{t("reviews.changes.back")}</BackLink>
        <span className="govuk-caption-l">{c.title}</span>
        <h1 className="govuk-heading-l">{t("reviews.changes.heading", { from: c.from, to: c.to })}</h1>
        {c.changeSummary ? <p className="govuk-body-l">{c.changeSummary}</p> : null}
        {c.versions.length > 1 ? (
          <Form method="get" className="govuk-!-margin-bottom-6">
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="from">
                {t("reviews.changes.compare")}
              </label>
              <select className="govuk-select" id="from" name="from" defaultValue={c.from}>
                {options}
              </select>
            </div>
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="to">
                {t("reviews.changes.with")}
              </label>
              <select className="govuk-select" id="to" name="to" defaultValue={c.to}>
                {options}
              </select>
            </div>
            <button type="submit" className="govuk-button govuk-button--secondary">
              {t("reviews.changes.show")}
            </button>
          </Form>
        ) : null}
        <p className="govuk-body">{changed === 0 ? t("reviews.changes.none") : t("reviews.changes.count", { count: changed })}</p>
        <ol className="govuk-list">
          {c.changes.map((p, i) => (
            <li key={i} className="app-passage govuk-!-margin-bottom-4">
              {p.kind === "same" ? (
                <p className="govuk-body app-change app-passage__number">{p.text}</p>
              ) : p.kind === "changed" ? (
                <>
                  <strong className="govuk-tag govuk-tag--blue">{t("reviews.changes.changed")}</strong>
                  <p className="govuk-body app-change">
                    {p.words.map((w, j) =>
                      w.change === "added" ? (
                        <ins key={j}>
                          <span className="govuk-visually-hidden">[{t("reviews.changes.added")} </span>
                          {w.text}
                          <span className="govuk-visually-hidden">]</span>
                        </ins>
                      ) : w.change === "removed" ? (
                        <del key={j}>
                          <span className="govuk-visually-hidden">[{t("reviews.changes.removed")} </span>
                          {w.text}
                          <span className="govuk-visually-hidden">]</span>
                        </del>
                      ) : (
                        <span key={j}>{w.text}</span>
                      ),
                    )}
                  </p>
                </>
              ) : (
                <>
                  <strong className={`govuk-tag ${p.kind === "added" ? "govuk-tag--green" : "govuk-tag--red"}`}>
                    {p.kind === "added" ? t("reviews.changes.newParagraph") : t("reviews.changes.removedParagraph")}
                  </strong>
                  <p className="govuk-body app-change">{p.kind === "added" ? <ins>{p.text}</ins> : <del>{p.text}</del>}</p>
                </>
              )}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}

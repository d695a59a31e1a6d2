import type { MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { sitePage } from "~/modules/privacy/site-pages.server";
import { formatDateTime } from "~/utils/dates";
import type { PageHandle } from "~/utils/page-handle";
import { useT } from "~/components/i18n";

export const handle: PageHandle = { publicPage: "shared" };

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

// Written by an admin (see /admin/pages/privacy), starting from standard text.
export async function loader() {
  const { title, html, version, updatedAt } = sitePage("privacy");
  return json({ title, html, version, updatedAt });
}

export default function Page() {
  const { title, html, version, updatedAt } = useLoaderData<typeof loader>();
  const { t, lang } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{title}</h1>
        <div dangerouslySetInnerHTML={{ __html: html }} />
        {updatedAt ? <p className="govuk-body-s">{t("sitePage.version", { version, when: formatDateTime(updatedAt, lang) })}</p> : null}
      </div>
    </div>
  );
}

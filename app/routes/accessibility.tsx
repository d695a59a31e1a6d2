import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { publicSitePage } from "~/modules/privacy/site-pages.server";
import { formatDateTime } from "~/utils/dates";
import type { PageHandle } from "~/utils/page-handle";
import { metaText, NotTranslatedNote, useT, Written } from "~/components/i18n";

export const handle: PageHandle = { publicPage: "shared", hydrate: false };

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? metaText(data.title) : "" }];

// Written by an admin (see /admin/pages/accessibility), starting from standard text.
export async function loader({ context }: LoaderFunctionArgs) {
  const { title, html, version, updatedAt, untranslated } = publicSitePage("accessibility", context.lang);
  return json({ title, html, version, updatedAt, untranslated });
}

export default function Page() {
  const { title, html, version, updatedAt, untranslated } = useLoaderData<typeof loader>();
  const { t, lang } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t(title)}</h1>
        <NotTranslatedNote show={untranslated} />
        <Written english={untranslated} html={html} />
        {updatedAt ? <p className="govuk-body-s">{t("sitePage.version", { version, when: formatDateTime(updatedAt, lang) })}</p> : null}
      </div>
    </div>
  );
}

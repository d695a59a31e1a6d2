import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Button, ErrorSummary, useSavedKey } from "~/components/form";
import { BackLink } from "~/components/page";
import { RichTextField } from "~/components/rich-text-editor";
import { requirePermission } from "~/modules/auth/permissions.server";
import { SITE_PAGE_SLUGS, type SitePageSlug } from "~/modules/privacy/default-pages";
import { saveSitePage, sitePage } from "~/modules/privacy/site-pages.server";
import { readRichTextField } from "~/modules/richtext/validate.server";
import { notFound } from "~/utils/query.server";
import { invalid } from "~/utils/validation.server";
import { redirectWithMessage } from "~/utils/flash.server";
import { linkPart, metaText, useT } from "~/components/i18n";
import { translate } from "~/modules/i18n/catalogue.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? metaText("admin.pages.metaTitle", { title: metaText(data.title) }) : metaText("admin.pages.settings") },
];

function slugOf(value: string | undefined): SitePageSlug {
  if (!SITE_PAGE_SLUGS.includes(value as SitePageSlug)) throw notFound();
  return value as SitePageSlug;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "settings:manage");
  const { slug, title, doc, version } = sitePage(slugOf(params.slug));
  return json({ slug, title, doc, version });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "settings:manage");
  const slug = slugOf(params.slug);
  const formData = await request.formData();
  const body = readRichTextField(formData, "body", translate("admin.pages.body"));
  if (!body.ok) return invalid(formData, { body: body.message });
  const version = saveSitePage(slug, body.doc, admin.id);
  return redirectWithMessage(`/admin/pages/${slug}`, translate("admin.pages.saved", { version }));
}

export default function EditPage() {
  const { slug, title, doc, version } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const formsKey = useSavedKey(data);
  const { t, rich } = useT();
  return (
    <div key={formsKey} className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/admin/settings">{t("admin.pages.settings")}</BackLink>
        <ErrorSummary />
        <span className="govuk-caption-l">{version ? t("admin.pages.version", { version }) : t("admin.pages.starting")}</span>
        <h1 className="govuk-heading-l">{t(title)}</h1>
        <p className="govuk-body">{rich("admin.pages.about", { link: linkPart(`/${slug}`) })}</p>
        <Form method="post" noValidate>
          <RichTextField name="body" label={t("admin.pages.body")} doc={doc} />
          <Button>{t("admin.pages.save")}</Button>
        </Form>
      </div>
    </div>
  );
}

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
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

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `Edit: ${data.title}` : "Edit page" }];

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
  const body = readRichTextField(formData, "body", "Page text");
  if (!body.ok) return invalid(formData, { body: body.message });
  const version = saveSitePage(slug, body.doc, admin.id);
  return redirectWithMessage(`/admin/pages/${slug}`, `Saved as version ${version}.`);
}

export default function EditPage() {
  const { slug, title, doc, version } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const formsKey = useSavedKey(data);
  return (
    <div key={formsKey} className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/admin/settings">Settings</BackLink>
        <ErrorSummary />
        <span className="govuk-caption-l">{version ? `Version ${version}` : "The starting text"}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">
          <Link className="govuk-link" to={`/${slug}`}>
            See the page
          </Link>
          . It is linked from the footer of every page and from every form that asks for personal details. Each save is a new version.
        </p>
        <Form method="post" noValidate>
          <RichTextField name="body" label="Page text" doc={doc} />
          <Button>Save a new version</Button>
        </Form>
      </div>
    </div>
  );
}

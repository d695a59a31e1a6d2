import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { Button, ErrorSummary, TextInput } from "~/components/form";
import { NotificationBanner } from "~/components/page";
import { requirePermission } from "~/modules/auth/permissions.server";
import { getAreaSettings, updateAreaSettings } from "~/modules/settings/area.server";
import { email, parseForm, text } from "~/utils/validation.server";

export const meta: MetaFunction = () => [{ title: "Settings" }];

// A function, so the client bundle (which has no server modules) never builds it.
const schema = () => z.object({
  areaName: text("The local area's name", { max: 80, required: "Enter the local area's name" }),
  contactEmail: email("Contact email address", "Enter a contact email address"),
});

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "settings:manage");
  return json({ settings: getAreaSettings() });
}

export async function action({ request }: ActionFunctionArgs) {
  await requirePermission(request, "settings:manage");
  const parsed = parseForm(await request.formData(), schema());
  if (!parsed.ok) return json({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  updateAreaSettings(parsed.data);
  return redirect("/admin/settings?saved=1");
}

export default function Settings() {
  const { settings } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {params.get("saved") && !data ? (
          <NotificationBanner success>
            <p className="govuk-notification-banner__heading">Settings saved.</p>
          </NotificationBanner>
        ) : null}
        <ErrorSummary errors={data?.errors} />
        <h1 className="govuk-heading-l">Settings</h1>
        <Form method="post" noValidate>
          <TextInput
            name="areaName"
            label="The local area's name"
            hint="Shown at the top of every page and in every email, for example ‘North Somerset’."
            errors={data?.errors}
            values={data?.values}
            defaultValue={settings.areaName}
          />
          <TextInput
            name="contactEmail"
            type="email"
            label="Contact email address"
            hint="Where people can ask for help. Shown in the footer and in emails."
            spellCheck={false}
            errors={data?.errors}
            values={data?.values}
            defaultValue={settings.contactEmail}
          />
          <Button>Save settings</Button>
        </Form>
      </div>
    </div>
  );
}

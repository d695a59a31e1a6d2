import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useLoaderData, useSearchParams } from "@remix-run/react";
import { Button } from "~/components/form";
import { NotificationBanner } from "~/components/page";
import { ROLE_DETAILS } from "~/components/people";
import { endAllSessions, requireUser } from "~/modules/auth/session.server";

export const meta: MetaFunction = () => [{ title: "Your account" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json({ name: user.name, email: user.email, roles: user.roles });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await request.formData();
  if (formData.get("intent") === "sign-out-everywhere") {
    return redirect("/signed-out", { headers: { "Set-Cookie": await endAllSessions(user.id) } });
  }
  return redirect("/account");
}


export default function Account() {
  const { name, email, roles } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {params.get("password") === "changed" ? (
          <NotificationBanner success>
            <p className="govuk-notification-banner__heading">Your password has been saved and you are signed in.</p>
          </NotificationBanner>
        ) : null}
        <h1 className="govuk-heading-l">Your account</h1>
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Name</dt>
            <dd className="govuk-summary-list__value">{name}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Email address</dt>
            <dd className="govuk-summary-list__value">{email}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Roles</dt>
            <dd className="govuk-summary-list__value">{roles.map((role) => ROLE_DETAILS[role].name).join(", ")}</dd>
          </div>
        </dl>
        <h2 className="govuk-heading-m">Signing out</h2>
        <p className="govuk-body">
          If you signed in on a computer or phone you no longer use, or think someone else has used your account, sign out
          everywhere. You will need to sign in again on every device.
        </p>
        <Form method="post">
          <Button secondary name="intent" value="sign-out-everywhere">
            Sign out of every device
          </Button>
        </Form>
      </div>
    </div>
  );
}

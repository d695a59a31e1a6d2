import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form } from "@remix-run/react";
import { z } from "zod";
import { Button, Checkboxes, ErrorSummary } from "~/components/form";
import { BackLink } from "~/components/page";
import { endSession, requireUser } from "~/modules/auth/session.server";
import { erasePerson } from "~/modules/privacy/your-data.server";
import { parseForm, invalid } from "~/utils/validation.server";

export const meta: MetaFunction = () => [{ title: "Delete your account" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await request.formData();
  const parsed = parseForm(formData, z.object({ confirm: z.literal("yes", { message: "Tick the box to confirm you want your account deleted" }) }));
  if (!parsed.ok) return invalid(formData, parsed.errors);
  const cookie = await endSession(request);
  erasePerson(user.id, "Deleted by the member");
  return redirect("/account-deleted", { headers: { "Set-Cookie": cookie } });
}

export default function DeleteAccount() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/account/your-data">Your data</BackLink>
        <ErrorSummary />
        <h1 className="govuk-heading-l">Delete your account</h1>
        <p className="govuk-body">If you delete your account:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>your name, email address, phone number and password are erased, and you are signed out everywhere</li>
          <li>your bookings for events that have not happened yet are cancelled</li>
          <li>what you told us (suggestions, survey answers, review comments) stays, without your name, so the numbers we publish still add up</li>
          <li>your charter signatures still count, but without your name</li>
        </ul>
        <p className="govuk-body">
          This cannot be undone. You may want to{" "}
          <a className="govuk-link" href="/account/your-data.json" download>
            download your data
          </a>{" "}
          first.
        </p>
        <Form method="post" noValidate>
          <Checkboxes name="confirm" legend="Are you sure?" options={[{ value: "yes", label: "Yes, delete my account and erase my details" }]} />
          <Button warning>Delete my account</Button>
        </Form>
      </div>
    </div>
  );
}

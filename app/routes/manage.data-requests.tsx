import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { Button, Checkboxes, ErrorSummary, Textarea } from "~/components/form";
import { SuccessBanner } from "~/components/page";
import { rolesOf } from "~/modules/auth/accounts.server";
import { requirePermission } from "~/modules/auth/permissions.server";
import { erasePerson, findPersonByEmail } from "~/modules/privacy/your-data.server";
import { textParam } from "~/utils/query.server";
import { parseForm, textField, invalid } from "~/utils/validation.server";

export const meta: MetaFunction = () => [{ title: "Data requests" }];

// Requests made by post or phone: an officer downloads or erases someone's data for them.
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "privacy:requests");
  const email = textParam(new URL(request.url).searchParams, "email", 254);
  const person = email ? findPersonByEmail(email) : undefined;
  return json({
    email: email ?? "",
    person:
      person && !person.deactivatedAt
        ? { id: person.id, name: person.name, email: person.email, staff: rolesOf(person.id).some((r) => r === "officer" || r === "admin") }
        : null,
  });
}

export async function action({ request }: ActionFunctionArgs) {
  await requirePermission(request, "privacy:requests");
  const formData = await request.formData();
  const parsed = parseForm(
    formData,
    z.object({
      userId: z.string().min(1).max(100),
      how: textField("How the request was made", {
        max: 500,
        multiline: true,
        required: "Say how the request was made and how you checked who they are",
      }),
      confirm: z.literal("yes", { message: "Tick the box to confirm the erasure" }),
    }),
  );
  if (!parsed.ok) return invalid(formData, parsed.errors);
  if (rolesOf(parsed.data.userId).some((r) => r === "officer" || r === "admin"))
    return invalid(formData, { form: "Staff accounts are closed by an admin on the people page" });
  if (!erasePerson(parsed.data.userId, parsed.data.how)) return invalid(formData, { form: "That account no longer exists" });
  return redirect("/manage/data-requests?erased=1");
}

export default function DataRequests() {
  const { email, person } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <SuccessBanner
          message={
            params.get("erased") && !data
              ? "The account has been erased. The audit trail records that you did it and how the request was made."
              : null
          }
        />
        <ErrorSummary />
        <h1 className="govuk-heading-l">Data requests</h1>
        <p className="govuk-body">
          When someone asks by post or phone for a copy of their data, or for it to be erased, find their account here. Check who they are first.
          Everything you do is recorded in the audit trail.
        </p>
        <Form method="get" className="govuk-!-margin-bottom-6">
          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor="email">
              Their email address
            </label>
            <input className="govuk-input govuk-input--width-30" id="email" name="email" type="email" spellCheck={false} defaultValue={email} />
          </div>
          <button type="submit" className="govuk-button govuk-button--secondary">
            Find
          </button>
        </Form>
        {email && !person ? <p className="govuk-body">No account uses that email address.</p> : null}
        {person ? (
          <>
            <h2 className="govuk-heading-m">{person.name}</h2>
            <p className="govuk-body">
              <a className="govuk-link" href={`/manage/data-requests/${person.id}.json`} download>
                Download their data (JSON)
              </a>
            </p>
            {person.staff ? (
              <p className="govuk-body">This is a staff account: an admin closes it from the people page.</p>
            ) : (
              <Form method="post" noValidate>
                <input type="hidden" name="userId" value={person.id} />
                <h3 className="govuk-heading-s">Erase their account</h3>
                <Textarea
                  name="how"
                  label="How was the request made?"
                  hint="For example: “Letter dated 20 November; identity checked by phone.” Do not write their name: this goes in the audit trail."
                  rows={3}
                />
                <Checkboxes
                  name="confirm"
                  legend="Confirm"
                  options={[{ value: "yes", label: `Erase ${person.name}’s details and cancel their future bookings` }]}
                />
                <Button warning>Erase account</Button>
              </Form>
            )}
          </>
        ) : null}
      </div>
    </div>
  );
}

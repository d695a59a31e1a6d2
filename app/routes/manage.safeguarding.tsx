import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Button, ErrorSummary, Textarea, useSavedKey } from "~/components/form";
import { requirePermission } from "~/modules/auth/permissions.server";
import { listFlags, recordAction } from "~/modules/privacy/safeguarding.server";
import { parseForm, textField, invalid } from "~/utils/validation.server";
import { formatDateTime } from "~/utils/dates";
import { redirectWithMessage } from "~/utils/flash.server";

export const meta: MetaFunction = () => [{ title: "Safeguarding concerns" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "safeguarding:manage");
  return json({ flags: listFlags() });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "safeguarding:manage");
  const formData = await request.formData();
  const id = Number(formData.get("flagId"));
  const field = `action${id}`;
  if (!Number.isSafeInteger(id) || id < 1) return invalid(formData, { form: "Choose a concern" });
  const parsed = parseForm(
    formData,
    z.object({ [field]: textField("What you did", { max: 2000, multiline: true, required: "Say what you did about this concern" }) }),
  );
  if (!parsed.ok) return invalid(formData, parsed.errors);
  if (!recordAction(id, (parsed.data as Record<string, string>)[field]!, user.id))
    return invalid(formData, { form: "That concern no longer exists" });
  return redirectWithMessage(`/manage/safeguarding#flag-${id}`, "What you did has been recorded.");
}

export default function Safeguarding() {
  const { flags } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const formsKey = useSavedKey(data);
  const open = flags.filter((f) => !f.resolvedAt);
  return (
    <div key={formsKey} className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary />
        <h1 className="govuk-heading-l">Safeguarding concerns</h1>
        <p className="govuk-body">
          Free text from every part of the site is checked against the safeguarding words and phrases (an admin can change the list in the settings).
          A match is held back from publication and from public results, and the safeguarding contact is emailed a link. Officers can also flag
          anything by hand. The words themselves are only ever shown where they were written.
        </p>
        <p className="govuk-body govuk-!-font-weight-bold">
          {open.length === 0
            ? "No concerns are waiting."
            : `${open.length} ${open.length === 1 ? "concern is" : "concerns are"} waiting for someone to record what was done.`}
        </p>
        {flags.map((f) => (
          <section key={f.id} id={`flag-${f.id}`} className="govuk-summary-card" aria-labelledby={`flag-${f.id}-title`}>
            <div className="govuk-summary-card__title-wrapper">
              <h2 className="govuk-summary-card__title" id={`flag-${f.id}-title`}>
                {f.label}
              </h2>
              <strong className={`govuk-tag ${f.resolvedAt ? "govuk-tag--grey" : "govuk-tag--red"}`}>
                {f.resolvedAt ? "Dealt with" : "Needs action"}
              </strong>
            </div>
            <div className="govuk-summary-card__content">
              <dl className="govuk-summary-list">
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Flagged</dt>
                  <dd className="govuk-summary-list__value">
                    {formatDateTime(f.flaggedAt)}, {f.flaggedBy ? `by ${f.flaggedBy}` : `automatically (matched “${f.matched}”)`}
                  </dd>
                </div>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Where</dt>
                  <dd className="govuk-summary-list__value">
                    <Link className="govuk-link" to={f.link}>
                      Read it where it was written
                    </Link>
                  </dd>
                </div>
                {f.resolvedAt ? (
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">What was done</dt>
                    <dd className="govuk-summary-list__value app-comment">
                      {f.actionTaken} ({f.resolvedBy}, {formatDateTime(f.resolvedAt)})
                    </dd>
                  </div>
                ) : null}
              </dl>
              {f.resolvedAt ? null : (
                <Form method="post" noValidate>
                  <input type="hidden" name="flagId" value={f.id} />
                  <Textarea
                    name={`action${f.id}`}
                    label="What did you do?"
                    hint="For example: “Spoke to the family’s social worker on 24 November; no further action.”"
                    rows={3}
                  />
                  <Button>Record what was done</Button>
                </Form>
              )}
            </div>
          </section>
        ))}
      </div>
    </div>
  );
}

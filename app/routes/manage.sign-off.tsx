import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Button, ErrorSummary, Textarea } from "~/components/form";
import { SUGGESTION_STATUS } from "~/components/status";
import { requirePermission } from "~/modules/auth/permissions.server";
import { agreeOutcome, outcomesAwaitingForum, sendBack } from "~/modules/feedback/sign-off.server";
import { getAreaSettings } from "~/modules/settings/area.server";
import { reportsAwaitingForum } from "~/modules/themes/told-us.server";
import { parseForm, textField, invalid } from "~/utils/validation.server";
import { formatDateTime } from "~/utils/dates";
import { redirectWithMessage } from "~/utils/flash.server";
import { useT } from "~/components/i18n";

// The parent carer forum's side of joint sign-off: agree an outcome, or send it back with a comment.

export const meta: MetaFunction = () => [{ title: "Outcomes to agree" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "outcome:agree");
  const { jointSignOff, forumName } = getAreaSettings();
  return json({
    proposals: outcomesAwaitingForum(),
    pages: reportsAwaitingForum().map((r) => ({ id: r.id, title: r.title })),
    jointSignOff,
    forumName,
  });
}

// Each outcome on the page has its own comment field, so their ids never clash.
const commentField = (id: number) => `comment-${id}`;
const sendBackSchema = (id: number) =>
  z.object({
    [commentField(id)]: textField("Your comment", {
      max: 2000,
      required: "Say why you are sending it back, so the officer can change it",
      multiline: true,
    }),
  });

export async function action({ request }: ActionFunctionArgs) {
  const forum = await requirePermission(request, "outcome:agree");
  const formData = await request.formData();
  const id = Number(formData.get("proposal"));
  const intent = String(formData.get("intent") ?? "");
  if (!Number.isSafeInteger(id) || id < 1) return invalid(formData, { form: "Choose an outcome from the list" });
  if (intent === "agree") {
    const result = agreeOutcome(id, forum);
    return result.ok
      ? redirectWithMessage("/manage/sign-off", "Agreed. The outcome is now public, and everyone following the suggestion is being emailed.")
      : invalid(formData, { form: result.message });
  }
  if (intent === "sendBack") {
    const parsed = parseForm(formData, sendBackSchema(id));
    if (!parsed.ok) return invalid(formData, parsed.errors);
    const result = sendBack(id, forum, "forum", String(parsed.data[commentField(id)]));
    return result.ok
      ? redirectWithMessage("/manage/sign-off", "Sent back. It stays private, and the officer can see your comment.")
      : invalid(formData, { form: result.message });
  }
  return invalid(formData, { form: "Choose whether to agree it or send it back" });
}

export default function SignOff() {
  const { t } = useT();
  const { proposals, pages, jointSignOff, forumName } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  return (
    <>
      <ErrorSummary />
      <h1 className="govuk-heading-l">Outcomes to agree</h1>
      <p className="govuk-body">
        {jointSignOff
          ? `Joint sign-off is on: a “we did” or “we can’t” outcome is published only when someone from ${forumName || "the parent carer forum"} agrees it. You see only the public wording, never what the person wrote.`
          : "Joint sign-off is switched off, so officers publish outcomes themselves. Outcomes proposed before it was switched off are still listed here."}
      </p>
      {pages.length ? (
        <>
          <h2 className="govuk-heading-m">“What you told us” pages to agree</h2>
          <ul className="govuk-list">
            {pages.map((page) => (
              <li key={page.id}>
                <Link className="govuk-link" to={`/manage/told-us/${page.id}`}>
                  {page.title}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {proposals.length === 0 ? <p className="govuk-body">No outcome is waiting for you.</p> : null}
      {proposals.map((p) => {
        const posted = data?.values.proposal === String(p.id);
        const errors = posted ? data.errors : undefined;
        return (
          <section key={p.id} className="app-suggestion" aria-labelledby={`proposal-${p.id}`}>
            <h2 className="govuk-heading-m" id={`proposal-${p.id}`}>
              {p.reference}: {p.publicWording || "(no public wording yet)"}
            </h2>
            <dl className="govuk-summary-list">
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Proposed status</dt>
                <dd className="govuk-summary-list__value">{t(SUGGESTION_STATUS[p.status].labelKey)}</dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{p.status === "not_possible" ? "We can’t, because" : "We did"}</dt>
                <dd className="govuk-summary-list__value">{p.outcome}</dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Easy read</dt>
                <dd className="govuk-summary-list__value">{p.outcomeEasyRead || "None yet"}</dd>
              </div>
              {p.note ? (
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Public note</dt>
                  <dd className="govuk-summary-list__value">{p.note}</dd>
                </div>
              ) : null}
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Proposed by</dt>
                <dd className="govuk-summary-list__value">
                  {p.officerName}, {formatDateTime(p.officerAgreedAt)}
                </dd>
              </div>
            </dl>
            <Form method="post" noValidate>
              <input type="hidden" name="proposal" value={p.id} />
              <Button name="intent" value="agree">
                Agree and publish {p.reference}
              </Button>
            </Form>
            <Form method="post" noValidate>
              <input type="hidden" name="proposal" value={p.id} />
              <input type="hidden" name="intent" value="sendBack" />
              <Textarea
                name={commentField(p.id)}
                label={`Or send ${p.reference} back: what should change?`}
                rows={2}
                errors={errors}
                values={posted ? data.values : undefined}
              />
              <Button secondary>Send it back</Button>
            </Form>
          </section>
        );
      })}
    </>
  );
}

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { SIGNATORY_KINDS } from "~db/schema/enums";
import { Button, Checkboxes, ErrorSummary, Honeypot, Radios, TextInput } from "~/components/form";
import { BackLink } from "~/components/page";
import { limitPublicForm, tryAgainMessage } from "~/modules/auth/rate-limit.server";
import { getUser } from "~/modules/auth/session.server";
import { sign, SIGNATURE_CONSENT } from "~/modules/charter/charter.server";
import { email, isHoneypotFilled, parseForm, textField, invalid } from "~/utils/validation.server";
import { notFound } from "~/utils/query.server";

export const meta: MetaFunction = () => [{ title: "Sign the charter" }];

const KIND_LABELS = {
  parent_carer: "Parent or carer",
  young_person: "Young person",
  professional: "Professional",
  organisation: "On behalf of an organisation",
} as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  return json({ consent: SIGNATURE_CONSENT, user: user ? { name: user.name, email: user.email, under18: user.under18 } : null });
}

// A function, so the client bundle (which has no server modules) never builds it.
const schema = () =>
  z
    .object({
      name: textField("Your name", { max: 100, required: "Enter your name" }),
      email: email(),
      kind: z.enum(SIGNATORY_KINDS, { message: "Tell us who you are signing as" }),
      organisation: textField("Organisation", { max: 150, required: false }),
      listPublicly: z.preprocess((v) => v === "yes", z.boolean()),
      agree: z.literal("yes", { message: "Tick the box to say you agree with the charter's statements" }),
    })
    .superRefine((v, ctx) => {
      if (v.kind === "organisation" && !v.organisation)
        ctx.addIssue({ code: "custom", path: ["organisation"], message: "Enter the organisation's name" });
    });

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  if (isHoneypotFilled(formData)) return redirect("/charter/sign/check-email");
  const parsed = parseForm(formData, schema());
  if (!parsed.ok) return invalid(formData, parsed.errors);
  const limited = limitPublicForm("charter", context.clientIp);
  if (!limited.ok) return invalid(formData, { form: tryAgainMessage(limited.retryAfterSeconds) }, undefined, 429);
  const user = await getUser(request);
  const { agree: _agree, ...details } = parsed.data;
  // Under-18s are never listed by name, whatever was posted.
  const result = sign({ ...details, listPublicly: details.listPublicly && !user?.under18, userId: user?.id ?? null });
  if (result.status === "no-charter") throw notFound();
  return redirect("/charter/sign/check-email");
}

export default function SignCharter() {
  const { consent, user } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/charter">The charter</BackLink>
        <ErrorSummary />
        <h1 className="govuk-heading-l">Sign the charter</h1>
        <p className="govuk-body">
          Read the{" "}
          <Link className="govuk-link" to="/charter">
            charter
          </Link>{" "}
          first. We will email you a link to confirm it is really you.
        </p>
        <Form method="post" noValidate>
          <Honeypot />
          <TextInput name="name" label="Your name" autoComplete="name" spellCheck={false} defaultValue={user?.name} />
          <TextInput name="email" type="email" label="Email address" autoComplete="email" spellCheck={false} defaultValue={user?.email} />
          <Radios name="kind" legend="Who are you signing as?" options={SIGNATORY_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))} />
          <TextInput name="organisation" label="Organisation (optional, unless signing for one)" />
          {user?.under18 ? (
            <p className="govuk-body">Your signature is counted, but your name is not shown on the charter page, because you are under 18.</p>
          ) : (
            <Checkboxes
              name="listPublicly"
              legend="Being listed (optional)"
              hint="Young people are never named."
              options={[{ value: "yes", label: "Show my name and organisation on the charter page" }]}
            />
          )}
          <Checkboxes
            name="agree"
            legend="Agreeing"
            hint={
              <>
                {consent}{" "}
                <Link className="govuk-link" to="/privacy">
                  Read our privacy notice
                </Link>
                .
              </>
            }
            options={[{ value: "yes", label: "I agree with the statements and commitments in the charter" }]}
          />
          <Button>Sign the charter</Button>
        </Form>
      </div>
    </div>
  );
}

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { CONTRIBUTOR_KINDS } from "~db/schema/enums";
import { OthersSaidAsYouType } from "~/components/others-said";
import { Button, Checkboxes, ErrorSummary, Honeypot, Radios, Select, Textarea, TextInput } from "~/components/form";
import { CONTRIBUTOR_KIND_LABELS } from "~/components/status";
import { limitPublicForm, tryAgainMessage } from "~/modules/auth/rate-limit.server";
import { getUser } from "~/modules/auth/session.server";
import { CONSENT_WORDING, makeSuggestion } from "~/modules/feedback/suggestions.server";
import { listTopics } from "~/modules/feedback/topics.server";
import { email, isHoneypotFilled, parseForm, textField, invalid } from "~/utils/validation.server";

export const meta: MetaFunction = () => [{ title: "Tell us what you think" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  // Under-18s are contacted only if they choose to give an email here, so it is not filled in for them.
  return json({ topics: listTopics(), consent: CONSENT_WORDING, user: user ? { name: user.name, email: user.under18 ? "" : user.email } : null });
}

// A function, so the client bundle (which has no server modules) never builds it.
const schema = (topicIds: number[]) =>
  z.object({
    body: textField("Your suggestion", { max: 5000, required: "Tell us your suggestion", multiline: true }),
    topic: z.preprocess(
      (v) => (v === "" || v === undefined ? null : Number(v)),
      z
        .number()
        .nullable()
        .refine((v) => v === null || topicIds.includes(v), "Choose a topic from the list"),
    ),
    kind: z.enum(CONTRIBUTOR_KINDS, { message: "Tell us who you are" }),
    name: textField("Your name", { max: 100, required: false }),
    email: email("Email address", false),
    consent: z.literal("yes", { message: "Tick the box to say you agree to how we will use your suggestion" }),
  });

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  if (isHoneypotFilled(formData)) return redirect("/tell-us/thanks");
  const topics = listTopics();
  const parsed = parseForm(formData, schema(topics.map((t) => t.id)));
  if (!parsed.ok) return invalid(formData, parsed.errors);
  const limited = limitPublicForm("tell-us", context.clientIp);
  if (!limited.ok) return invalid(formData, { form: tryAgainMessage(limited.retryAfterSeconds) }, undefined, 429);
  const user = await getUser(request);
  const { trackingToken } = makeSuggestion({
    body: parsed.data.body,
    topicId: parsed.data.topic,
    contributorKind: parsed.data.kind,
    name: parsed.data.name || null,
    email: parsed.data.email || null,
    userId: user?.id ?? null,
  });
  return redirect(`/track/${trackingToken}?new=1`);
}

export default function TellUs() {
  const { topics, consent, user } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary />
        <h1 className="govuk-heading-l">Tell us what you think</h1>
        <p className="govuk-body">
          Tell us what is working, what could be better, or an idea. You do not need an account. We read everything, and we will tell you what
          happens.
        </p>
        <p className="govuk-body">
          If you are worried about a child’s safety right now, do not use this form: call 999 in an emergency, or your council’s children’s services.
        </p>
        <Form method="post" noValidate>
          <Honeypot />
          <Textarea
            name="body"
            label="Your suggestion"
            labelClass="govuk-label--m"
            hint="Up to 5,000 characters. Please do not include names of children or staff."
            rows={8}
          />
          <OthersSaidAsYouType field="body" />
          <Select
            name="topic"
            label="What is it about? (optional)"
            options={[{ value: "", label: "Not sure" }, ...topics.map((t) => ({ value: String(t.id), label: t.name }))]}
          />
          <Radios name="kind" legend="Who are you?" options={CONTRIBUTOR_KINDS.map((k) => ({ value: k, label: CONTRIBUTOR_KIND_LABELS[k] }))} />
          <h2 className="govuk-heading-m">Hear what happens (optional)</h2>
          <p className="govuk-body">Leave your email and we will tell you each time something changes. We will not publish your name or email.</p>
          <TextInput name="name" label="Your name (optional)" autoComplete="name" spellCheck={false} defaultValue={user?.name} />
          <TextInput name="email" type="email" label="Email address (optional)" autoComplete="email" spellCheck={false} defaultValue={user?.email} />
          <Checkboxes name="consent" legend="How we will use your suggestion" hint={consent} options={[{ value: "yes", label: "I agree" }]} />
          <p className="govuk-body">
            Read our{" "}
            <Link className="govuk-link" to="/privacy">
              privacy notice
            </Link>{" "}
            for more.
          </p>
          <Button>Send suggestion</Button>
        </Form>
      </div>
    </div>
  );
}

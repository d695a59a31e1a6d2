import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Button, Checkboxes, useSavedKey } from "~/components/form";
import { BackLink } from "~/components/page";
import { requireUser } from "~/modules/auth/session.server";
import { contactPreferences, setContactPreferences } from "~/modules/privacy/preferences.server";
import { found } from "~/utils/query.server";
import { redirectWithMessage } from "~/utils/flash.server";

export const meta: MetaFunction = () => [{ title: "How we contact you" }];

const CHOICES = [
  {
    value: "suggestionUpdates",
    label: "Updates on my suggestions",
    hint: "An email each time something changes on a suggestion you made or said “me too” to.",
  },
  { value: "eventReminders", label: "Event reminders", hint: "A week and a day before events you have booked." },
  { value: "surveyInvitations", label: "New surveys", hint: "An email when a survey opens." },
] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json({ prefs: found(contactPreferences(user.id)) });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const chosen = new Set((await request.formData()).getAll("contact").map(String));
  setContactPreferences(user.id, {
    suggestionUpdates: chosen.has("suggestionUpdates"),
    eventReminders: chosen.has("eventReminders"),
    surveyInvitations: chosen.has("surveyInvitations"),
  });
  return redirectWithMessage("/account/contact", "Saved. We will only email you about what you have chosen.");
}

export default function Contact() {
  const { prefs } = useLoaderData<typeof loader>();
  const key = useSavedKey(undefined);
  return (
    <div key={key} className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/account">Your account</BackLink>
        <h1 className="govuk-heading-l">How we contact you</h1>
        <p className="govuk-body">
          We always email you about things you have just done, like confirming a booking or a password reset. Choose what else you want to hear about.
          The “stop updates” link in our emails changes these too.
        </p>
        <Form method="post">
          <Checkboxes
            name="contact"
            legend="Email me about"
            options={CHOICES.map((c) => ({ value: c.value, label: c.label, hint: c.hint }))}
            defaultValues={CHOICES.filter((c) => prefs[c.value]).map((c) => c.value)}
          />
          <Button>Save</Button>
        </Form>
      </div>
    </div>
  );
}

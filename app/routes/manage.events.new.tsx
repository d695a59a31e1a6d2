import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { EventForm } from "~/components/event-form";
import { ErrorSummary } from "~/components/form";
import { BackLink } from "~/components/page";
import { requirePermission } from "~/modules/auth/permissions.server";
import { readEventForm } from "~/modules/events/event-form.server";
import { createEvent } from "~/modules/events/events.server";
import { listTopics } from "~/modules/feedback/suggestions.server";
import { listActionChoices } from "~/modules/strategy/strategy.server";
import { formValues } from "~/utils/validation.server";

export const meta: MetaFunction = () => [{ title: "Create an event" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "event:manage");
  return json({ topics: listTopics().map(({ id, name }) => ({ id, name })), actions: listActionChoices() });
}

export async function action({ request }: ActionFunctionArgs) {
  const organiser = await requirePermission(request, "event:manage");
  const formData = await request.formData();
  const read = readEventForm(formData);
  if (!read.ok) return json({ errors: read.errors, values: formValues(formData) }, { status: 400 });
  const id = createEvent(read.input, organiser.id);
  return redirect(`/manage/events/${id}?done=created`);
}

const EMPTY = {
  title: "",
  description: null,
  type: "listening_event",
  audience: "parent_carers",
  participationLevel: "consult" as const,
  date: "",
  startTime: "10:00",
  endTime: "12:00",
  format: "in_person",
  venue: "",
  joiningLink: "",
  venueFeatures: [],
  accessibilityNotes: "",
  capacity: "30",
  maxPlacesPerRegistration: "4",
  closesDate: "",
  closesTime: "17:00",
  topicIds: [],
  actionIds: [],
};

export default function NewEvent() {
  const { topics, actions } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/manage/events">All events</BackLink>
        <ErrorSummary errors={data?.errors} />
        <h1 className="govuk-heading-l">Create an event</h1>
        <p className="govuk-body">It is saved as a draft. Nobody else sees it until you publish it.</p>
        <EventForm defaults={EMPTY} errors={data?.errors} values={data?.values} topics={topics} actions={actions} submitLabel="Save draft" />
      </div>
    </div>
  );
}

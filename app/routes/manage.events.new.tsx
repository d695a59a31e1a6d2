import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { EventForm } from "~/components/event-form";
import { ErrorSummary } from "~/components/form";
import { BackLink } from "~/components/page";
import { requirePermission } from "~/modules/auth/permissions.server";
import { readEventForm } from "~/modules/events/event-form.server";
import { createEvent } from "~/modules/events/events.server";
import { listTopics } from "~/modules/feedback/topics.server";
import { listActionChoices } from "~/modules/strategy/strategy.server";
import { invalid, searchedOnly } from "~/utils/validation.server";
import { redirectWithMessage } from "~/utils/flash.server";
import { metaText, useT } from "~/components/i18n";
import { translate } from "~/modules/i18n/catalogue.server";

export const meta: MetaFunction = () => [{ title: metaText("manage.events.create") }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "event:manage");
  return json({ topics: listTopics().map(({ id, name }) => ({ id, name })), actions: listActionChoices() });
}

export async function action({ request }: ActionFunctionArgs) {
  const organiser = await requirePermission(request, "event:manage");
  const formData = await request.formData();
  const searched = searchedOnly(formData);
  if (searched) return searched;
  const read = readEventForm(formData);
  if (!read.ok) return invalid(formData, read.errors);
  const id = createEvent(read.input, organiser.id);
  return redirectWithMessage(`/manage/events/${id}`, translate("manage.events.flash.created"));
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
  const { t } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/manage/events">{t("manage.events.all")}</BackLink>
        <ErrorSummary />
        <h1 className="govuk-heading-l">{t("manage.events.create")}</h1>
        <p className="govuk-body">{t("manage.events.draftHint")}</p>
        <EventForm defaults={EMPTY} topics={topics} actions={actions} submitLabel={t("manage.groups.saveDraft")} />
      </div>
    </div>
  );
}

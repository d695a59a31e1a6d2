import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { Button, ErrorSummary, Select, Textarea, useSavedKey } from "~/components/form";
import { BackLink, NotificationBanner } from "~/components/page";
import { requirePermission } from "~/modules/auth/permissions.server";
import { eventForEditing } from "~/modules/events/events.server";
import { attributableAttendees, recordAttributedPoint, recordHeard } from "~/modules/events/heard.server";
import { formValues, parseForm, textField, invalid } from "~/utils/validation.server";
import { found, routeId } from "~/utils/query.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `What we heard: ${data.title}` : "What we heard" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "event:manage");
  const event = found(eventForEditing(routeId(params.id)));
  return json({ id: event.id, title: event.title, summary: event.heardSummary, attendees: attributableAttendees(event.id) });
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requirePermission(request, "event:manage");
  const event = found(eventForEditing(routeId(params.id)));
  const formData = await request.formData();
  if (formData.get("intent") === "attributed") {
    const one = parseForm(
      formData,
      z.object({
        registrationId: z.coerce.number({ message: "Choose who said it" }).int().positive("Choose who said it"),
        point: textField("What they said", { max: 2000, multiline: true }),
      }),
    );
    if (!one.ok) return invalid(formData, one.errors);
    if (!recordAttributedPoint(event.id, one.data.registrationId, one.data.point)) {
      return invalid(formData, { registrationId: "Choose someone from the list" });
    }
    return redirect(`/manage/events/${event.id}/heard?named=1`);
  }
  const parsed = parseForm(
    formData,
    z.object({
      summary: textField("Summary", { max: 3000, required: "Write a short summary of what you heard", multiline: true }),
      points: textField("Points", { max: 20_000, required: false, multiline: true }),
    }),
  );
  if (!parsed.ok) return invalid(formData, parsed.errors);
  const points = parsed.data.points
    .split("\n")
    .map((p) => p.trim())
    .filter(Boolean);
  const tooLong = points.findIndex((p) => p.length > 2000);
  if (tooLong >= 0)
    return json(
      { errors: { points: `Point ${tooLong + 1} is longer than 2,000 characters: split it up` }, values: formValues(formData) },
      { status: 400 },
    );
  if (points.length > 100) return invalid(formData, { points: "Add up to 100 points at a time" });
  const { added } = recordHeard(event.id, { summary: parsed.data.summary, points });
  return redirect(`/manage/events/${event.id}/heard?added=${added}`);
}

export default function Heard() {
  const { id, title, summary, attendees } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const formsKey = useSavedKey(data);
  const [params] = useSearchParams();
  const added = params.get("added");
  const named = params.get("named");
  return (
    <div key={formsKey} className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={`/manage/events/${id}`}>Back to the event</BackLink>
        {named && !data ? (
          <NotificationBanner success>
            <p className="govuk-notification-banner__heading">
              Saved. Their point is in the triage queue, and they have been emailed its tracking link.
            </p>
          </NotificationBanner>
        ) : null}
        {added && !data ? (
          <NotificationBanner success>
            <p className="govuk-notification-banner__heading">
              Saved. {added} {added === "1" ? "point is" : "points are"} now in the{" "}
              <Link className="govuk-notification-banner__link" to={`/manage/suggestions?from=events&of=${id}`}>
                triage queue
              </Link>
              , and everyone who came has been thanked.
            </p>
          </NotificationBanner>
        ) : null}
        <ErrorSummary />
        <span className="govuk-caption-l">{title}</span>
        <h1 className="govuk-heading-l">What we heard</h1>
        <Form method="post" noValidate>
          <Textarea
            name="summary"
            label="Summary"
            labelClass="govuk-label--s"
            hint="A few sentences for the public outcomes page."
            rows={4}
            defaultValue={summary}
          />
          <Textarea
            name="points"
            label="Points people made"
            labelClass="govuk-label--s"
            hint="One point per line. Each becomes a suggestion for officers to answer. Do not include names."
            rows={8}
          />
          <Button>Save</Button>
        </Form>
        {attendees.length ? (
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="attributed" />
            <h2 className="govuk-heading-m">A point in someone’s name</h2>
            <p className="govuk-body">
              Points above are anonymous. If someone who came asked to hear what happens and wants a point to be theirs, add it here: it becomes their
              suggestion and they are emailed its private tracking link.
            </p>
            <Select
              name="registrationId"
              label="Who said it"
              options={[{ value: "", label: "Choose a person" }, ...attendees.map((a) => ({ value: String(a.id), label: a.name }))]}
            />
            <Textarea name="point" label="What they said" rows={3} />
            <Button secondary>Add their point</Button>
          </Form>
        ) : null}
        <p className="govuk-body">
          <Link className="govuk-link" to={`/events/${id}/outcomes`}>
            See the public outcomes page
          </Link>
        </p>
      </div>
    </div>
  );
}

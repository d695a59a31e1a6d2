import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { Button, ErrorSummary, PostForm, Textarea, useSavedKey } from "~/components/form";
import { BackLink } from "~/components/page";
import { requirePermission } from "~/modules/auth/permissions.server";
import { ATTENDEE_ROLE_LABELS, formatEventTime } from "~/modules/events/labels";
import { readMeetingForm, readRecordForm } from "~/modules/groups/forms.server";
import { MeetingFields } from "~/modules/groups/group-fields";
import { REPLY_LABELS } from "~/modules/groups/labels";
import { cancelMeeting, meetingForStaff, recordMeeting, updateMeeting } from "~/modules/groups/meetings.server";
import { londonDate, londonWallClock } from "~/utils/dates";
import { redirectWithMessage } from "~/utils/flash.server";
import { found, routeId } from "~/utils/query.server";
import { invalid } from "~/utils/validation.server";
import { useT } from "~/components/i18n";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `Meeting of ${data.meeting.group.name}` : "Meeting not found" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "group:manage");
  const meeting = found(meetingForStaff(routeId(params.meetingId)));
  return json({ meeting, started: meeting.startsAt <= new Date() });
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requirePermission(request, "group:manage");
  const id = routeId(params.meetingId);
  const meeting = found(meetingForStaff(id));
  const here = `/manage/groups/meetings/${id}`;
  const formData = await request.formData();
  switch (String(formData.get("intent") ?? "")) {
    case "details": {
      const read = readMeetingForm(formData);
      if (!read.ok) return invalid(formData, read.errors);
      if (!updateMeeting(id, read.input)) return invalid(formData, { form: "A cancelled meeting cannot be changed" });
      return redirectWithMessage(here, "Meeting saved.");
    }
    case "cancel":
      if (!cancelMeeting(id)) return invalid(formData, { form: "Only a meeting still to come can be cancelled" });
      return redirectWithMessage(`/manage/groups/${meeting.group.id}`, "Meeting cancelled. The members have been emailed.");
    case "record": {
      const read = readRecordForm(formData);
      if (!read.ok) return invalid(formData, read.errors);
      const result = recordMeeting(id, read.input);
      if (!result.ok) return invalid(formData, { [result.field]: result.message });
      const points = result.added === 1 ? "1 point is" : `${result.added} points are`;
      const raised = result.added ? `, and ${points} now suggestions to triage` : "";
      return redirectWithMessage(here, `Saved. The decisions are on the group's page${raised}.`);
    }
    default:
      return invalid(formData, { form: "Choose what to do" });
  }
}

export default function ManageMeeting() {
  const { t, lang } = useT();
  const { meeting: m, started } = useLoaderData<typeof loader>();
  const formsKey = useSavedKey(useActionData<typeof action>());
  const cancelled = Boolean(m.cancelledAt);
  return (
    <div key={formsKey} className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={`/manage/groups/${m.group.id}`}>{m.group.name}</BackLink>
        <ErrorSummary />
        <span className="govuk-caption-l">{m.group.name}</span>
        <h1 className="govuk-heading-l">
          Meeting on {formatEventTime(m.startsAt, m.endsAt, lang)}
          {cancelled ? " (cancelled)" : ""}
        </h1>

        <h2 className="govuk-heading-m">Who said they can come</h2>
        {m.replies.length ? (
          <ul className="govuk-list">
            {m.replies.map((r, i) => (
              <li key={i}>
                {r.name} ({t(ATTENDEE_ROLE_LABELS[r.role]).toLowerCase()}): {REPLY_LABELS[r.reply]}
              </li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body">Nobody has answered yet.</p>
        )}

        {started && !cancelled ? (
          <PostForm intent="record" noValidate>
            <h2 className="govuk-heading-m">After the meeting</h2>
            <Textarea
              name="decisions"
              label="What the group decided"
              hint="One decision per line. This is published on the group's page: no names or personal details."
              rows={5}
              defaultValue={m.decisions}
            />
            <Textarea
              name="points"
              label="New points raised (optional)"
              hint="One per line. Each becomes a suggestion in “You said, we did”, and the members who came hear what happens to it."
              rows={5}
            />
            <Button>Save what happened</Button>
          </PostForm>
        ) : null}

        {!started && !cancelled ? (
          <>
            <h2 className="govuk-heading-m">Change the meeting</h2>
            <PostForm intent="details" noValidate>
              <MeetingFields
                defaults={{
                  date: londonDate(new Date(m.startsAt)),
                  startTime: londonWallClock(new Date(m.startsAt)).slice(11),
                  endTime: londonWallClock(new Date(m.endsAt)).slice(11),
                  place: m.place,
                  joiningLink: m.joiningLink,
                  papers: m.papers,
                }}
              />
              <Button>Save</Button>
            </PostForm>
            <PostForm intent="cancel">
              <h2 className="govuk-heading-m">Cancel the meeting</h2>
              <p className="govuk-body">Every member is emailed to say it is cancelled.</p>
              <Button warning>Cancel the meeting</Button>
            </PostForm>
          </>
        ) : null}
        <p className="govuk-body">
          <Link className="govuk-link" to={`/groups/${m.group.id}`}>
            See the group&apos;s public page
          </Link>
        </p>
      </div>
    </div>
  );
}

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { Button, ErrorSummary, PostForm, Textarea, useSavedKey } from "~/components/form";
import { BackLink } from "~/components/page";
import { requirePermission } from "~/modules/auth/permissions.server";
import { formatEventTime } from "~/modules/events/labels";
import { readMeetingForm, readRecordForm } from "~/modules/groups/forms.server";
import { MeetingFields } from "~/modules/groups/group-fields";
import { REPLY_LABELS } from "~/modules/groups/labels";
import { cancelMeeting, meetingForStaff, recordMeeting, updateMeeting } from "~/modules/groups/meetings.server";
import { londonDate, londonWallClock } from "~/utils/dates";
import { redirectWithMessage } from "~/utils/flash.server";
import { found, routeId } from "~/utils/query.server";
import { invalid } from "~/utils/validation.server";
import { metaText, useT } from "~/components/i18n";
import { translate } from "~/modules/i18n/catalogue.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? metaText("manage.meeting.metaTitle", { name: data.meeting.group.name }) : metaText("groups.title") },
];

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
      if (!updateMeeting(id, read.input)) return invalid(formData, { form: translate("manage.meeting.error.cancelled") });
      return redirectWithMessage(here, translate("manage.meeting.flash.saved"));
    }
    case "cancel":
      if (!cancelMeeting(id)) return invalid(formData, { form: translate("manage.meeting.error.past") });
      return redirectWithMessage(`/manage/groups/${meeting.group.id}`, translate("manage.meeting.flash.cancelled"));
    case "record": {
      const read = readRecordForm(formData);
      if (!read.ok) return invalid(formData, read.errors);
      const result = recordMeeting(id, read.input);
      if (!result.ok) return invalid(formData, { [result.field]: result.message });
      return redirectWithMessage(here, translate("manage.meeting.flash.recorded", { count: result.added }));
    }
    default:
      return invalid(formData, { form: translate("groups.error.chooseWhat") });
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
          {t(cancelled ? "manage.meeting.headingCancelled" : "manage.meeting.heading", { when: formatEventTime(m.startsAt, m.endsAt, lang) })}
        </h1>

        <h2 className="govuk-heading-m">{t("manage.meeting.whoComing")}</h2>
        {m.replies.length ? (
          <ul className="govuk-list">
            {m.replies.map((r, i) => (
              <li key={i}>{t("manage.meeting.reply", { name: r.name, role: r.role, reply: t(REPLY_LABELS[r.reply]) })}</li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body">{t("manage.meeting.noAnswers")}</p>
        )}

        {started && !cancelled ? (
          <PostForm intent="record" noValidate>
            <h2 className="govuk-heading-m">{t("manage.meeting.after")}</h2>
            <Textarea
              name="decisions"
              label={t("groups.record.decisions")}
              hint={t("manage.meeting.decisions.hint")}
              rows={5}
              defaultValue={m.decisions}
            />
            <Textarea name="points" label={t("manage.meeting.points")} hint={t("manage.meeting.points.hint")} rows={5} />
            <Button>{t("manage.meeting.saveRecord")}</Button>
          </PostForm>
        ) : null}

        {!started && !cancelled ? (
          <>
            <h2 className="govuk-heading-m">{t("manage.meeting.change")}</h2>
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
              <Button>{t("manage.groups.save")}</Button>
            </PostForm>
            <PostForm intent="cancel">
              <h2 className="govuk-heading-m">{t("manage.meeting.cancel")}</h2>
              <p className="govuk-body">{t("manage.meeting.cancelHint")}</p>
              <Button warning>{t("manage.meeting.cancel")}</Button>
            </PostForm>
          </>
        ) : null}
        <p className="govuk-body">
          <Link className="govuk-link" to={`/groups/${m.group.id}`}>
            {t("manage.meeting.publicPage")}
          </Link>
        </p>
      </div>
    </div>
  );
}

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { ATTENDEE_ROLES } from "~db/schema/enums";
import { Button, ErrorSummary, failureOf, PostForm, Radios, Textarea, useSavedKey } from "~/components/form";
import { BackLink } from "~/components/page";
import { requirePermission } from "~/modules/auth/permissions.server";
import { ATTENDEE_ROLE_LABELS, formatEventTime } from "~/modules/events/labels";
import { inviteSchema, readGroupForm, readMeetingForm } from "~/modules/groups/forms.server";
import { GroupFields, MeetingFields } from "~/modules/groups/group-fields";
import { groupForStaff, setGroupStatus, updateGroup } from "~/modules/groups/groups.server";
import { GROUP_STATUS_LABELS, MEMBERSHIP_LABELS } from "~/modules/groups/labels";
import { addMeeting } from "~/modules/groups/meetings.server";
import { decideMembership, invite } from "~/modules/groups/members.server";
import { listActionChoices } from "~/modules/strategy/strategy.server";
import { redirectWithMessage } from "~/utils/flash.server";
import { found, routeId } from "~/utils/query.server";
import { invalid, parseForm, searchedOnly } from "~/utils/validation.server";
import { useT } from "~/components/i18n";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `Manage ${data.group.name}` : "Group not found" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "group:manage");
  return json({ group: found(groupForStaff(routeId(params.id))), actions: listActionChoices() });
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requirePermission(request, "group:manage");
  const id = routeId(params.id);
  const group = found(groupForStaff(id));
  const here = `/manage/groups/${id}`;
  const formData = await request.formData();
  const searched = searchedOnly(formData);
  if (searched) return searched;
  switch (String(formData.get("intent") ?? "")) {
    case "details": {
      const read = readGroupForm(formData);
      if (!read.ok) return invalid(formData, read.errors);
      updateGroup(id, read.input);
      return redirectWithMessage(here, "Group saved.");
    }
    case "publish":
      setGroupStatus(id, "active");
      return redirectWithMessage(here, "Published. The group's page is public, with its members by role and never by name.");
    case "end":
      setGroupStatus(id, "ended");
      return redirectWithMessage(here, "The group has finished. Its page stays, with what it decided.");
    case "invite": {
      const parsed = parseForm(formData, inviteSchema);
      if (!parsed.ok) return invalid(formData, parsed.errors);
      const result = invite(id, parsed.data.emails, parsed.data.role);
      if (!result.ok) return invalid(formData, { emails: result.message });
      return redirectWithMessage(
        here,
        result.invited === 1 ? "1 person has been invited by email." : `${result.invited} people have been invited by email.`,
      );
    }
    case "decide": {
      const decision = String(formData.get("decision"));
      const memberId = Number(formData.get("memberId"));
      if ((decision !== "accept" && decision !== "decline" && decision !== "remove") || !Number.isSafeInteger(memberId))
        return invalid(formData, { form: "Choose someone and what to do" });
      const result = decideMembership(id, memberId, decision);
      if (!result.ok) return invalid(formData, { form: result.message });
      const said = {
        accept: "Accepted. They have been emailed.",
        decline: "Their request has been declined.",
        remove: "They are no longer a member.",
      };
      return redirectWithMessage(here, said[decision]);
    }
    case "meeting": {
      const read = readMeetingForm(formData);
      if (!read.ok) return invalid(formData, read.errors);
      if (group.status === "ended") return invalid(formData, { form: "The group has finished, so it has no more meetings" });
      const meetingId = addMeeting(id, read.input);
      return redirectWithMessage(
        `/manage/groups/meetings/${meetingId}`,
        "Meeting added. Members see it on the group's page and are reminded two days before.",
      );
    }
    default:
      return invalid(formData, { form: "Choose what to do" });
  }
}

export default function ManageGroup() {
  const { t, lang } = useT();
  const { group: g, actions } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const formsKey = useSavedKey(data);
  const asking = g.people.filter((p) => p.status === "applied");
  const inGroup = g.people.filter((p) => p.status === "member" || p.status === "invited");
  return (
    <div key={formsKey} className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/manage/groups">All groups</BackLink>
        <ErrorSummary />
        <span className="govuk-caption-l">Co-production group · {GROUP_STATUS_LABELS[g.status]}</span>
        <h1 className="govuk-heading-l">{g.name}</h1>
        {g.status !== "draft" ? (
          <p className="govuk-body">
            <Link className="govuk-link" to={`/groups/${g.id}`}>
              See its public page
            </Link>{" "}
            · {g.raised === 1 ? "1 point raised" : `${g.raised} points raised`} at its meetings, in{" "}
            <Link className="govuk-link" to="/manage/suggestions?from=groups">
              suggestions to triage
            </Link>
          </p>
        ) : null}
        {g.status === "draft" ? (
          <PostForm intent="publish">
            <p className="govuk-body">Nobody else can see this group yet. Publishing shows its page to everyone, with its members by role only.</p>
            <Button>Publish the group</Button>
          </PostForm>
        ) : null}

        {asking.length ? (
          <>
            <h2 className="govuk-heading-m">Asking to join</h2>
            <People people={asking} actions={["accept", "decline"]} />
          </>
        ) : null}

        <h2 className="govuk-heading-m">Members</h2>
        {inGroup.length ? <People people={inGroup} actions={["remove"]} /> : <p className="govuk-body">Nobody yet.</p>}

        {g.status === "active" ? (
          <PostForm intent="invite" noValidate>
            <h3 className="govuk-heading-s">Invite people</h3>
            <Textarea name="emails" label="Their email addresses" hint="They need an account. Put each address on its own line." rows={3} />
            <Radios
              name="role"
              legend="They will take part as"
              inline
              options={ATTENDEE_ROLES.map((role) => ({ value: role, label: t(ATTENDEE_ROLE_LABELS[role]) }))}
            />
            <Button secondary>Send invitations</Button>
          </PostForm>
        ) : null}

        <h2 className="govuk-heading-m">Meetings</h2>
        {g.meetings.length ? (
          <ul className="govuk-list">
            {g.meetings.map((m) => (
              <li key={m.id}>
                <Link className="govuk-link" to={`/manage/groups/meetings/${m.id}`}>
                  {formatEventTime(m.startsAt, m.endsAt, lang)}
                </Link>{" "}
                {m.cancelledAt ? "(cancelled)" : `· ${m.coming} coming${m.decisionsRecordedAt ? " · decisions recorded" : ""}`}
              </li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body">None yet.</p>
        )}
        {g.status !== "ended" ? (
          <details className="govuk-details" open={Boolean(failureOf(data, "meeting").errors)}>
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">Add a meeting</span>
            </summary>
            <div className="govuk-details__text">
              <PostForm intent="meeting" noValidate>
                <MeetingFields defaults={{ date: "", startTime: "17:00", endTime: "19:00", place: "", joiningLink: "", papers: "" }} />
                <Button secondary>Add the meeting</Button>
              </PostForm>
            </div>
          </details>
        ) : null}

        <h2 className="govuk-heading-m">About the group</h2>
        <PostForm intent="details" noValidate>
          <GroupFields
            defaults={{
              name: g.name,
              purpose: g.purpose,
              audience: g.audience,
              participationLevel: g.participationLevel,
              openToApplications: g.openToApplications,
              actionIds: g.actionIds.map(String),
            }}
            actions={actions}
          />
          <Button>Save</Button>
        </PostForm>

        {g.status === "active" ? (
          <PostForm intent="end">
            <h2 className="govuk-heading-m">When the work is done</h2>
            <p className="govuk-body">Ending the group keeps its page and what it decided, and stops new meetings and members.</p>
            <Button warning>End the group</Button>
          </PostForm>
        ) : null}
      </div>
    </div>
  );
}

type Person = ReturnType<typeof useLoaderData<typeof loader>>["group"]["people"][number];
const DECISION_WORDS = { accept: "Accept", decline: "Decline", remove: "Remove" } as const;

function People({ people, actions }: { people: Person[]; actions: (keyof typeof DECISION_WORDS)[] }) {
  const { t } = useT();
  return (
    <table className="govuk-table">
      <caption className="govuk-visually-hidden">People</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Name
          </th>
          <th scope="col" className="govuk-table__header">
            Taking part as
          </th>
          <th scope="col" className="govuk-table__header">
            Status
          </th>
          <th scope="col" className="govuk-table__header">
            <span className="govuk-visually-hidden">What to do</span>
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {people.map((p) => (
          <tr className="govuk-table__row" key={p.id}>
            <td className="govuk-table__cell">
              {p.name}
              <br />
              <span className="govuk-hint">{p.email}</span>
            </td>
            <td className="govuk-table__cell">{t(ATTENDEE_ROLE_LABELS[p.role])}</td>
            <td className="govuk-table__cell">{MEMBERSHIP_LABELS[p.status]}</td>
            <td className="govuk-table__cell">
              {actions.map((decision) => (
                <PostForm key={decision} intent="decide" className="app-inline-form">
                  <input type="hidden" name="memberId" value={p.id} />
                  <button type="submit" name="decision" value={decision} className="app-link-button govuk-link">
                    {DECISION_WORDS[decision]}
                    <span className="govuk-visually-hidden"> {p.name}</span>
                  </button>
                </PostForm>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

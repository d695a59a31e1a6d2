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
import { linkPart, metaText, useT } from "~/components/i18n";
import { translate } from "~/modules/i18n/catalogue.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? metaText("manage.groups.metaTitle", { name: data.group.name }) : metaText("groups.title") },
];

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
      return redirectWithMessage(here, translate("manage.groups.flash.saved"));
    }
    case "publish":
      setGroupStatus(id, "active");
      return redirectWithMessage(here, translate("manage.groups.flash.published"));
    case "end":
      setGroupStatus(id, "ended");
      return redirectWithMessage(here, translate("manage.groups.flash.ended"));
    case "invite": {
      const parsed = parseForm(formData, inviteSchema());
      if (!parsed.ok) return invalid(formData, parsed.errors);
      const result = invite(id, parsed.data.emails, parsed.data.role);
      if (!result.ok) return invalid(formData, { emails: result.message });
      return redirectWithMessage(here, translate("manage.groups.flash.invited", { count: result.invited }));
    }
    case "decide": {
      const decision = String(formData.get("decision"));
      const memberId = Number(formData.get("memberId"));
      if ((decision !== "accept" && decision !== "decline" && decision !== "remove") || !Number.isSafeInteger(memberId))
        return invalid(formData, { form: translate("manage.groups.error.chooseSomeone") });
      const result = decideMembership(id, memberId, decision);
      if (!result.ok) return invalid(formData, { form: result.message });
      const said = {
        accept: "manage.groups.flash.accepted",
        decline: "manage.groups.flash.declined",
        remove: "manage.groups.flash.removed",
      };
      return redirectWithMessage(here, translate(said[decision]));
    }
    case "meeting": {
      const read = readMeetingForm(formData);
      if (!read.ok) return invalid(formData, read.errors);
      if (group.status === "ended") return invalid(formData, { form: translate("manage.groups.error.ended") });
      const meetingId = addMeeting(id, read.input);
      return redirectWithMessage(`/manage/groups/meetings/${meetingId}`, translate("manage.groups.flash.meetingAdded"));
    }
    default:
      return invalid(formData, { form: translate("groups.error.chooseWhat") });
  }
}

export default function ManageGroup() {
  const { t, rich, lang } = useT();
  const { group: g, actions } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const formsKey = useSavedKey(data);
  const asking = g.people.filter((p) => p.status === "applied");
  const inGroup = g.people.filter((p) => p.status === "member" || p.status === "invited");
  return (
    <div key={formsKey} className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/manage/groups">{t("groups.all")}</BackLink>
        <ErrorSummary />
        <span className="govuk-caption-l">{t("groups.caption", { status: t(GROUP_STATUS_LABELS[g.status]) })}</span>
        <h1 className="govuk-heading-l">{g.name}</h1>
        {g.status !== "draft" ? (
          <p className="govuk-body">
            {rich("manage.groups.publicAndRaised", {
              page: linkPart(`/groups/${g.id}`),
              triage: linkPart("/manage/suggestions?from=groups"),
              count: g.raised,
            })}
          </p>
        ) : null}
        {g.status === "draft" ? (
          <PostForm intent="publish">
            <p className="govuk-body">{t("manage.groups.draftHint")}</p>
            <Button>{t("manage.groups.publish")}</Button>
          </PostForm>
        ) : null}

        {asking.length ? (
          <>
            <h2 className="govuk-heading-m">{t("manage.groups.asking")}</h2>
            <People people={asking} actions={["accept", "decline"]} />
          </>
        ) : null}

        <h2 className="govuk-heading-m">{t("groups.facts.members")}</h2>
        {inGroup.length ? <People people={inGroup} actions={["remove"]} /> : <p className="govuk-body">{t("manage.groups.nobody")}</p>}

        {g.status === "active" ? (
          <PostForm intent="invite" noValidate>
            <h3 className="govuk-heading-s">{t("manage.groups.invite")}</h3>
            <Textarea name="emails" label={t("manage.groups.emails")} hint={t("manage.groups.emails.hint")} rows={3} />
            <Radios
              name="role"
              legend={t("manage.groups.inviteRole")}
              inline
              options={ATTENDEE_ROLES.map((role) => ({ value: role, label: t(ATTENDEE_ROLE_LABELS[role]) }))}
            />
            <Button secondary>{t("manage.groups.sendInvitations")}</Button>
          </PostForm>
        ) : null}

        <h2 className="govuk-heading-m">{t("manage.groups.meetings")}</h2>
        {g.meetings.length ? (
          <ul className="govuk-list">
            {g.meetings.map((m) => (
              <li key={m.id}>
                <Link className="govuk-link" to={`/manage/groups/meetings/${m.id}`}>
                  {formatEventTime(m.startsAt, m.endsAt, lang)}
                </Link>{" "}
                {m.cancelledAt
                  ? t("manage.groups.meetingCancelled")
                  : t("manage.groups.meetingComing", { count: m.coming, recorded: m.decisionsRecordedAt ? "yes" : "no" })}
              </li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body">{t("manage.groups.noneYet")}</p>
        )}
        {g.status !== "ended" ? (
          <details className="govuk-details" open={Boolean(failureOf(data, "meeting").errors)}>
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">{t("manage.groups.addMeeting")}</span>
            </summary>
            <div className="govuk-details__text">
              <PostForm intent="meeting" noValidate>
                <MeetingFields defaults={{ date: "", startTime: "17:00", endTime: "19:00", place: "", joiningLink: "", papers: "" }} />
                <Button secondary>{t("manage.groups.addTheMeeting")}</Button>
              </PostForm>
            </div>
          </details>
        ) : null}

        <h2 className="govuk-heading-m">{t("manage.groups.about")}</h2>
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
          <Button>{t("manage.groups.save")}</Button>
        </PostForm>

        {g.status === "active" ? (
          <PostForm intent="end">
            <h2 className="govuk-heading-m">{t("manage.groups.whenDone")}</h2>
            <p className="govuk-body">{t("manage.groups.endHint")}</p>
            <Button warning>{t("manage.groups.end")}</Button>
          </PostForm>
        ) : null}
      </div>
    </div>
  );
}

type Person = ReturnType<typeof useLoaderData<typeof loader>>["group"]["people"][number];
const DECISION_WORDS = { accept: "manage.groups.accept", decline: "manage.groups.decline", remove: "manage.groups.remove" } as const;

function People({ people, actions }: { people: Person[]; actions: (keyof typeof DECISION_WORDS)[] }) {
  const { t } = useT();
  return (
    <table className="govuk-table">
      <caption className="govuk-visually-hidden">{t("manage.groups.people")}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            {t("manage.groups.name")}
          </th>
          <th scope="col" className="govuk-table__header">
            {t("manage.groups.takingPartAs")}
          </th>
          <th scope="col" className="govuk-table__header">
            {t("groups.statusLabel")}
          </th>
          <th scope="col" className="govuk-table__header">
            <span className="govuk-visually-hidden">{t("manage.groups.whatToDo")}</span>
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
            <td className="govuk-table__cell">{t(MEMBERSHIP_LABELS[p.status])}</td>
            <td className="govuk-table__cell">
              {actions.map((decision) => (
                <PostForm key={decision} intent="decide" className="app-inline-form">
                  <input type="hidden" name="memberId" value={p.id} />
                  <button type="submit" name="decision" value={decision} className="app-link-button govuk-link">
                    {t(DECISION_WORDS[decision])}
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

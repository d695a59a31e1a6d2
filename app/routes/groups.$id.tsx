import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ATTENDEE_ROLES } from "~db/schema/enums";
import { Button, ErrorSummary, PostForm, Radios } from "~/components/form";
import { BackLink } from "~/components/page";
import { ParticipationLevelNote } from "~/components/participation";
import { SuggestionStatusTag } from "~/components/status";
import { LinkedActions } from "~/components/suggestion";
import { getUser, requireUser } from "~/modules/auth/session.server";
import { ATTENDEE_ROLE_LABELS, formatEventTime } from "~/modules/events/labels";
import { roleSchema, replySchema } from "~/modules/groups/forms.server";
import { publicGroup, viewerOfGroup } from "~/modules/groups/groups.server";
import { GROUP_STATUS_LABELS, REPLY_CHOICES, REPLY_LABELS } from "~/modules/groups/labels";
import { replyToMeeting } from "~/modules/groups/meetings.server";
import { answerInvitation, applyToJoin, leaveGroup, MEMBERSHIP_CONSENT } from "~/modules/groups/members.server";
import { found, routeId } from "~/utils/query.server";
import type { PageHandle } from "~/utils/page-handle";
import { GroupFacts } from "~/modules/groups/group-fields";
import { redirectWithMessage } from "~/utils/flash.server";
import { invalid, parseForm } from "~/utils/validation.server";
import { formatDate, londonDate } from "~/utils/dates";
import { useT } from "~/components/i18n";

// A group's page. Everyone sees what it is for, its members by role (never names), when it meets
// and what it decided; a signed-in person can ask to join or answer an invitation, and members see
// where each meeting is, its papers, and say whether they can come.

export const handle: PageHandle = { publicPage: "shared each minute" };

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.group.name}: co-production group` : "Group not found" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const group = found(publicGroup(routeId(params.id)));
  const user = await getUser(request);
  return json({ group, signedIn: Boolean(user), viewer: user ? viewerOfGroup(group.id, user.id) : null });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const groupId = routeId(params.id);
  const here = `/groups/${groupId}`;
  const user = await requireUser(request);
  found(publicGroup(groupId));
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  if (intent === "apply") {
    const parsed = parseForm(formData, roleSchema);
    if (!parsed.ok) return invalid(formData, parsed.errors);
    const result = applyToJoin(groupId, user.id, parsed.data.role);
    if (!result.ok) return invalid(formData, { form: result.message });
    return redirectWithMessage(here, "Thank you. The organiser will let you know by email.");
  }
  if (intent === "accept" || intent === "decline") {
    const result = answerInvitation(groupId, user.id, intent === "accept");
    if (!result.ok) return invalid(formData, { form: result.message });
    return redirectWithMessage(here, intent === "accept" ? "Welcome to the group. Its meetings are below." : "You have said no to the invitation.");
  }
  if (intent === "leave") {
    const result = leaveGroup(groupId, user.id);
    if (!result.ok) return invalid(formData, { form: result.message });
    return redirectWithMessage(here, "You are no longer in this group.");
  }
  if (intent.startsWith("reply-")) {
    const meetingId = Number(intent.slice("reply-".length));
    if (!Number.isSafeInteger(meetingId)) return invalid(formData, { form: "Choose a meeting" });
    const parsed = parseForm(formData, replySchema(meetingId));
    if (!parsed.ok) return invalid(formData, parsed.errors);
    if (!replyToMeeting(meetingId, user.id, parsed.data[`reply${meetingId}`]!))
      return invalid(formData, { form: "That meeting has passed or was cancelled" });
    return redirectWithMessage(`${here}#meeting-${meetingId}`, "Thank you for letting us know.");
  }
  return invalid(formData, { form: "Choose what to do" });
}

export default function Group() {
  const { lang } = useT();
  const { group: g, signedIn, viewer } = useLoaderData<typeof loader>();
  const membership = viewer?.membership ?? null;
  const member = membership?.status === "member";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/groups">All groups</BackLink>
        <ErrorSummary />
        <span className="govuk-caption-l">Co-production group · {GROUP_STATUS_LABELS[g.status]}</span>
        <h1 className="govuk-heading-xl">{g.name}</h1>
        <ParticipationLevelNote level={g.participationLevel} />
        <p className="govuk-body-l app-comment">{g.purpose}</p>
        <GroupFacts group={g} />

        <Membership group={g} signedIn={signedIn} membership={membership} />

        <LinkedActions actions={g.actions} />

        <h2 className="govuk-heading-m">Meetings coming up</h2>
        {member ? <MemberMeetings meetings={viewer!.meetings} /> : null}
        {!member && g.upcoming.length === 0 ? <p className="govuk-body">None arranged yet.</p> : null}
        {!member && g.upcoming.length ? (
          <>
            <ul className="govuk-list">
              {g.upcoming.map((m) => (
                <li key={m.id}>
                  {formatEventTime(m.startsAt, m.endsAt, lang)}
                  {m.cancelled ? <strong className="govuk-tag govuk-tag--red govuk-!-margin-left-2">Cancelled</strong> : null}
                </li>
              ))}
            </ul>
            <p className="govuk-body">Where each meeting is, and its papers, are shown to members.</p>
          </>
        ) : null}

        <h2 className="govuk-heading-m">What the group decided</h2>
        {g.past.filter((m) => m.decisions).length === 0 ? <p className="govuk-body">Nothing recorded yet.</p> : null}
        {g.past
          .filter((m) => m.decisions)
          .map((m) => (
            <section key={m.id} aria-labelledby={`decided-${m.id}`}>
              <h3 className="govuk-heading-s" id={`decided-${m.id}`}>
                At the meeting on {formatDate(londonDate(new Date(m.startsAt)))}
              </h3>
              <ul className="govuk-list govuk-list--bullet">
                {m.decisions.split("\n").map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </section>
          ))}

        <h2 className="govuk-heading-m">What members raised, and what happened</h2>
        {g.raised.length === 0 ? <p className="govuk-body">Points raised at meetings appear here once they are published.</p> : null}
        <ul className="govuk-list">
          {g.raised.map((s) => (
            <li key={s.id}>
              <Link className="govuk-link" to={`/you-said-we-did/${s.id}`}>
                {s.reference}
              </Link>{" "}
              {s.publicWording} <SuggestionStatusTag status={s.status} />
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

type Data = ReturnType<typeof useLoaderData<typeof loader>>;

function Membership({
  group: g,
  signedIn,
  membership,
}: {
  group: Data["group"];
  signedIn: boolean;
  membership: NonNullable<Data["viewer"]>["membership"];
}) {
  const { t } = useT();
  if (g.status !== "active") return null;
  if (membership?.status === "member")
    return (
      <div className="govuk-inset-text">
        <p className="govuk-body">You are a member of this group, as a {t(ATTENDEE_ROLE_LABELS[membership.role]).toLowerCase()}.</p>
        <PostForm intent="leave">
          <Button secondary>Leave the group</Button>
        </PostForm>
      </div>
    );
  if (membership?.status === "invited")
    return (
      <div className="govuk-inset-text">
        <h2 className="govuk-heading-m">You are invited to join</h2>
        <p className="govuk-body">{MEMBERSHIP_CONSENT}</p>
        <div className="govuk-button-group">
          <PostForm intent="accept">
            <Button>Join the group</Button>
          </PostForm>
          <PostForm intent="decline">
            <Button secondary>No, thank you</Button>
          </PostForm>
        </div>
      </div>
    );
  if (membership?.status === "applied")
    return (
      <div className="govuk-inset-text">
        <p className="govuk-body">You have asked to join. The organiser will let you know by email.</p>
        <PostForm intent="leave">
          <Button secondary>Withdraw my request</Button>
        </PostForm>
      </div>
    );
  if (!g.openToApplications) return <p className="govuk-body">This group is not taking new members at the moment.</p>;
  if (!signedIn)
    return (
      <p className="govuk-body">
        <Link className="govuk-link" to={`/sign-in?redirectTo=${encodeURIComponent(`/groups/${g.id}`)}`}>
          Sign in
        </Link>{" "}
        or{" "}
        <Link className="govuk-link" to="/sign-up">
          create an account
        </Link>{" "}
        to ask to join this group.
      </p>
    );
  return (
    <PostForm intent="apply" noValidate>
      <h2 className="govuk-heading-m">Ask to join</h2>
      <Radios
        name="role"
        legend="How would you take part?"
        options={ATTENDEE_ROLES.map((role) => ({ value: role, label: t(ATTENDEE_ROLE_LABELS[role]) }))}
      />
      <p className="govuk-body">{MEMBERSHIP_CONSENT}</p>
      <Button>Ask to join</Button>
    </PostForm>
  );
}

function MemberMeetings({ meetings }: { meetings: NonNullable<Data["viewer"]>["meetings"] }) {
  const { lang } = useT();
  if (!meetings.length) return <p className="govuk-body">None arranged yet. We will email you when the next one is.</p>;
  return (
    <>
      {meetings.map((m) => (
        <section key={m.id} id={`meeting-${m.id}`} className="app-suggestion" aria-labelledby={`meeting-${m.id}-heading`}>
          <h3 className="govuk-heading-s" id={`meeting-${m.id}-heading`}>
            {formatEventTime(m.startsAt, m.endsAt, lang)}
          </h3>
          <dl className="govuk-summary-list govuk-summary-list--no-border">
            {m.place ? (
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Where</dt>
                <dd className="govuk-summary-list__value app-comment">{m.place}</dd>
              </div>
            ) : null}
            {m.joiningLink ? (
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Online</dt>
                <dd className="govuk-summary-list__value">
                  <a className="govuk-link" href={m.joiningLink} rel="noreferrer">
                    Join the meeting online
                  </a>
                </dd>
              </div>
            ) : null}
            {m.papers ? (
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Papers</dt>
                <dd className="govuk-summary-list__value app-comment">{m.papers}</dd>
              </div>
            ) : null}
          </dl>
          <PostForm intent={`reply-${m.id}`} noValidate>
            <Radios
              name={`reply${m.id}`}
              legend="Can you come?"
              inline
              options={REPLY_CHOICES.map((r) => ({ value: r, label: REPLY_LABELS[r] }))}
              defaultValue={m.reply ?? ""}
            />
            <Button secondary>
              Send my answer<span className="govuk-visually-hidden"> for {formatEventTime(m.startsAt, m.endsAt, lang)}</span>
            </Button>
          </PostForm>
        </section>
      ))}
    </>
  );
}

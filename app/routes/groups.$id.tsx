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
import { answerInvitation, applyToJoin, leaveGroup } from "~/modules/groups/members.server";
import { translate } from "~/modules/i18n/catalogue.server";
import { found, routeId } from "~/utils/query.server";
import type { PageHandle } from "~/utils/page-handle";
import { GroupFacts } from "~/modules/groups/group-fields";
import { redirectWithMessage } from "~/utils/flash.server";
import { invalid, parseForm } from "~/utils/validation.server";
import { formatDate, londonDate } from "~/utils/dates";
import { linkPart, metaText, useT } from "~/components/i18n";

// A group's page. Everyone sees what it is for, its members by role (never names), when it meets
// and what it decided; a signed-in person can ask to join or answer an invitation, and members see
// where each meeting is, its papers, and say whether they can come.

export const handle: PageHandle = { publicPage: "shared each minute", hydrate: false };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? metaText("groups.page.metaTitle", { name: data.group.name }) : metaText("groups.title") },
];

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
    const parsed = parseForm(formData, roleSchema());
    if (!parsed.ok) return invalid(formData, parsed.errors);
    const result = applyToJoin(groupId, user.id, parsed.data.role);
    if (!result.ok) return invalid(formData, { form: result.message });
    return redirectWithMessage(here, translate("groups.flash.applied"));
  }
  if (intent === "accept" || intent === "decline") {
    const result = answerInvitation(groupId, user.id, intent === "accept");
    if (!result.ok) return invalid(formData, { form: result.message });
    return redirectWithMessage(here, intent === "accept" ? translate("groups.flash.welcome") : translate("groups.flash.declined"));
  }
  if (intent === "leave") {
    const result = leaveGroup(groupId, user.id);
    if (!result.ok) return invalid(formData, { form: result.message });
    return redirectWithMessage(here, translate("groups.flash.left"));
  }
  if (intent.startsWith("reply-")) {
    const meetingId = Number(intent.slice("reply-".length));
    if (!Number.isSafeInteger(meetingId)) return invalid(formData, { form: translate("groups.error.chooseMeeting") });
    const parsed = parseForm(formData, replySchema(meetingId));
    if (!parsed.ok) return invalid(formData, parsed.errors);
    if (!replyToMeeting(meetingId, user.id, parsed.data[`reply${meetingId}`]!))
      return invalid(formData, { form: translate("groups.error.meetingPassed") });
    return redirectWithMessage(`${here}#meeting-${meetingId}`, translate("groups.flash.replied"));
  }
  return invalid(formData, { form: translate("groups.error.chooseWhat") });
}

export default function Group() {
  const { t, lang } = useT();
  const { group: g, signedIn, viewer } = useLoaderData<typeof loader>();
  const membership = viewer?.membership ?? null;
  const member = membership?.status === "member";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/groups">{t("groups.all")}</BackLink>
        <ErrorSummary />
        <span className="govuk-caption-l">{t("groups.caption", { status: t(GROUP_STATUS_LABELS[g.status]) })}</span>
        <h1 className="govuk-heading-xl">{g.name}</h1>
        <ParticipationLevelNote level={g.participationLevel} />
        <p className="govuk-body-l app-comment">{g.purpose}</p>
        <GroupFacts group={g} />

        <Membership group={g} signedIn={signedIn} membership={membership} />

        <LinkedActions actions={g.actions} />

        <h2 className="govuk-heading-m">{t("groups.comingUp")}</h2>
        {member ? <MemberMeetings meetings={viewer!.meetings} /> : null}
        {!member && g.upcoming.length === 0 ? <p className="govuk-body">{t("groups.noneArranged")}</p> : null}
        {!member && g.upcoming.length ? (
          <>
            <ul className="govuk-list">
              {g.upcoming.map((m) => (
                <li key={m.id}>
                  {formatEventTime(m.startsAt, m.endsAt, lang)}
                  {m.cancelled ? <strong className="govuk-tag govuk-tag--red govuk-!-margin-left-2">{t("groups.cancelled")}</strong> : null}
                </li>
              ))}
            </ul>
            <p className="govuk-body">{t("groups.membersSee")}</p>
          </>
        ) : null}

        <h2 className="govuk-heading-m">{t("groups.decided")}</h2>
        {g.past.filter((m) => m.decisions).length === 0 ? <p className="govuk-body">{t("groups.nothingRecorded")}</p> : null}
        {g.past
          .filter((m) => m.decisions)
          .map((m) => (
            <section key={m.id} aria-labelledby={`decided-${m.id}`}>
              <h3 className="govuk-heading-s" id={`decided-${m.id}`}>
                {t("groups.atMeeting", { date: formatDate(londonDate(new Date(m.startsAt)), lang) })}
              </h3>
              <ul className="govuk-list govuk-list--bullet">
                {m.decisions.split("\n").map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </section>
          ))}

        <h2 className="govuk-heading-m">{t("groups.raised")}</h2>
        {g.raised.length === 0 ? <p className="govuk-body">{t("groups.raisedNone")}</p> : null}
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
  const { t, rich } = useT();
  if (g.status !== "active") return null;
  if (membership?.status === "member")
    return (
      <div className="govuk-inset-text">
        <p className="govuk-body">{t("groups.youAreMember", { role: membership.role })}</p>
        <PostForm intent="leave">
          <Button secondary>{t("groups.leave")}</Button>
        </PostForm>
      </div>
    );
  if (membership?.status === "invited")
    return (
      <div className="govuk-inset-text">
        <h2 className="govuk-heading-m">{t("groups.invited")}</h2>
        <p className="govuk-body">{t("groups.consent")}</p>
        <div className="govuk-button-group">
          <PostForm intent="accept">
            <Button>{t("groups.join")}</Button>
          </PostForm>
          <PostForm intent="decline">
            <Button secondary>{t("groups.noThanks")}</Button>
          </PostForm>
        </div>
      </div>
    );
  if (membership?.status === "applied")
    return (
      <div className="govuk-inset-text">
        <p className="govuk-body">{t("groups.asked")}</p>
        <PostForm intent="leave">
          <Button secondary>{t("groups.withdraw")}</Button>
        </PostForm>
      </div>
    );
  if (!g.openToApplications) return <p className="govuk-body">{t("groups.notTaking")}</p>;
  if (!signedIn)
    return (
      <p className="govuk-body">
        {rich("groups.signInToJoin", {
          signIn: linkPart(`/sign-in?redirectTo=${encodeURIComponent(`/groups/${g.id}`)}`),
          signUp: linkPart("/sign-up"),
        })}
      </p>
    );
  return (
    <PostForm intent="apply" noValidate>
      <h2 className="govuk-heading-m">{t("groups.askToJoin")}</h2>
      <Radios
        name="role"
        legend={t("groups.howTakePart")}
        options={ATTENDEE_ROLES.map((role) => ({ value: role, label: t(ATTENDEE_ROLE_LABELS[role]) }))}
      />
      <p className="govuk-body">{t("groups.consent")}</p>
      <Button>{t("groups.askToJoin")}</Button>
    </PostForm>
  );
}

function MemberMeetings({ meetings }: { meetings: NonNullable<Data["viewer"]>["meetings"] }) {
  const { t, lang } = useT();
  if (!meetings.length) return <p className="govuk-body">{t("groups.noneArrangedMember")}</p>;
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
                <dt className="govuk-summary-list__key">{t("groups.meeting.where")}</dt>
                <dd className="govuk-summary-list__value app-comment">{m.place}</dd>
              </div>
            ) : null}
            {m.joiningLink ? (
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{t("groups.online")}</dt>
                <dd className="govuk-summary-list__value">
                  <a className="govuk-link" href={m.joiningLink} rel="noreferrer">
                    {t("groups.joinOnline")}
                  </a>
                </dd>
              </div>
            ) : null}
            {m.papers ? (
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{t("groups.meeting.papersName")}</dt>
                <dd className="govuk-summary-list__value app-comment">{m.papers}</dd>
              </div>
            ) : null}
          </dl>
          <PostForm intent={`reply-${m.id}`} noValidate>
            <Radios
              name={`reply${m.id}`}
              legend={t("groups.canYouCome")}
              inline
              options={REPLY_CHOICES.map((r) => ({ value: r, label: t(REPLY_LABELS[r]) }))}
              defaultValue={m.reply ?? ""}
            />
            <Button secondary>
              {t("groups.sendAnswer")}
              <span className="govuk-visually-hidden"> {t("groups.sendAnswerFor", { when: formatEventTime(m.startsAt, m.endsAt, lang) })}</span>
            </Button>
          </PostForm>
        </section>
      ))}
    </>
  );
}

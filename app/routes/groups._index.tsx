import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ParticipationLevelNote } from "~/components/participation";
import { formatDate, londonDate } from "~/utils/dates";
import { listPublicGroups } from "~/modules/groups/groups.server";
import { can } from "~/modules/auth/permissions.server";
import { getUser } from "~/modules/auth/session.server";
import { GROUP_STATUS_LABELS } from "~/modules/groups/labels";
import type { PageHandle } from "~/utils/page-handle";
import { GroupFacts } from "~/modules/groups/group-fields";

export const handle: PageHandle = { publicPage: "shared each minute" };

export const meta: MetaFunction = () => [{ title: "Co-production groups" }];

export async function loader({ request }: LoaderFunctionArgs) {
  // Only signed-in pages differ (the link for organisers), and those are never taken from the shared cache.
  return json({ groups: listPublicGroups(), canManage: can(await getUser(request), "group:manage") });
}

export default function Groups() {
  const { groups, canManage } = useLoaderData<typeof loader>();
  const meeting = groups.filter((g) => g.status === "active");
  const finished = groups.filter((g) => g.status === "ended");
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Co-production groups</h1>
        <p className="govuk-body-l">
          Groups of parents, carers and young people who work with the council and health services on one part of the SEND strategy, meeting regularly
          until the work is done.
        </p>
        {canManage ? (
          <p className="govuk-body">
            <Link className="govuk-link" to="/manage/groups">
              Manage groups
            </Link>
          </p>
        ) : null}
        {meeting.length === 0 ? <p className="govuk-body">No groups are meeting at the moment.</p> : null}
        {meeting.map((g) => (
          <GroupSummary key={g.id} group={g} />
        ))}
        {finished.length ? (
          <>
            <h2 className="govuk-heading-l">Groups that have finished</h2>
            {finished.map((g) => (
              <GroupSummary key={g.id} group={g} />
            ))}
          </>
        ) : null}
      </div>
    </div>
  );
}

function GroupSummary({ group: g }: { group: ReturnType<typeof useLoaderData<typeof loader>>["groups"][number] }) {
  return (
    <section className="app-suggestion" aria-labelledby={`group-${g.id}`}>
      <h2 className="govuk-heading-m" id={`group-${g.id}`}>
        <Link className="govuk-link" to={`/groups/${g.id}`}>
          {g.name}
        </Link>
      </h2>
      <ParticipationLevelNote level={g.participationLevel} />
      <p className="govuk-body">{g.purpose}</p>
      <GroupFacts group={g} border={false}>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{g.status === "active" ? "Next meeting" : "Status"}</dt>
          <dd className="govuk-summary-list__value">
            {g.status === "ended" ? GROUP_STATUS_LABELS.ended : g.nextMeeting ? formatDate(londonDate(new Date(g.nextMeeting))) : "To be arranged"}
            {g.openToApplications ? <> · Open to new members</> : null}
          </dd>
        </div>
      </GroupFacts>
    </section>
  );
}

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
import { metaText, useT } from "~/components/i18n";

export const handle: PageHandle = { publicPage: "shared each minute", hydrate: false };

export const meta: MetaFunction = () => [{ title: metaText("groups.title") }];

export async function loader({ request }: LoaderFunctionArgs) {
  // Only signed-in pages differ (the link for organisers), and those are never taken from the shared cache.
  return json({ groups: listPublicGroups(), canManage: can(await getUser(request), "group:manage") });
}

export default function Groups() {
  const { groups, canManage } = useLoaderData<typeof loader>();
  const meeting = groups.filter((g) => g.status === "active");
  const finished = groups.filter((g) => g.status === "ended");
  const { t } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">{t("groups.title")}</h1>
        <p className="govuk-body-l">{t("groups.lead")}</p>
        {canManage ? (
          <p className="govuk-body">
            <Link className="govuk-link" to="/manage/groups">
              {t("groups.manage")}
            </Link>
          </p>
        ) : null}
        {meeting.length === 0 ? <p className="govuk-body">{t("groups.noneMeeting")}</p> : null}
        {meeting.map((g) => (
          <GroupSummary key={g.id} group={g} />
        ))}
        {finished.length ? (
          <>
            <h2 className="govuk-heading-l">{t("groups.finished")}</h2>
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
  const { t, lang } = useT();
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
          <dt className="govuk-summary-list__key">{g.status === "active" ? t("groups.nextMeeting") : t("groups.statusLabel")}</dt>
          <dd className="govuk-summary-list__value">
            {g.status === "ended"
              ? t(GROUP_STATUS_LABELS.ended)
              : g.nextMeeting
                ? formatDate(londonDate(new Date(g.nextMeeting)), lang)
                : t("groups.toBeArranged")}
            {g.openToApplications ? ` · ${t("groups.openToNew")}` : null}
          </dd>
        </div>
      </GroupFacts>
    </section>
  );
}

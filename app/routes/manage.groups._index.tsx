import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Button, ErrorSummary, PostForm } from "~/components/form";
import { requirePermission } from "~/modules/auth/permissions.server";
import { readGroupForm } from "~/modules/groups/forms.server";
import { GroupFields } from "~/modules/groups/group-fields";
import { createGroup, listGroupsForStaff } from "~/modules/groups/groups.server";
import { GROUP_STATUS_LABELS, membersInWords } from "~/modules/groups/labels";
import { listActionChoices } from "~/modules/strategy/strategy.server";
import { redirectWithMessage } from "~/utils/flash.server";
import { invalid, searchedOnly } from "~/utils/validation.server";
import { metaText, useT } from "~/components/i18n";
import { translate } from "~/modules/i18n/catalogue.server";

export const meta: MetaFunction = () => [{ title: metaText("groups.title") }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "group:manage");
  return json({ groups: listGroupsForStaff(), actions: listActionChoices() });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "group:manage");
  const formData = await request.formData();
  const searched = searchedOnly(formData);
  if (searched) return searched;
  const read = readGroupForm(formData);
  if (!read.ok) return invalid(formData, read.errors);
  const id = createGroup(read.input, user.id);
  return redirectWithMessage(`/manage/groups/${id}`, translate("manage.groups.flash.created"));
}

export default function ManageGroups() {
  const { groups, actions } = useLoaderData<typeof loader>();
  const { t } = useT();
  return (
    <>
      <ErrorSummary />
      <h1 className="govuk-heading-l">{t("groups.title")}</h1>
      {groups.length ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">{t("manage.groups.every")}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                {t("manage.groups.group")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("groups.statusLabel")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("groups.facts.members")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("manage.groups.asking")}
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {groups.map((g) => (
              <tr className="govuk-table__row" key={g.id}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/manage/groups/${g.id}`}>
                    {g.name}
                  </Link>
                </td>
                <td className="govuk-table__cell">{t(GROUP_STATUS_LABELS[g.status])}</td>
                <td className="govuk-table__cell">{membersInWords(g.members, t)}</td>
                <td className="govuk-table__cell">{g.applications}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="govuk-body">{t("manage.groups.none")}</p>
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">{t("manage.groups.start")}</h2>
          <p className="govuk-body">{t("manage.groups.startHint")}</p>
          <PostForm noValidate>
            <GroupFields
              defaults={{ name: "", purpose: "", audience: "", participationLevel: "co_design", openToApplications: true, actionIds: [] }}
              actions={actions}
            />
            <Button>{t("manage.groups.saveDraft")}</Button>
          </PostForm>
        </div>
      </div>
    </>
  );
}

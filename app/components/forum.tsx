import { Link } from "@remix-run/react";
import { useT } from "./i18n";

/** The link to the updates to pass on through the forum, with how many wait: a list item. */
export function ForumLink({ count }: { count: number }) {
  const { t } = useT();
  return (
    <li>
      <Link className="govuk-link" to="/manage/forum">
        {t("forum.link")}
      </Link>{" "}
      {t("forum.linkCount", { count })}
    </li>
  );
}

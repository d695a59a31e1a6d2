import type { MetaFunction } from "@remix-run/node";
import { metaText, useT, linkPart } from "~/components/i18n";

export const meta: MetaFunction = () => [{ title: metaText("account.deleted.title") }];

export default function AccountDeleted() {
  const { t, rich } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <div className="govuk-panel govuk-panel--confirmation">
          <h1 className="govuk-panel__title">{t("account.deleted.title")}</h1>
        </div>
        <p className="govuk-body">{t("account.deleted.erased")}</p>
        <p className="govuk-body">
          {rich("account.deleted.still", {
            link: linkPart("/tell-us"),
          })}
        </p>
      </div>
    </div>
  );
}

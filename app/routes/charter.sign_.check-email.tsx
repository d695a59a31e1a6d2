import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { metaText, useT } from "~/components/i18n";

export const meta: MetaFunction = () => [{ title: metaText("suggestionPage.checkEmail") }];

export default function CharterCheckEmail() {
  const { t } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t("suggestionPage.checkEmail")}</h1>
        <p className="govuk-body">{t("charterSign.checkEmail")}</p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/charter">
            {t("charterSign.backToCharter")}
          </Link>
        </p>
      </div>
    </div>
  );
}

import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { metaText, useT } from "~/components/i18n";

export const meta: MetaFunction = () => [{ title: metaText("auth.signedOut.title") }];

export default function SignedOut() {
  const { t } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t("auth.signedOut.title")}</h1>
        <p className="govuk-body">
          <Link className="govuk-link" to="/sign-in">
            {t("auth.signedOut.again")}
          </Link>
        </p>
      </div>
    </div>
  );
}

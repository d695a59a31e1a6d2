import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { metaText, useT } from "~/components/i18n";

export const meta: MetaFunction = () => [{ title: metaText("tellUs.thanks.title") }];

// Where a post that looks automated is sent: a plain thank-you with nothing saved.
export default function Thanks() {
  const { t } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t("tellUs.thanks.title")}</h1>
        <p className="govuk-body">
          <Link className="govuk-link" to="/you-said-we-did">
            {t("tellUs.thanks.seeWhatWeDid")}
          </Link>
        </p>
      </div>
    </div>
  );
}

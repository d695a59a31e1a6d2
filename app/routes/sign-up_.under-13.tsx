import type { MetaFunction } from "@remix-run/node";
import { metaText, useT, linkPart } from "~/components/i18n";

export const meta: MetaFunction = () => [{ title: metaText("auth.under13.title") }];

// Where the sign-up form sends under-13s. Nothing they typed was kept.
export default function UnderThirteen() {
  const { t, rich } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t("auth.under13.title")}</h1>
        <p className="govuk-body">{t("auth.under13.notKept")}</p>
        <p className="govuk-body">{t("auth.under13.still")}</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>{rich("auth.under13.tellUs", { link: linkPart("/tell-us") })}</li>
          <li>{t("auth.under13.ask")}</li>
          <li>{rich("auth.under13.survey", { link: linkPart("/surveys") })}</li>
        </ul>
      </div>
    </div>
  );
}

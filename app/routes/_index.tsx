import { Link } from "@remix-run/react";
import { useT, linkPart } from "~/components/i18n";
import { useRootData } from "~/root";
import type { PageHandle } from "~/utils/page-handle";

export const handle: PageHandle = { publicPage: "shared", hydrate: false };

export default function Home() {
  const data = useRootData();
  const { t, rich } = useT();
  const areaName = data?.area.areaName;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">{areaName ? t("home.heading", { areaName }) : t("home.headingNoArea")}</h1>
        <p className="govuk-body-l">{t("home.lead")}</p>
        <div className="govuk-button-group">
          <Link to="/tell-us" className="govuk-button" data-module="govuk-button">
            {t("home.tellUs")}
          </Link>
          <Link to="/you-said-we-did" className="govuk-link">
            {t("home.seeWhatWeDid")}
          </Link>
        </div>
        <p className="govuk-body">
          {rich("home.strategy", {
            link: linkPart("/strategy"),
          })}
        </p>
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" to="/surveys">
              {t("home.surveys")}
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to="/events">
              {t("home.events")}
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to="/reviews">
              {t("home.reviews")}
            </Link>
          </li>
        </ul>
        {data?.user ? (
          <p className="govuk-body">
            {t("home.signedInAs", { name: data.user.name })}{" "}
            <Link className="govuk-link" to="/account">
              {t("home.goToAccount")}
            </Link>
          </p>
        ) : (
          <>
            <h2 className="govuk-heading-m">{t("home.account.heading")}</h2>
            <p className="govuk-body">{t("home.account.why")}</p>
            <div className="govuk-button-group">
              <Link to="/sign-up" className="govuk-button govuk-button--secondary" data-module="govuk-button">
                {t("home.account.create")}
              </Link>
              <Link to="/sign-in" className="govuk-link">
                {t("nav.signIn")}
              </Link>
            </div>
          </>
        )}
      </div>
    </div>
  );
}

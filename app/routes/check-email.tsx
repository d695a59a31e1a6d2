import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { metaText, useT } from "~/components/i18n";

export const meta: MetaFunction = () => [{ title: metaText("suggestionPage.checkEmail") }];

const MESSAGES = {
  "sign-up": "checkEmail.signUp",
  reset: "checkEmail.reset",
  link: "checkEmail.link",
  booking: "checkEmail.booking",
} as const;

export function loader({ request }: LoaderFunctionArgs) {
  const reason = new URL(request.url).searchParams.get("reason");
  const key = reason && reason in MESSAGES ? (reason as keyof typeof MESSAGES) : "sign-up";
  return json({ message: MESSAGES[key] });
}

export default function CheckEmail() {
  const { message } = useLoaderData<typeof loader>();
  const { t } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t("suggestionPage.checkEmail")}</h1>
        <p className="govuk-body">{t(message)}</p>
        <p className="govuk-body">{t("checkEmail.spam")}</p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/sign-in">
            {t("checkEmail.signIn")}
          </Link>
        </p>
      </div>
    </div>
  );
}

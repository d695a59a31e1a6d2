import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { BackLink } from "~/components/page";
import { PersonData } from "~/components/person-data";
import { requireUser } from "~/modules/auth/session.server";
import { personData, personDataLabels } from "~/modules/privacy/your-data.server";
import { found } from "~/utils/query.server";
import { metaText, useT } from "~/components/i18n";

export const meta: MetaFunction = () => [{ title: metaText("account.data") }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json({ data: found(personData(user.id)), labels: personDataLabels() });
}

export default function YourData() {
  const { data, labels } = useLoaderData<typeof loader>();
  const { t } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/account">{t("nav.account")}</BackLink>
        <h1 className="govuk-heading-l">{t("account.data")}</h1>
        <p className="govuk-body">{t("account.data.everything")}</p>
        <p className="govuk-body">
          <a className="govuk-link" href="/account/your-data.json" download>
            {t("account.data.download")}
          </a>{" "}
          ·{" "}
          <Link className="govuk-link" to="/account/delete">
            {t("account.delete.title")}
          </Link>
        </p>
        <PersonData data={data} labels={labels} />
      </div>
    </div>
  );
}

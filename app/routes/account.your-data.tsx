import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { BackLink } from "~/components/page";
import { PersonData } from "~/components/person-data";
import { requireUser } from "~/modules/auth/session.server";
import { personData, personDataLabels } from "~/modules/privacy/your-data.server";
import { found } from "~/utils/query.server";

export const meta: MetaFunction = () => [{ title: "Your data" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json({ data: found(personData(user.id)), labels: personDataLabels() });
}

export default function YourData() {
  const { data, labels } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/account">Your account</BackLink>
        <h1 className="govuk-heading-l">Your data</h1>
        <p className="govuk-body">
          Everything we hold about you: your account, what you told us, your bookings, survey answers, signatures, review comments and what you agreed
          to.
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href="/account/your-data.json" download>
            Download it as a file (JSON)
          </a>{" "}
          ·{" "}
          <Link className="govuk-link" to="/account/delete">
            Delete your account
          </Link>
        </p>
        <PersonData data={data} labels={labels} />
      </div>
    </div>
  );
}

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Button } from "~/components/form";
import { setUpdatesByToken } from "~/modules/feedback/suggestions.server";
import { notFound } from "~/utils/query.server";
import { metaText, useT } from "~/components/i18n";

// The one-click link at the foot of every update email. Opening it stops the
// updates; the button puts them back, in case the click was a mistake.

export const meta: MetaFunction = () => [{ title: metaText("stopUpdates.title") }, { name: "robots", content: "noindex" }];

export function loader({ params }: LoaderFunctionArgs) {
  const result = setUpdatesByToken(params.token ?? "", false);
  if (!result.ok) throw notFound();
  return json({ reference: result.reference, member: result.member });
}

export function action({ params }: ActionFunctionArgs) {
  const result = setUpdatesByToken(params.token ?? "", true);
  if (!result.ok) throw notFound();
  return json({ resumed: true });
}

export default function StopUpdates() {
  const { reference, member } = useLoaderData<typeof loader>();
  const acted = useActionData<typeof action>();
  const { t } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {acted?.resumed ? (
          <>
            <h1 className="govuk-heading-l">{t("stopUpdates.backOn")}</h1>
            <p className="govuk-body">{t("stopUpdates.backOn.body", { reference })}</p>
          </>
        ) : (
          <>
            <h1 className="govuk-heading-l">{t("stopUpdates.stopped", { reference })}</h1>
            <p className="govuk-body">{t("stopUpdates.stillOnBoard")}</p>
            {member ? <p className="govuk-body">{t("stopUpdates.member")}</p> : null}
            <Form method="post">
              <Button secondary>{t("stopUpdates.keep")}</Button>
            </Form>
          </>
        )}
      </div>
    </div>
  );
}

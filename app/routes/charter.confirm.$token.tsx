import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Button } from "~/components/form";
import { confirmSignature, findUnconfirmed } from "~/modules/charter/charter.server";
import { found } from "~/utils/query.server";
import { metaText, useT } from "~/components/i18n";

// Opening the link shows a button, so email scanners that follow links do not sign for anyone.

export const meta: MetaFunction = () => [{ title: metaText("charterConfirm.title") }, { name: "robots", content: "noindex" }];

export function loader({ params }: LoaderFunctionArgs) {
  const signature = found(findUnconfirmed(params.token ?? ""));
  return json({ name: signature.name, status: signature.status });
}

export function action({ params }: ActionFunctionArgs) {
  return json(confirmSignature(params.token ?? ""));
}

export default function ConfirmSignature() {
  const { name, status } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useT();
  if (result?.ok || status === "confirmed") {
    return (
      <>
        <div className="govuk-panel govuk-panel--confirmation">
          <h1 className="govuk-panel__title">{t("charterConfirm.thanks")}</h1>
          <div className="govuk-panel__body">{t("charterConfirm.confirmed")}</div>
        </div>
        <p className="govuk-body">
          <Link className="govuk-link" to="/charter">
            {t("charterConfirm.seeCharter")}
          </Link>
        </p>
      </>
    );
  }
  if (status === "withdrawn") {
    return (
      <>
        <h1 className="govuk-heading-l">{t("charterConfirm.withdrawn")}</h1>
        <p className="govuk-body">
          <Link className="govuk-link" to="/charter/sign">
            {t("charterConfirm.signAgain")}
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="govuk-heading-l">{t("charterConfirm.title")}</h1>
      <p className="govuk-body">{t("charterConfirm.signingAs", { name })}</p>
      <Form method="post">
        <Button>{t("email.charterConfirm.button")}</Button>
      </Form>
    </>
  );
}

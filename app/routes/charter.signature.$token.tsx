import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Button } from "~/components/form";
import { findSignature, withdrawSignature } from "~/modules/charter/charter.server";
import { found, notFound } from "~/utils/query.server";
import { metaText, useT } from "~/components/i18n";

// A signer's own signature, from the link in their thank-you email: they can withdraw it.

export const meta: MetaFunction = () => [{ title: metaText("charterSignature.title") }, { name: "robots", content: "noindex" }];

export function loader({ params }: LoaderFunctionArgs) {
  const signature = found(findSignature(params.token ?? ""));
  return json(signature);
}

export function action({ params }: ActionFunctionArgs) {
  if (!findSignature(params.token ?? "")) throw notFound();
  withdrawSignature(params.token ?? "");
  return redirect(`/charter/signature/${params.token}`);
}

export default function Signature() {
  const { name, status } = useLoaderData<typeof loader>();
  const { t } = useT();
  if (status === "withdrawn") {
    return (
      <>
        <h1 className="govuk-heading-l">{t("charterSignature.withdrawn")}</h1>
        <p className="govuk-body">{t("charterSignature.nameOff")}</p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/charter">
            {t("charterSign.backToCharter")}
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="govuk-heading-l">{t("charterSignature.title")}</h1>
      <p className="govuk-body">{t("charterSignature.signedAs", { name, unconfirmed: status === "unconfirmed" ? "yes" : "no" })}</p>
      <Form method="post">
        <p className="govuk-body">{t("charterSignature.withdrawWhy")}</p>
        <Button warning>{t("charterSignature.withdraw")}</Button>
      </Form>
    </>
  );
}

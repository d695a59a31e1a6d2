import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Button } from "~/components/form";
import { findSignature, withdrawSignature } from "~/modules/charter/charter.server";
import { found, notFound } from "~/utils/query.server";

// A signer's own signature, from the link in their thank-you email: they can withdraw it.

export const meta: MetaFunction = () => [{ title: "Your signature" }, { name: "robots", content: "noindex" }];

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
  if (status === "withdrawn") {
    return (
      <>
        <h1 className="govuk-heading-l">Your signature has been withdrawn</h1>
        <p className="govuk-body">Your name is no longer on the charter page.</p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/charter">
            Back to the charter
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="govuk-heading-l">Your signature</h1>
      <p className="govuk-body">
        You signed the charter as {name}
        {status === "unconfirmed" ? " (not yet confirmed)" : ""}.
      </p>
      <Form method="post">
        <p className="govuk-body">
          If you no longer agree with it, you can withdraw your signature. Your name comes off the charter page straight away.
        </p>
        <Button warning>Withdraw my signature</Button>
      </Form>
    </>
  );
}

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Button } from "~/components/form";
import { confirmSignature, findUnconfirmed } from "~/modules/charter/charter.server";
import { found } from "~/utils/query.server";

// Opening the link shows a button, so email scanners that follow links do not sign for anyone.

export const meta: MetaFunction = () => [{ title: "Confirm your signature" }, { name: "robots", content: "noindex" }];

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
  if (result?.ok || status === "confirmed") {
    return (
      <>
        <div className="govuk-panel govuk-panel--confirmation">
          <h1 className="govuk-panel__title">Thank you for signing</h1>
          <div className="govuk-panel__body">Your signature is confirmed</div>
        </div>
        <p className="govuk-body">
          <Link className="govuk-link" to="/charter">
            See the charter and who has signed
          </Link>
        </p>
      </>
    );
  }
  if (status === "withdrawn") {
    return (
      <>
        <h1 className="govuk-heading-l">This signature was withdrawn</h1>
        <p className="govuk-body">
          <Link className="govuk-link" to="/charter/sign">
            Sign the charter again
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="govuk-heading-l">Confirm your signature</h1>
      <p className="govuk-body">Signing as {name}. Select the button to confirm it is you.</p>
      <Form method="post">
        <Button>Confirm my signature</Button>
      </Form>
    </>
  );
}

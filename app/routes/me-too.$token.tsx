import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form } from "@remix-run/react";
import { Button } from "~/components/form";
import { confirmSupport, pendingSupport } from "~/modules/feedback/board.server";
import { notFound } from "~/utils/query.server";
import { redirectWithMessage } from "~/utils/flash.server";

// The link emailed to a visitor who said "me too". Opening it only shows a button, so an email
// scanner that follows links does not confirm for them; pressing it counts the "me too".

export const meta: MetaFunction = () => [{ title: "Confirm your “me too”" }];

export function headers() {
  return { "Cache-Control": "private, no-store", "Referrer-Policy": "no-referrer" };
}

export function loader({ params }: LoaderFunctionArgs) {
  const pending = pendingSupport(params.token ?? "");
  if (!pending) throw notFound();
  return null;
}

export function action({ params }: ActionFunctionArgs) {
  const confirmed = confirmSupport(params.token ?? "");
  if (!confirmed) throw notFound();
  return redirectWithMessage(`/you-said-we-did/${confirmed.suggestionId}`, "Thank you. We have counted your “me too”.");
}

export default function ConfirmMeToo() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Confirm your “me too”</h1>
        <p className="govuk-body">Select the button to count your “me too”.</p>
        <Form method="post">
          <Button>Confirm my “me too”</Button>
        </Form>
      </div>
    </div>
  );
}

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Button } from "~/components/form";
import { setUpdatesByToken } from "~/modules/feedback/suggestions.server";
import { notFound } from "~/utils/query.server";

// The one-click link at the foot of every update email. Opening it stops the
// updates; the button puts them back, in case the click was a mistake.

export const meta: MetaFunction = () => [{ title: "Email updates" }, { name: "robots", content: "noindex" }];

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
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {acted?.resumed ? (
          <>
            <h1 className="govuk-heading-l">Updates are back on</h1>
            <p className="govuk-body">We will email you when something changes on {reference}.</p>
          </>
        ) : (
          <>
            <h1 className="govuk-heading-l">You will not get more emails about {reference}</h1>
            <p className="govuk-body">You can still see it on the “You said, we did” board.</p>
            {member ? (
              <p className="govuk-body">
                This is your account’s setting for all your suggestions: “Updates on my suggestions” is now off in how we contact you.
              </p>
            ) : null}
            <Form method="post">
              <Button secondary>Keep sending me updates</Button>
            </Form>
          </>
        )}
      </div>
    </div>
  );
}

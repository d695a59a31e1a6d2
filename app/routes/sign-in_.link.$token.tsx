import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Button } from "~/components/form";
import { redeemSignInLink } from "~/modules/auth/accounts.server";
import { signInAs } from "~/modules/auth/session.server";
import { checkToken, tokenProblemMessage } from "~/modules/auth/tokens.server";
import { metaText, useT } from "~/components/i18n";

export const meta: MetaFunction = () => [{ title: metaText("nav.signIn") }];

// Opening the link only shows a button: email scanners that follow links must
// not use up the one-time link before the person does.
export function loader({ params }: LoaderFunctionArgs) {
  const check = checkToken(params.token ?? "", ["sign_in_link"]);
  return json(check.ok ? { problem: null } : { problem: tokenProblemMessage(check.reason) }, { status: check.ok ? 200 : 400 });
}

export async function action({ params }: ActionFunctionArgs) {
  const result = redeemSignInLink(params.token ?? "");
  if (!result.ok) return json({ problem: tokenProblemMessage(result.reason) }, { status: 400 });
  const next = await signInAs(result.userId, result.passwordRemoved ? "/account?password=removed" : "/account");
  return redirect(next.to, { headers: next.headers });
}

export default function UseSignInLink() {
  const loaded = useLoaderData<typeof loader>();
  const acted = useActionData<typeof action>();
  const problem = acted?.problem ?? loaded.problem;
  const { t } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {problem ? (
          <>
            <h1 className="govuk-heading-l">{t("auth.link.broken")}</h1>
            <p className="govuk-body">{problem}</p>
            <p className="govuk-body">
              <Link className="govuk-link" to="/sign-in/link">
                {t("auth.link.askAgain")}
              </Link>
            </p>
          </>
        ) : (
          <>
            <h1 className="govuk-heading-l">{t("nav.signIn")}</h1>
            <p className="govuk-body">{t("auth.link.finish")}</p>
            <Form method="post">
              <Button>{t("auth.link.continue")}</Button>
            </Form>
          </>
        )}
      </div>
    </div>
  );
}

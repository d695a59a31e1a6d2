import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { tokenProblemMessage } from "~/modules/auth/tokens.server";
import { metaText, useT, linkPart } from "~/components/i18n";

export const meta: MetaFunction = () => [{ title: metaText("email.verify.subject") }];

// Confirmation links sent before accounts chose their password on confirming pointed here: they
// lead to the same page as new ones, where the address's owner confirms and chooses a password.
export function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  if (/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw redirect(`/password/${token}`);
  return json({ problem: tokenProblemMessage("unknown") }, { status: 400 });
}

export default function VerifyEmail() {
  const { problem } = useLoaderData<typeof loader>();
  const { t, rich } = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t("auth.verify.heading")}</h1>
        <p className="govuk-body">{problem}</p>
        <p className="govuk-body">{rich("auth.verify.next", { signIn: linkPart("/sign-in"), signUp: linkPart("/sign-up") })}</p>
      </div>
    </div>
  );
}

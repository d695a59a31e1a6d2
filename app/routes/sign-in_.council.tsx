import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { singleSignOnOn, startSingleSignOn } from "~/modules/auth/single-sign-on.server";
import { safeRedirect } from "~/modules/security/http.server";
import { log } from "~/modules/operations/log.server";
import { SingleSignOnProblem } from "~/components/single-sign-on";
import { metaText } from "~/components/i18n";

export const meta: MetaFunction = () => [{ title: metaText("sso.problem.heading") }];

// "Sign in with your council account": off to the council's identity provider, with what to
// check when the person comes back in a short cookie. The one redirect that leaves this site, to
// the provider OIDC_ISSUER names.
export async function action({ request }: ActionFunctionArgs) {
  if (!singleSignOnOn()) throw new Response("Not found", { status: 404 });
  const formData = await request.formData();
  try {
    const { url, cookie } = await startSingleSignOn(safeRedirect(formData.get("redirectTo")));
    return redirect(url, { headers: { "Set-Cookie": cookie } });
  } catch (error) {
    log.error({ err: error }, "single sign-on provider unavailable");
    return json({ problem: "unavailable" as const }, { status: 503 });
  }
}

export function loader() {
  return redirect("/sign-in");
}

export default function CouncilSignIn() {
  const data = useActionData<typeof action>();
  return <SingleSignOnProblem problem={data?.problem ?? "unavailable"} />;
}

import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { startSession } from "~/modules/auth/session.server";
import { finishSingleSignOn, forgetPending, singleSignOnOn, type SingleSignOnProblem as Problem } from "~/modules/auth/single-sign-on.server";
import { SingleSignOnProblem } from "~/components/single-sign-on";
import { metaText } from "~/components/i18n";

export const meta: MetaFunction = () => [{ title: metaText("sso.problem.heading") }];

const STATUS: Record<Problem, number> = {
  "not started here": 400,
  "untrusted answer": 400,
  "refused by provider": 403,
  "unverified email": 403,
  uninvited: 403,
  deactivated: 403,
  unavailable: 503,
};

// Where the council's identity provider sends people back. A sign-in that passes every check
// starts a session (the provider's own second factor counts as this sign-in's); any other gets a
// page that says plainly what went wrong and what to do.
export async function loader({ request }: LoaderFunctionArgs) {
  if (!singleSignOnOn()) throw new Response("Not found", { status: 404 });
  const result = await finishSingleSignOn(request);
  const headers = new Headers({ "Set-Cookie": await forgetPending() });
  if (!result.ok) return json({ problem: result.problem, email: result.email ?? null }, { status: STATUS[result.problem], headers });
  for (const cookie of (await startSession(result.userId, { secondFactor: true, singleSignOn: true })).getSetCookie())
    headers.append("Set-Cookie", cookie);
  return redirect(result.to, { headers });
}

export default function CouncilSignInProblem() {
  const { problem, email } = useLoaderData<typeof loader>();
  return <SingleSignOnProblem problem={problem} email={email} />;
}

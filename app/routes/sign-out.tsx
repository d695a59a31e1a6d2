import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { endSession, getUser } from "~/modules/auth/session.server";
import { providerSignOutUrl } from "~/modules/auth/single-sign-on.server";

// Signing out ends the session here; a session from the council's single sign-on then goes on to
// the provider's own sign-out (where it has one), which comes back to "You have signed out".
export async function action({ request }: ActionFunctionArgs) {
  const viaProvider = (await getUser(request))?.singleSignOn ? await providerSignOutUrl() : null;
  return redirect(viaProvider ?? "/signed-out", { headers: { "Set-Cookie": await endSession(request) } });
}

export function loader() {
  return redirect("/");
}

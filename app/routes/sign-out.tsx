import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { endSession } from "~/modules/auth/session.server";

export async function action({ request }: ActionFunctionArgs) {
  return redirect("/signed-out", { headers: { "Set-Cookie": await endSession(request) } });
}

export function loader() {
  return redirect("/");
}

import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { safeRedirect } from "~/modules/security/http.server";
import { easyReadCookie } from "~/utils/easy-read.server";

// The "switch to easy read" button on pages that have easy-read wording posts here.
export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const on = formData.get("easyRead") === "on";
  return redirect(safeRedirect(formData.get("back"), "/"), { headers: { "Set-Cookie": await easyReadCookie(on) } });
}

export async function loader() {
  return redirect("/");
}
